import { OfficialAccount } from '@tarojs/components'

/**
 * WeChat's own 关注公众号 bar, for visitors who scanned a code at an event.
 * WeChat shows it only in the scenes it allows and draws nothing elsewhere;
 * the web build has no such component.
 */
export default function FollowBar() {
  return process.env.TARO_ENV === 'weapp' ? <OfficialAccount /> : null
}
