import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { confirmDanger } from '../utils/confirmDanger'
import { clearHistory, loadHistory } from '../device/readingHistory'
import { toast } from '../utils/feedback'

/** 阅读历史, read from the device each time the page shows (coming back from an article moves it up). */
export function useReadingHistory() {
  const [entries, setEntries] = useState(loadHistory)

  useDidShow(() => setEntries(loadHistory()))

  async function clear() {
    const confirmed = await confirmDanger({
      title: '清空阅读历史',
      content: '将删除这台手机上的全部阅读历史。',
      confirmText: '清空',
    })
    if (!confirmed) return
    clearHistory()
    setEntries([])
    toast('已清空', 'success')
  }

  return { entries, clear }
}
