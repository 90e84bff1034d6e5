/**
 * WeChat's verdict on a text a reader wants to publish: `pass`, `review` (unsure:
 * an operator should look) or `risky` (not to be published).
 */
export type ContentVerdict = 'pass' | 'review' | 'risky'

/**
 * WeChat's content-security check of user text (`security.msgSecCheck`
 * version 2) in the cloud, a dev stand-in locally. Failures are thrown as
 * WeChat reports them (an `errCode`), and mapped to the contract's codes by
 * wechatFailure().
 */
export interface ContentCheck {
  /** `openid`: the writer, who must have opened the mini-program lately (WeChat's rule for version 2). */
  check(request: { text: string; openid: string }): Promise<ContentVerdict>
}
