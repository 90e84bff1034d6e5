import * as v from 'valibot'
import type { Channel } from '../../src/contract/models'
import { channelPage, newChannelCode } from '../core/channel-code'
import type { Context } from '../core/context'
import { decodeCursor, encodeCursor } from '../core/cursor'
import { ApiFailure, invalid, notFound } from '../core/errors'
import { id, pageRequest, payload } from '../core/validate'
import { wechatFailure } from '../core/wechat-errors'
import type { ChannelRecord } from '../store/types'
import { envVersionField } from './channels'
import { defineHandler } from './define'

/** What the operators see of a channel: its scene is its code. */
const channelAnswer = ({ code, name, kind, page, articleId, archived, createdAt }: ChannelRecord): Channel => ({
  code,
  name,
  kind,
  scene: code,
  page,
  ...(articleId ? { articleId } : {}),
  archived,
  createdAt,
})

/** A URL that shows a stored code now (cloud URLs expire). */
const qrcodeAnswer = async ({ qrcode }: Context, file: string) => {
  const url = await qrcode.urlOf(file).catch((error: unknown) => {
    throw wechatFailure(error, 'getTempFileURL', '获取二维码失败，请稍后重试')
  })
  return { url, ...(qrcode.localStandIn ? { localStandIn: true as const } : {}) }
}

const ARTICLE_GONE = '文章不存在或已下线'

const channelName = v.pipe(
  v.string('渠道名称应为字符串'),
  v.trim(),
  v.minLength(1, '请填写渠道名称'),
  v.maxLength(40, '渠道名称不能超过 40 个字'),
)

const createSchema = payload({ name: channelName, articleId: v.optional(id('articleId')), envVersion: envVersionField })

const CODE_ATTEMPTS = 5

export const createChannel = defineHandler<'admin.channels.create', typeof createSchema>(
  createSchema,
  async ({ name, articleId, envVersion }, ctx) => {
    const { store, qrcode, now } = ctx
    if (articleId !== undefined && !(await store.hasArticle(articleId))) throw notFound(ARTICLE_GONE)
    const page = channelPage(articleId)
    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      const code = newChannelCode()
      if (await store.findChannel(code)) continue
      const file = await qrcode.make({ code, scene: code, page, envVersion }).catch((error: unknown) => {
        throw wechatFailure(error, 'wxacode.getUnlimited', '生成二维码失败，请稍后重试')
      })
      const record: ChannelRecord = {
        code,
        name,
        kind: 'event',
        page,
        articleId: articleId ?? null,
        archived: false,
        qrFile: file,
        createdAt: now().toISOString(),
      }
      if (!(await store.createChannel(record))) continue
      return { channel: channelAnswer(record), qrcode: await qrcodeAnswer(ctx, file) }
    }
    throw new ApiFailure('INTERNAL')
  },
  { adminOnly: true },
)

const listSchema = payload({ ...pageRequest, archived: v.optional(v.boolean('archived 应为布尔值'), false) })

/** Event channels, newest first, each with its reads and readers over its life. */
export const listChannels = defineHandler<'admin.channels.list', typeof listSchema>(
  listSchema,
  async ({ cursor, pageSize, archived }, { store }) => {
    const after = cursor === undefined ? undefined : decodeCursor(cursor)
    // One extra row tells whether another page exists.
    const rows = await store.listChannels({ archived, after, limit: pageSize + 1 })
    const page = rows.slice(0, pageSize)
    const last = page[page.length - 1]
    return {
      items: page.map((row) => ({ ...channelAnswer(row), reads: row.reads, readers: row.readers })),
      nextCursor: rows.length > pageSize && last ? encodeCursor({ at: last.createdAt, id: last.code }) : null,
    }
  },
  { adminOnly: true },
)

const updateSchema = v.pipe(
  payload({
    code: id('code'),
    name: v.optional(channelName),
    articleId: v.optional(v.nullable(id('articleId'))),
    archived: v.optional(v.boolean('archived 应为布尔值')),
  }),
  v.check(
    ({ name, articleId, archived }) => name !== undefined || articleId !== undefined || archived !== undefined,
    '请提供要修改的名称、目标文章或归档状态',
  ),
)

/**
 * Renames, re-points (the printed code stays valid and opens the new
 * target; null: the home list) or archives an event channel. Poster codes
 * belong to their article and are not edited.
 */
export const updateChannel = defineHandler<'admin.channels.update', typeof updateSchema>(
  updateSchema,
  async ({ code, name, articleId, archived }, { store }) => {
    const [channel, target] = await Promise.all([
      store.findChannel(code),
      typeof articleId === 'string' ? store.hasArticle(articleId) : true,
    ])
    if (!channel) throw notFound('渠道不存在')
    if (channel.kind !== 'event') throw invalid('文章海报码随文章生成，不能修改')
    if (!target) throw notFound(ARTICLE_GONE)
    const updated = await store.updateChannel(code, { name, articleId, archived })
    if (!updated) throw notFound('渠道不存在')
    return { channel: channelAnswer(updated) }
  },
  { adminOnly: true },
)

const qrcodeSchema = payload({ code: id('code') })

/** A fresh URL of a channel's stored code, to download it again. */
export const channelQrcode = defineHandler<'admin.channels.qrcode', typeof qrcodeSchema>(
  qrcodeSchema,
  async ({ code }, ctx) => {
    const channel = await ctx.store.findChannel(code)
    if (!channel) throw notFound('渠道不存在')
    return qrcodeAnswer(ctx, channel.qrFile)
  },
  { adminOnly: true },
)
