import type Database from 'better-sqlite3'
import type { Entry } from '../../../src/contract/models'
import { openidDigest } from '../../core/openid-digest'
import type { FirstVisit, Store, UserRecord } from '../types'

interface UserRow {
  openid: string
  phone: string
  created_at: string
  updated_at: string
  signed_in: number
  first_scene: number | null
  first_entry: Entry | null
  first_channel: string | null
}

const toUser = (row: UserRow): UserRecord => ({
  openid: row.openid,
  phone: row.phone,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  signedIn: row.signed_in === 1,
  firstScene: row.first_scene,
  firstEntry: row.first_entry,
  firstChannel: row.first_channel,
})

/** What deleting an account touches, for the other writers of a reader's data. */
export interface ReaderData {
  /** Whether this openid's account was deleted (and not made again since). */
  isForgotten(openid: string): boolean
  /** Removes the reader's favorites, read markers and comments, and strips the openid from their visits. */
  scrub(openid: string): void
}

type ReaderStore = Pick<
  Store,
  'findUser' | 'saveUser' | 'setSignedIn' | 'firstVisit' | 'deleteAccount' | 'isFavorite' | 'toggleFavorite'
>

/**
 * Readers' accounts and favorites; every change is one transaction, so nothing
 * of a deleted reader can slip in. `forgetElsewhere` removes what other parts
 * of the store keep of a reader (comments), inside the same transactions.
 */
export function sqliteReaders(
  db: Database.Database,
  forgetElsewhere: (openid: string) => void = () => undefined,
): { data: ReaderData; store: ReaderStore } {
  const statements = {
    user: db.prepare<[string], UserRow>('SELECT * FROM users WHERE openid = ?'),
    saveUser: db.prepare(
      `INSERT OR REPLACE INTO users (openid, phone, created_at, updated_at, signed_in, first_scene, first_entry, first_channel)
       VALUES (@openid, @phone, @createdAt, @updatedAt, @signedIn, @firstScene, @firstEntry, @firstChannel)`,
    ),
    signIn: db.prepare<[number, string]>('UPDATE users SET signed_in = ? WHERE openid = ?'),
    signedIn: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM users WHERE openid = ? AND signed_in = 1'),
    firstVisit: db.prepare<[string], FirstVisit>(
      'SELECT scene, entry, channel FROM visits WHERE openid = ? ORDER BY at, id LIMIT 1',
    ),
    deleteUser: db.prepare<[string]>('DELETE FROM users WHERE openid = ?'),
    deleteFavorites: db.prepare<[string]>('DELETE FROM favorites WHERE openid = ?'),
    deleteMarks: db.prepare<[string]>('DELETE FROM read_marks WHERE openid = ?'),
    forgetVisits: db.prepare<[string]>('UPDATE visits SET openid = NULL WHERE openid = ?'),
    forget: db.prepare<[string, string]>('INSERT OR REPLACE INTO forgotten (digest, at) VALUES (?, ?)'),
    remember: db.prepare<[string]>('DELETE FROM forgotten WHERE digest = ?'),
    forgotten: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM forgotten WHERE digest = ?'),
    isFavorite: db.prepare<[string, string], { one: number }>(
      'SELECT 1 AS one FROM favorites WHERE openid = ? AND article_id = ?',
    ),
    addFavorite: db.prepare<[string, string, string]>(
      'INSERT OR IGNORE INTO favorites (openid, article_id, saved_at) VALUES (?, ?, ?)',
    ),
    removeFavorite: db.prepare<[string, string]>('DELETE FROM favorites WHERE openid = ? AND article_id = ?'),
  }

  const data: ReaderData = {
    isForgotten: (openid) => statements.forgotten.get(openidDigest(openid)) !== undefined,
    scrub(openid) {
      statements.deleteFavorites.run(openid)
      statements.deleteMarks.run(openid)
      statements.forgetVisits.run(openid)
      forgetElsewhere(openid)
    },
  }

  // A login makes the account anew: the reader is no longer forgotten.
  const saveUser = db.transaction((user: UserRecord) => {
    statements.saveUser.run({ ...user, signedIn: user.signedIn ? 1 : 0 })
    statements.remember.run(openidDigest(user.openid))
  })

  const deleteAccount = db.transaction((openid: string, at: string) => {
    statements.forget.run(openidDigest(openid), at)
    statements.deleteUser.run(openid)
    data.scrub(openid)
  })

  // Saved if it was not, removed if it was (or as wanted), only for a signed-in
  // reader: one transaction, so neither a double tap nor a deletion can interleave.
  const toggleFavorite = db.transaction(
    (openid: string, articleId: string, at: string, want: boolean | undefined): boolean | null => {
      if (statements.signedIn.get(openid) === undefined) return null
      if (want !== false && statements.addFavorite.run(openid, articleId, at).changes > 0) return true
      if (want === true) return true
      statements.removeFavorite.run(openid, articleId)
      return false
    },
  )

  return {
    data,
    store: {
      async findUser(openid) {
        const row = statements.user.get(openid)
        return row ? toUser(row) : null
      },
      async saveUser(user) {
        saveUser(user)
      },
      async setSignedIn(openid, signedIn) {
        statements.signIn.run(signedIn ? 1 : 0, openid)
      },
      async firstVisit(openid) {
        return statements.firstVisit.get(openid) ?? null
      },
      async deleteAccount(openid, at) {
        deleteAccount(openid, at)
      },
      async isFavorite(openid, articleId) {
        return statements.isFavorite.get(openid, articleId) !== undefined
      },
      async toggleFavorite(openid, articleId, at, want) {
        return toggleFavorite(openid, articleId, at, want)
      },
    },
  }
}
