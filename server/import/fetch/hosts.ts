/** The one host pages are imported from in production: WeChat's official-account articles. */
export const OFFICIAL_ACCOUNT_HOST = 'mp.weixin.qq.com'

/**
 * `host[:port]` written as a URL's `host` is (lower case, IPv6 in brackets,
 * a default port left out), so that it compares equal to `url.host`; null
 * when the text is no such thing.
 */
export function normalizeHost(entry: string): string | null {
  if (!entry || /[\s/?#@\\]/.test(entry)) return null
  try {
    const { host, hostname } = new URL(`http://${entry}`)
    return hostname ? host : null
  } catch {
    return null
  }
}
