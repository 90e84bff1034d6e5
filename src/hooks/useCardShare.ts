import { useShareAppMessage } from '@tarojs/taro'
import { useCallback, useRef } from 'react'
import type { ArticleSummary } from '../contract/models'
import { articleCard, HOME_CARD } from '../utils/share'

/**
 * 转发 on a list card shares that article; the page's menu shares the list.
 * WeChat asks the page which card it was only after the tap, so the tap
 * (the returned callback) notes it first.
 */
export function useCardShare() {
  const sharing = useRef<ArticleSummary>()
  useShareAppMessage(({ from }) => (from === 'button' && sharing.current ? articleCard(sharing.current) : HOME_CARD))
  return useCallback((article: ArticleSummary) => {
    sharing.current = article
  }, [])
}
