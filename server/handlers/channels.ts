import * as v from 'valibot'
import type { EnvVersion } from '../../src/contract/api'
import { channelPage, posterChannelCode } from '../core/channel-code'
import { channelOfScene, entryOfScene } from '../../src/contract/rules'
import { ApiFailure, notFound } from '../core/errors'
import { enforceRateLimit, RATE_LIMITS } from '../core/rate-limit'
import { warnRateLimited } from '../core/rate-limited-log'
import { id, payload, scene as sceneNumber } from '../core/validate'
import { wechatFailure } from '../core/wechat-errors'
import { defineHandler } from './define'

const resolveSchema = payload({
  scene: v.pipe(v.string('scene 应为字符串'), v.maxLength(256, 'scene 太长')),
  /** WeChat's scene number of the launch, for the record (1047 a scanned code). */
  enterScene: sceneNumber,
})

/**
 * A scanned code's scene → where it leads. Never an error for a bad or
 * unknown scene: the reader just lands on the home list (and it is logged).
 * A code that leads home records its open here; an article code's read is
 * counted by articles.get.
 */
export const resolveChannel = defineHandler<'channels.resolve', typeof resolveSchema>(
  resolveSchema,
  async ({ scene, enterScene }, { store, openid, now }) => {
    const code = channelOfScene(scene)
    const channel = code ? await store.findChannel(code) : null
    if (!channel || channel.archived) {
      warnRateLimited('[channels] unknown, archived or malformed scene', JSON.stringify(scene))
      return { page: 'home' as const }
    }
    if (channel.articleId) return { page: 'article' as const, articleId: channel.articleId, channel: channel.code }
    const scanned = enterScene ?? 1047
    await store.recordOpen({
      openid,
      scene: scanned,
      entry: entryOfScene(scanned),
      channel: { code: channel.code, kind: channel.kind },
      at: now().toISOString(),
    })
    return { page: 'home' as const, channel: channel.code }
  },
)

export const envVersionField = v.optional(
  v.picklist(['release', 'trial', 'develop'] as EnvVersion[], 'envVersion 无效'),
  'release',
)

const codeSchema = payload({ id: id('id'), envVersion: envVersionField })

/**
 * Every reader may share a poster, so its code is made once per article and
 * kept (a channel of kind `poster`). The answer carries what the poster
 * shows, read here: a poster is never drawn from what its page's URL says.
 */
export const articleCode = defineHandler<'articles.code', typeof codeSchema>(
  codeSchema,
  async ({ id: articleId, envVersion }, ctx) => {
    const { store, qrcode, now } = ctx
    const code = posterChannelCode(articleId)
    const [article, existing] = await Promise.all([store.findArticleSummary(articleId), store.findChannel(code)])
    if (!article) throw notFound('文章不存在或已下线')
    await enforceRateLimit(ctx, ctx.openid ? RATE_LIMITS.posterCode : RATE_LIMITS.anonymousPosterCode)
    let channel = existing
    if (!channel) {
      const file = await qrcode
        .make({ code, scene: code, page: 'pages/article/index', envVersion })
        .catch((error: unknown) => {
          throw wechatFailure(error, 'wxacode.getUnlimited', '生成小程序码失败，请稍后重试')
        })
      const record = {
        code,
        name: '文章海报',
        kind: 'poster' as const,
        page: channelPage(articleId),
        articleId,
        archived: false,
        qrFile: file,
        createdAt: now().toISOString(),
      }
      // Two readers at once: the first record stays, both answer with it.
      channel = (await store.createChannel(record)) ? record : await store.findChannel(code)
    }
    if (!channel) throw new ApiFailure('INTERNAL')
    const url = await qrcode.urlOf(channel.qrFile).catch((error: unknown) => {
      throw wechatFailure(error, 'getTempFileURL', '获取小程序码失败，请稍后重试')
    })
    return { url, scene: code, article, ...(qrcode.localStandIn ? { localStandIn: true } : {}) }
  },
)
