import Taro from '@tarojs/taro'

/** The article body's text size: 17, 19 or 21 px on a phone (34 / 38 / 42 design px). */
export type FontSize = 'standard' | 'large' | 'xlarge'

export const FONT_SIZES: readonly { value: FontSize; label: string }[] = [
  { value: 'standard', label: '标准' },
  { value: 'large', label: '大' },
  { value: 'xlarge', label: '特大' },
]

/** On the device: the choice is the reader's eyes', kept across launches. */
const KEY = 'wtt:font-size'

const isFontSize = (value: unknown): value is FontSize => FONT_SIZES.some((size) => size.value === value)

/** 标准 unless the reader chose otherwise; a value that is not a size (corrupt, older) reads as 标准. */
export function loadFontSize(): FontSize {
  try {
    const stored: unknown = Taro.getStorageSync(KEY)
    return isFontSize(stored) ? stored : 'standard'
  } catch {
    return 'standard'
  }
}

export function saveFontSize(size: FontSize) {
  try {
    Taro.setStorageSync(KEY, size)
  } catch {
    // The new size is on screen already; only the next launch forgets it.
  }
}
