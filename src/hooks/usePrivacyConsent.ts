import { useSyncExternalStore } from 'react'
import { agreeToPrivacy, privacyAsked, refusePrivacy, subscribePrivacy } from '../device/privacy'

/** Whether WeChat is waiting for the reader's privacy answer, and the two answers. */
export function usePrivacyConsent() {
  const asked = useSyncExternalStore(subscribePrivacy, privacyAsked)
  return { asked, agree: agreeToPrivacy, refuse: refusePrivacy }
}
