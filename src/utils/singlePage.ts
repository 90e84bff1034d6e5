import Taro from '@tarojs/taro'
import { toast } from './feedback'

/** What an action that needs a reader says where there can be none. */
export const FULL_SERVICE_HINT = '前往小程序使用完整服务'

/**
 * Single-page mode: an article opened from Moments (scene 1154). WeChat
 * gives it no login, no navigation and disabled open-type buttons, and it
 * lasts for the whole run, so the launch decides.
 */
export function isSinglePageMode(): boolean {
  if (process.env.TARO_ENV !== 'weapp') return false
  try {
    const { scene, apiCategory } = Taro.getLaunchOptionsSync()
    return scene === 1154 || apiCategory === 'browseOnly'
  } catch {
    return false
  }
}

export const showFullServiceHint = () => toast(FULL_SERVICE_HINT)
