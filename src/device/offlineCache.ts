import Taro from '@tarojs/taro'
import type { Data } from '../contract/api'
import { utf8Bytes } from '../utils/utf8'

/**
 * On the device: what cache-first screens paint before the network answers
 * (the list's first page, articles read lately). Each value under its own
 * key, in an envelope `{ v: 1, savedAt, value }`; one index key holds the
 * order of use and the sizes, least recently used first. The whole stays
 * within BUDGET: writing evicts the oldest. Whatever storage holds that is
 * not what this version wrote (corrupt, older, another shape) reads as
 * absent and is dropped; nothing here ever throws.
 */
export interface Cached<T> {
  value: T
  /** Date.now() when written. */
  savedAt: number
}

const PREFIX = 'wtt:cache:'
const INDEX = 'wtt:cache'
/** UTF-8 bytes of JSON, all entries together (WeChat allows 10 MB per mini-program). */
const BUDGET = 2 << 20
/** One value larger than this is not kept (WeChat refuses 1 MB per key). */
const ENTRY_LIMIT = 512 << 10

/** `[key, size]`, least recently used first; read from storage once per run. */
let index: [string, number][] | undefined
let saveScheduled = false

const warn = (error: unknown) => console.warn('[cache]', error)

const save = () => Taro.setStorageSync(INDEX, { v: 1, e: entries() })

/** Off the first render's path: reading only reorders, and the order is saved right after. */
function saveLater() {
  if (saveScheduled) return
  saveScheduled = true
  setTimeout(() => {
    saveScheduled = false
    try {
      save()
    } catch (error) {
      warn(error)
    }
  })
}

const isEntry = (entry: unknown) =>
  Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number' && entry[1] >= 0

function entries(): [string, number][] {
  if (index) return index
  try {
    const { v, e } = Taro.getStorageSync(INDEX) || {}
    if (v === 1 && Array.isArray(e) && e.every(isEntry)) return (index = e)
  } catch {
    // Unreadable: as good as absent.
  }
  // No index (first run, corrupt, another version): entries left over are not accounted for, so they go.
  index = []
  try {
    removeEveryEntry()
  } catch {
    // Left for the next run.
  }
  saveLater()
  return index
}

function removeEveryEntry() {
  for (const key of Taro.getStorageInfoSync().keys) if (key.startsWith(PREFIX)) Taro.removeStorageSync(key)
}

/** Synchronous, so a screen can paint from it in its first render; reading marks the entry recently used. */
export function readCached<T>(key: string, isValid: (value: unknown) => value is T): Cached<T> | undefined {
  const list = entries()
  const at = list.findIndex((entry) => entry[0] === key)
  if (at < 0) return undefined
  try {
    const { v, savedAt, value } = Taro.getStorageSync(PREFIX + key) || {}
    if (v === 1 && typeof savedAt === 'number' && isValid(value)) {
      list.push(...list.splice(at, 1))
      saveLater()
      return { value, savedAt }
    }
  } catch {
    // Dropped below, like any entry not fit to show.
  }
  removeCached(key)
}

/** Keeps `value` (JSON) under `key`, evicting the least recently used entries to stay within the budget. */
export function writeCached(key: string, value: unknown): void {
  try {
    const envelope = { v: 1, savedAt: Date.now(), value }
    const size = utf8Bytes(JSON.stringify(envelope))
    // Too large to keep: the older value goes too rather than be shown as if current.
    if (size > ENTRY_LIMIT) {
      removeCached(key)
      return warn(`${key}: ${size} B, not kept`)
    }
    const kept = entries().filter((entry) => entry[0] !== key)
    let total = kept.reduce((sum, entry) => sum + entry[1], size)
    let evicted = 0
    while (total > BUDGET) total -= kept[evicted++][1]
    const next: [string, number][] = [...kept.slice(evicted), [key, size]]
    // The index first: an entry it names but storage lacks reads as absent, while one it missed would stay forever.
    Taro.setStorageSync(INDEX, { v: 1, e: next })
    index = next
    for (const [old] of kept.slice(0, evicted)) Taro.removeStorageSync(PREFIX + old)
    try {
      Taro.setStorageSync(PREFIX + key, envelope)
    } catch (error) {
      removeCached(key)
      throw error
    }
  } catch (error) {
    // Storage full or refusing: the screen has its data; only the next open paints later.
    warn(error)
  }
}

