import type { Entry } from '../../../src/contract/models'
import { openidDigest } from '../../core/openid-digest'
import type { Store, UserRecord } from '../types'
import { COLLECTIONS } from './collections'
import type { CloudDriver, Doc } from './driver'

/** One document per saved article; ':' is in neither an openid nor an article id. */
const favoriteId = (openid: string, articleId: string) => `${openid}:${articleId}`

/** A toggle retries when another toggle of the same favorite won its step; this many times is plenty. */
const TOGGLE_ATTEMPTS = 8

const toUser = ({ _id, ...doc }: Doc): UserRecord => ({
  openid: _id,
  phone: doc.phone as string,
  createdAt: doc.createdAt as string,
  updatedAt: doc.updatedAt as string,
  signedIn: doc.signedIn === true,
  firstScene: (doc.firstScene as number | null) ?? null,
  firstEntry: (doc.firstEntry as Entry | null) ?? null,
  firstChannel: (doc.firstChannel as string | null) ?? null,
})

/**
 * Deleting an account, and the writers it must not race. A document database
 * cannot delete "everything with this openid" and refuse new writes in one
 * step, so:
 * - auth.deleteAccount first leaves a tombstone (a digest of the openid, not
 *   the openid), then removes the user, favorites, read markers, comments,
 *   likes and reports and strips the openid from visits;
 * - every writer of data with an openid looks for the tombstone after its
 *   writes, and if it is there takes them back the same way.
 * Either the writer's write came before the removals (which then take it), or
 * the tombstone came before the writer's look (which then sees it). A login
 * makes the account anew and lifts the tombstone.
 */
export interface CloudReaderData {
  /** To call once a write with this openid has answered: undoes it if their account was deleted; true then. */
  afterWrites(openid: string): Promise<boolean>
}

type ReaderStore = Pick<
  Store,
  'findUser' | 'saveUser' | 'setSignedIn' | 'firstVisit' | 'deleteAccount' | 'isFavorite' | 'toggleFavorite'
>

/** `forgetElsewhere` removes what other parts of the store keep of a reader (comments, likes, reports). */
export function cloudReaders(
  driver: CloudDriver,
  forgetElsewhere: (openid: string) => Promise<void> = async () => undefined,
): { data: CloudReaderData; store: ReaderStore } {
  const scrub = (openid: string) =>
    Promise.all([
      driver.remove(COLLECTIONS.favorites, { openid }),
      driver.remove(COLLECTIONS.readMarks, { openid }),
      driver.update(COLLECTIONS.visits, { openid }, { openid: null }),
      forgetElsewhere(openid),
    ])

  const data: CloudReaderData = {
    async afterWrites(openid) {
      const [tombstone] = await driver.find(
        COLLECTIONS.forgotten,
        { _id: openidDigest(openid) },
        { limit: 1, fields: { _id: true } },
      )
      if (tombstone) await scrub(openid)
      return Boolean(tombstone)
    },
  }

  /**
   * One step that decides the favorite: creating it (saved) or removing it
   * (un-saved), or, with `want`, whichever gives that state (a creation that
   * finds it saved, a removal that finds it gone, change nothing). Null when
   * another toggle's step came in between.
   */
  async function flip(openid: string, articleId: string, savedAt: string, want?: boolean): Promise<boolean | null> {
    const _id = favoriteId(openid, articleId)
    if (want !== false && (await driver.create(COLLECTIONS.favorites, _id, { openid, articleId, savedAt }))) return true
    if (want === true) return true
    if ((await driver.remove(COLLECTIONS.favorites, { _id })) > 0 || want === false) return false
    return null
  }

  return {
    data,
    store: {
      async findUser(openid) {
        const [doc] = await driver.find(COLLECTIONS.users, { _id: openid }, { limit: 1 })
        return doc ? toUser(doc) : null
      },

      async saveUser({ openid, ...user }) {
        await Promise.all([
          driver.set(COLLECTIONS.users, openid, { ...user }),
          driver.remove(COLLECTIONS.forgotten, { _id: openidDigest(openid) }),
        ])
      },

      async setSignedIn(openid, signedIn) {
        await driver.update(COLLECTIONS.users, { _id: openid }, { signedIn })
      },

      async firstVisit(openid) {
        const [doc] = await driver.find(COLLECTIONS.visits, { openid }, { orderBy: [['at', 'asc']], limit: 1 })
        return doc
          ? {
              scene: (doc.scene as number | null) ?? null,
              entry: doc.entry as Entry,
              channel: (doc.channel as string | null) ?? null,
            }
          : null
      },

      async deleteAccount(openid, at) {
        await driver.set(COLLECTIONS.forgotten, openidDigest(openid), { at })
        await Promise.all([driver.remove(COLLECTIONS.users, { _id: openid }), scrub(openid)])
      },

      async isFavorite(openid, articleId) {
        const [doc] = await driver.find(
          COLLECTIONS.favorites,
          { _id: favoriteId(openid, articleId) },
          { limit: 1, fields: { _id: true } },
        )
        return Boolean(doc)
      },

      // Each step either creates or removes the favorite, each decided by the
      // database on its own: a toggle is the one step of it that took effect,
      // so toggles at once end as some order of them one after another would.
      async toggleFavorite(openid, articleId, at, want) {
        for (let attempt = 0; attempt < TOGGLE_ATTEMPTS; attempt++) {
          const saved = await flip(openid, articleId, at, want)
          if (saved === null) continue
          return (await data.afterWrites(openid)) ? null : saved
        }
        throw new Error(`favorite ${articleId} kept changing under ${TOGGLE_ATTEMPTS} toggles`)
      },
    },
  }
}
