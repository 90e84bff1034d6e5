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

/** WeChat's scene for a scanned mini-program code. */
const SCANNED_CODE = 1047

/**
 * The scene to report for this open: WeChat's, or, where there is no WeChat
 * launch (the h5 demo), a scan for a page a code's query opened, as WeChat
 * would say, so that the demo's scans count under 扫码 like real ones.
 */
export const sceneOfOpen = (openedByCode: boolean) => enterScene() ?? (openedByCode ? SCANNED_CODE : undefined)

/** Opened from a scanned code (the follow bar shows on such pages). */
export const isScanEntry = () => isScanScene(enterScene())
