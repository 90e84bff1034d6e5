import { COMMENT_COLLECTIONS } from './comments'

/** Collection names; their indexes and security rules are in cloudbase/database.json. */
export const COLLECTIONS = {
  articles: 'articles',
  categories: 'categories',
  visits: 'visits',
  channels: 'channels',
  users: 'users',
  favorites: 'favorites',
  /** Markers whose creation decides a read (server/store/read-counting.ts). */
  readMarks: 'read_marks',
  /** Counters per scope and China day. */
  dailyStats: 'daily_stats',
  /** Rate-limit counters (server/core/rate-limit.ts). */
  quotas: 'quotas',
  /** Deleted accounts, by a digest of the openid. */
  forgotten: 'forgotten',
  ...COMMENT_COLLECTIONS,
} as const
