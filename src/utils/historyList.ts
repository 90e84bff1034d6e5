import type { ArticleSummary, IsoDate } from '../contract/models'

/** One article in 阅读历史: enough to show it in the list and open it again. */
export interface HistoryEntry extends Pick<ArticleSummary, 'id' | 'title' | 'cover' | 'source' | 'publishedAt'> {
  /** When the reader last opened it. */
  readAt: IsoDate
}

/** What 阅读历史 keeps: the last 100 articles read. */
export const HISTORY_LIMIT = 100

/** The stored shape; a new shape gets a new version, and an old one is dropped rather than misread. */
export interface StoredHistory {
  version: 1
  entries: HistoryEntry[]
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0
const isInstant = (value: unknown): value is string => isText(value) && !Number.isNaN(Date.parse(value))

function toEntry(value: unknown): HistoryEntry | null {
  if (typeof value !== 'object' || value === null) return null
  const { id, title, cover, source, publishedAt, readAt } = value as Record<string, unknown>
  if (!isText(id) || !isText(title) || !isText(source) || !isInstant(publishedAt) || !isInstant(readAt)) return null
  return { id, title, source, publishedAt, readAt, ...(isText(cover) ? { cover } : {}) }
}

/**
 * The history in storage, however it got there: another version, a
 * half-written value or anything else that is not a list of entries is
 * ignored rather than trusted (never a crash), and a bad entry drops alone.
 */
export function parseHistory(stored: unknown): HistoryEntry[] {
  if (typeof stored !== 'object' || stored === null) return []
  const { version, entries } = stored as Partial<StoredHistory>
  if (version !== 1 || !Array.isArray(entries)) return []
  const seen = new Set<string>()
  const valid: HistoryEntry[] = []
  for (const entry of entries.map(toEntry)) {
    if (!entry || seen.has(entry.id)) continue
    seen.add(entry.id)
    valid.push(entry)
    if (valid.length === HISTORY_LIMIT) break
  }
  return valid
}

/** Reading again moves the article to the top; the oldest falls off past the limit. */
export function addRead(entries: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  return [entry, ...entries.filter((other) => other.id !== entry.id)].slice(0, HISTORY_LIMIT)
}

export const toStored = (entries: HistoryEntry[]): StoredHistory => ({ version: 1, entries })
