import Taro from '@tarojs/taro'
import { toast } from '../utils/feedback'

type Answer = Taro.onNeedPrivacyAuthorization.ResolveOption
type Resolve = (answer: Answer) => void

/** The id of the consent sheet's agreePrivacyAuthorization button: WeChat checks it was tapped. */
export const AGREE_BUTTON_ID = 'privacy-agree'

/**
 * WeChat holds a privacy API (the phone-number button, the clipboard) until
 * the reader answers. Each call of such an API while the sheet is up asks
 * again; one answer settles them all.
 */
let waiting: Resolve[] = []
const listeners = new Set<() => void>()

function notify() {
  listeners.forEach((listener) => listener())
}

export const privacyAsked = () => waiting.length > 0

export function subscribePrivacy(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

function answer(reply: Answer) {
  const resolves = waiting
  waiting = []
  resolves.forEach((resolve) => resolve(reply))
  notify()
}

export const agreeToPrivacy = () => answer({ buttonId: AGREE_BUTTON_ID, event: 'agree' })
export const refusePrivacy = () => answer({ event: 'disagree' })

/** Once, at launch: from then on WeChat asks the app's own sheet instead of showing its own. */
export function listenForPrivacyRequests() {
  // h5 has no privacy APIs to hold, and older WeChat versions lack the listener.
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  Taro.onNeedPrivacyAuthorization((resolve) => {
    waiting.push(resolve)
    // The sheet renders at once on the page that asked: tell WeChat it was shown.
    resolve({ event: 'exposureAuthorization' })
    notify()
  })
}

export function openPrivacyContract() {
  Taro.openPrivacyContract({ fail: () => toast('暂时无法打开，请稍后重试') })
}
