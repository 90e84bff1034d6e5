/**
 * Turns the code of `<Button openType="getPhoneNumber">` into the reader's
 * mobile number: WeChat's open API in the cloud, a dev stand-in locally.
 * Failures are thrown as WeChat reports them (an `errCode`), and mapped to
 * the contract's codes by wechatFailure().
 */
export interface PhoneProvider {
  exchange(code: string): Promise<string>
}

/**
 * 13812345678 → 138****5678: the only form of a number that leaves the
 * server. Shorter numbers show less and always hide at least four digits:
 * one of 8 digits or fewer shows its last 2 at most, one of 9 or 10 its
 * last 4; none ever shows more than its first 3 and last 4.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '')
  const [head, tail] = digits.length >= 11 ? [3, 4] : digits.length >= 9 ? [0, 4] : digits.length >= 6 ? [0, 2] : [0, 0]
  return `${digits.slice(0, head)}****${tail ? digits.slice(-tail) : ''}`
}
