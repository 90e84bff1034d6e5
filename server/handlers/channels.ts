import * as v from 'valibot'
import type { EnvVersion } from '../../src/contract/api'
import { channelOfScene, newChannelCode } from '../core/channel-code'
import { entryOfScene } from '../core/entry'
import { ApiFailure, notFound } from '../core/errors'
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
    if (!channel) {
      console.warn('[channels] unknown or malformed scene', JSON.stringify(scene))
      return { page: 'home' as const }
    }
    if (channel.articleId) return { page: 'article' as const, articleId: channel.articleId, channel: channel.code }
    const scanned = enterScene ?? 1047
    await store.recordOpen({ openid, scene: scanned, entry: entryOfScene(scanned), channel: channel.code, at: now().toISOString() })
    return { page: 'home' as const, channel: channel.code }
  },
)

const createSchema = payload({
  name: v.pipe(v.string('渠道名称应为字符串'), v.trim(), v.minLength(1, '请填写渠道名称'), v.maxLength(40, '渠道名称不能超过 40 个字')),
  articleId: v.optional(id('articleId')),
  envVersion: v.optional(v.picklist(['release', 'trial', 'develop'] as EnvVersion[], 'envVersion 无效'), 'release'),
})

const CODE_ATTEMPTS = 5

export const createChannel = defineHandler<'admin.channels.create', typeof createSchema>(
  createSchema,
  async ({ name, articleId, envVersion }, { store, qrcode, now }) => {
    if (articleId !== undefined && !(await store.hasArticle(articleId))) throw notFound('文章不存在或已下线')
    const page = articleId ? ('pages/article/index' as const) : ('pages/index/index' as const)
    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      const code = newChannelCode()
      if (await store.findChannel(code)) continue
      const file = await qrcode.make({ code, scene: code, page, envVersion }).catch((error: unknown) => {
        throw wechatFailure(error, 'wxacode.getUnlimited', '生成二维码失败，请稍后重试')
      })
      if (!(await store.createChannel({ code, name, articleId: articleId ?? null, qrFile: file, createdAt: now().toISOString() })))
        continue
      const url = await qrcode.urlOf(file).catch((error: unknown) => {
        throw wechatFailure(error, 'getTempFileURL', '获取二维码失败，请稍后重试')
      })
      return {
        channel: { code, name, scene: code, page, ...(articleId ? { articleId } : {}) },
        qrcode: { url, ...(qrcode.localStandIn ? { localStandIn: true } : {}) },
      }
    }
    throw new ApiFailure('INTERNAL')
  },
  { adminOnly: true },
)
