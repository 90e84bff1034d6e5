import Taro from '@tarojs/taro'
import type { EnvVersion } from '../contract/api'

/**
 * The version a new code should open: a code made from the trial build
 * must open the trial build, or the operator testing it before release
 * lands on a version without the page. h5 has no WeChat versions.
 */
export function currentEnvVersion(): EnvVersion {
  if (process.env.TARO_ENV !== 'weapp') return 'release'
  try {
    return Taro.getAccountInfoSync().miniProgram.envVersion
  } catch {
    return 'release'
  }
}
