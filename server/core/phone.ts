/**
 * Turns the code of `<Button openType="getPhoneNumber">` into the reader's
 * mobile number: WeChat's open API in the cloud, a dev stand-in locally.
 * Failures are thrown as WeChat reports them (an `errCode`), and mapped to
 * the contract's codes by wechatFailure().
 */
export interface PhoneProvider {
  exchange(code: string): Promise<string>
}

/** 13812345678 → 138****5678: the only form of a number that leaves the server. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '')
  if (digits.length < 7) return '*'.repeat(digits.length)
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`
}
