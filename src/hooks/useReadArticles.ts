import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { loadHistory } from '../device/readingHistory'

const readIds = () => new Set(loadHistory().map((entry) => entry.id))

const same = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((id) => b.has(id))

/**
 * The articles this phone has opened (阅读历史), for lists to draw in grey;
 * read again each time the page shows, so that an article just read turns grey.
 */
export function useReadArticles(): ReadonlySet<string> {
  const [read, setRead] = useState(readIds)
  // The same set kept when nothing changed: the list is not drawn again for nothing.
  useDidShow(() => {
    const now = readIds()
    setRead((before) => (same(before, now) ? before : now))
  })
  return read
}
