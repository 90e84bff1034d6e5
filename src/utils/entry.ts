import Taro from '@tarojs/taro'
import { isScanScene } from '../contract/rules'

/** WeChat's scene number for how this launch began (1007 a chat card, 1047 a QR code ...). */
export function enterScene(): number | undefined {
  try {
    const { scene } = Taro.getEnterOptionsSync()
    return Number.isInteger(scene) && scene >= 1000 && scene <= 9999 ? scene : undefined
  } catch {
    return undefined // h5 has no WeChat launch
  }
}

/** Opened from a scanned code (the follow bar shows on such pages). */
export const isScanEntry = () => isScanScene(enterScene())
