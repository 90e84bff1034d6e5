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
