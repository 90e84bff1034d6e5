import Taro from '@tarojs/taro'

/** WeChat's scene number for how this launch began (1007 a chat card, 1047 a QR code ...). */
export function enterScene(): number | undefined {
  try {
    const { scene } = Taro.getEnterOptionsSync()
    return Number.isInteger(scene) && scene >= 1000 && scene <= 9999 ? scene : undefined
  } catch {
    return undefined // h5 has no WeChat launch
  }
}

/** Opened straight from a share or a code: nothing to go back to, so offer 返回首页. */
export const isLandingPage = () => Taro.getCurrentPages().length <= 1

/** DESIGN.md's QR-code scenes: a code scanned, from the camera, an album or a long press. */
const SCAN_SCENES = [1011, 1012, 1013, 1047, 1048, 1049]

export const isScanEntry = () => SCAN_SCENES.includes(enterScene() ?? 0)
