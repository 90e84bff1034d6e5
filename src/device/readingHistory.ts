import Taro from '@tarojs/taro'
import type { ArticleSummary } from '../contract/models'
import { addRead, parseHistory, toStored, type HistoryEntry } from '../utils/historyList'

/** On the device only: 阅读历史 never leaves the phone. */
const KEY = 'wtt:reading-history'

export function loadHistory(): HistoryEntry[] {
  try {
    return parseHistory(Taro.getStorageSync(KEY))
  } catch {
    return []
  }
}

/** Called when the detail page shows an article; a full or failing storage never stops the reading. */
export function recordRead(article: ArticleSummary, now = new Date()) {
  const { id, title, cover, source, publishedAt } = article
  const entry: HistoryEntry = { id, title, source, publishedAt, readAt: now.toISOString(), ...(cover ? { cover } : {}) }
  try {
    Taro.setStorageSync(KEY, toStored(addRead(loadHistory(), entry)))
  } catch {
    // The history is a convenience; the article is already on screen.
  }
}

export function clearHistory() {
  Taro.removeStorageSync(KEY)
}
