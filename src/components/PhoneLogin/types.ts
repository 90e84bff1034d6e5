import type { PhoneNumberDetail } from '../../hooks/usePhoneLogin'

/** What both platforms' login controls receive (LoginControl.tsx in WeChat, LoginControl.h5.tsx in a browser). */
export interface LoginControlProps {
  busy: boolean
  /** The last attempt failed: the control offers to try again. */
  retry: boolean
  /** WeChat's getPhoneNumber answer. */
  onPhoneNumber: (detail: PhoneNumberDetail) => void
  /** A code to exchange as it is: the local host's `dev-<11 digits>`. */
  onCode: (code: string) => void
}
