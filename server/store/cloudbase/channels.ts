import type { ChannelKind } from '../../../src/contract/models'
import { channelPage, posterChannelCode } from '../../core/channel-code'
import type { ChannelRecord, ChannelTotals, Store } from '../types'
import { COLLECTIONS } from './collections'
import type { CloudDriver, Doc } from './driver'

/**
 * A channel document as stored. Documents written before channels had a kind
 * (until `npm run migrate:cloud` has run) are read by their code: a poster
 * code is the one articles.code derives from its article.
 */
export function channelOf(doc: Doc): ChannelRecord & ChannelTotals {
  const articleId = (doc.articleId as string | null | undefined) ?? null
  const poster = articleId !== null && doc._id === posterChannelCode(articleId)
  return {
    code: doc._id,
    name: doc.name as string,
    kind: (doc.kind as ChannelKind | undefined) ?? (poster ? 'poster' : 'event'),
    page: (doc.page as ChannelRecord['page'] | undefined) ?? channelPage(articleId),
    articleId,
    archived: doc.archived === true,
    qrFile: (doc.qrFile as string | undefined) ?? '',
    createdAt: doc.createdAt as string,
    reads: (doc.reads as number | undefined) ?? 0,
    readers: (doc.readers as number | undefined) ?? 0,
  }
}

const withoutTotals = ({ reads: _reads, readers: _readers, ...channel }: ChannelRecord & ChannelTotals) => channel

type ChannelStore = Pick<Store, 'findChannel' | 'findChannels' | 'createChannel' | 'listChannels' | 'updateChannel'>

export function cloudChannels(driver: CloudDriver): ChannelStore {
  const _ = driver.command
  const findChannel = async (code: string) => {
    const [doc] = await driver.find(COLLECTIONS.channels, { _id: code }, { limit: 1 })
    return doc ? withoutTotals(channelOf(doc)) : null
  }

  return {
    findChannel,

    async findChannels(codes) {
      if (codes.length === 0) return []
      const docs = await driver.find(COLLECTIONS.channels, { _id: _.in(codes) }, { limit: codes.length })
      return docs.map((doc) => withoutTotals(channelOf(doc)))
    },

    // The database decides: of two channels made with one code, one is refused.
    async createChannel({ code, ...channel }) {
      return driver.create(COLLECTIONS.channels, code, { ...channel, reads: 0, readers: 0 })
    },

    async listChannels({ archived, after, limit }) {
      const filter = { kind: 'event', archived }
      const where = after
        ? _.and([filter, _.or([{ createdAt: _.lt(after.at) }, { createdAt: after.at, _id: _.lt(after.id) }])])
        : filter
      const docs = await driver.find(COLLECTIONS.channels, where, {
        orderBy: [
          ['createdAt', 'desc'],
          ['_id', 'desc'],
        ],
        limit,
      })
      return docs.map(channelOf)
    },

    // `kind` is written too: a document from before kinds then shows among the event channels.
    async updateChannel(code, changes) {
      const fields = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined))
      const updated = await driver.update(COLLECTIONS.channels, { _id: code }, { ...fields, kind: 'event' })
      return updated > 0 ? findChannel(code) : null
    },
  }
}