/** Forgets everything kept (注销账号): what was read stays on no phone. */
export function clearCached(): void {
  index = []
  try {
    save()
    removeEveryEntry()
  } catch (error) {
    warn(error)
  }
}

export function removeCached(key: string): void {
  const list = entries()
  index = list.filter((entry) => entry[0] !== key)
  try {
    if (index.length < list.length) save()
    Taro.removeStorageSync(PREFIX + key)
  } catch (error) {
    warn(error)
  }
}

/*
 * What the cache-first screens accept from the cache (`isValid`): enough of
 * the answer's shape that one an older app version stored, or a damaged
 * one, is refused rather than rendered into a crash. Not a full schema: the
 * cache only ever holds answers this app received.
 */
type Fields = Record<string, unknown>

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null

/** Every one of the space-separated `keys` is of `type`. */
const are = (value: Fields, keys: string, type: string) => keys.split(' ').every((key) => typeof value[key] === type)

const isSummary = (value: unknown) =>
  isObject(value) &&
  are(value, 'id title summary category source publishedAt', 'string') &&
  typeof value.readCount === 'number' &&
  typeof (value.cover ?? '') === 'string'

/** The field a block is rendered from: text for these, a list (spans, items) for the others. */
const BLOCK_FIELDS: Record<string, unknown> = {
  heading: 'text',
  image: 'src',
  paragraph: 'spans',
  quote: 'spans',
  list: 'items',
}

const isBlock = (value: unknown) => {
  if (!isObject(value)) return false
  const field = BLOCK_FIELDS[value.type as string]
  return field === 'text' || field === 'src'
    ? typeof value[field] === 'string'
    : typeof field === 'string' && Array.isArray(value[field])
}

/** The fields a comment is drawn from; a reply, when there is one, with its text. */
const isComment = (value: unknown) =>
  isObject(value) &&
  are(value, 'id author text createdAt state', 'string') &&
  typeof value.likes === 'number' &&
  (value.reply === undefined || (isObject(value.reply) && typeof value.reply.text === 'string'))

/** The `articles.list` answer: the list's first page (with the tabs, when it carried them). */
export const isFeedPage = (value: unknown): value is Data<'articles.list'> =>
  isObject(value) &&
  Array.isArray(value.items) &&
  value.items.every(isSummary) &&
  (value.nextCursor === null || typeof value.nextCursor === 'string') &&
  (value.categories === undefined ||
    (Array.isArray(value.categories) &&
      value.categories.every((category) => isObject(category) && are(category, 'id name', 'string'))))

/** The `articles.get` answer: the article with its blocks, related articles, whether it is a favorite, its comments. */
export const isArticleAnswer = (value: unknown): value is Data<'articles.get'> =>
  isObject(value) &&
  typeof value.favorited === 'boolean' &&
  isObject(value.article) &&
  isSummary(value.article) &&
  Array.isArray(value.article.blocks) &&
  value.article.blocks.every(isBlock) &&
  Array.isArray(value.related) &&
  value.related.every(isSummary) &&
  isObject(value.comments) &&
  typeof value.comments.count === 'number' &&
  Array.isArray(value.comments.items) &&
  value.comments.items.every(isComment)

/** Where an article's `articles.get` answer is kept. */
export const articleKey = (id: string) => `article:${id}`

type ArticleComments = Data<'articles.get'>['comments']

/**
 * Changes the comments of an article's kept answer, if one is kept: what the
 * reader just wrote, deleted or reported shows as it now is on the next
 * open's paint, before the fresh answer.
 */
export function updateCachedComments(articleId: string, change: (comments: ArticleComments) => ArticleComments) {
  const key = articleKey(articleId)
  const cached = readCached(key, isArticleAnswer)
  if (cached) writeCached(key, { ...cached.value, comments: change(cached.value.comments) })
}
