import { useDidShow } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { loadFontSize, saveFontSize, type FontSize } from '../device/fontSize'

/** The article body's text size, as the reader last chose it on this phone. */
export function useFontSize() {
  const [fontSize, setState] = useState(loadFontSize)

  // An article opened from this one (相关阅读) may have changed it meanwhile.
  useDidShow(() => setState(loadFontSize()))

  const setFontSize = useCallback((size: FontSize) => {
    setState(size)
    saveFontSize(size)
  }, [])

  return [fontSize, setFontSize] as const
}
