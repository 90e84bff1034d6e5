import type { PhoneProvider } from '../core/phone'

const DEV_CODE = /^dev-(1\d{10})$/

/**
 * The local host's stand-in for WeChat's phone-number exchange: a code
 * `dev-<11 digits>` is that mobile number; any other code is refused as
 * WeChat refuses an expired or reused one (40029). Never in the cloud bundle.
 */
export const devPhoneProvider: PhoneProvider = {
  async exchange(code) {
    const match = DEV_CODE.exec(code)
    if (!match) throw Object.assign(new Error('invalid code'), { errCode: 40029, errMsg: 'invalid code' })
    return match[1]
  },
}
