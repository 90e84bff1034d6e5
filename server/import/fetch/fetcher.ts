import type { LookupFunction } from 'node:net'
import { fetchResource, type Fetched, type Limits } from './http-get'
import { normalizeHost, OFFICIAL_ACCOUNT_HOST } from './hosts'

/** What the importer may fetch from the web. */
export interface Fetcher {
  /** An article page, from an allow-listed host only. */
  page(url: URL): Promise<Fetched>
  /** An image, from any web host at a public address (or an allow-listed one). */
  image(url: URL): Promise<Fetched>
}

export const PAGE_LIMITS: Limits = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024 }
export const IMAGE_LIMITS: Limits = { timeoutMs: 10_000, maxBytes: 20 * 1024 * 1024 }

export interface FetcherOptions {
  /**
   * More hosts (`host[:port]`) to import pages from besides mp.weixin.qq.com:
   * WTT_IMPORT_HOSTS, on the local host only. Being named explicitly, they
   * may be at private or loopback addresses.
   */
  extraHosts?: readonly string[]
  pageLimits?: Limits
  imageLimits?: Limits
  /** Name resolution, for tests that need a name to point somewhere; dns.lookup by default. */
  lookup?: LookupFunction
}

function refuseScheme(url: URL): string | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `只能访问 http 或 https 地址，不能访问 ${url.protocol}`
  if (url.username || url.password) return '地址中不能包含用户名或密码'
  return null
}

/**
 * The importer's way onto the web: pages from the allow-list only, images
 * from anywhere public, both within their limits (http-get.ts), every
 * redirect checked again.
 */
export function createFetcher({
  extraHosts = [],
  pageLimits = PAGE_LIMITS,
  imageLimits = IMAGE_LIMITS,
  lookup,
}: FetcherOptions = {}): Fetcher {
  const explicit = new Set(extraHosts.map((host) => normalizeHost(host) ?? host))
  const pageHosts = new Set([OFFICIAL_ACCOUNT_HOST, ...explicit])
  const hostList = [...pageHosts].join('、')
  const privateAllowed = (url: URL) => explicit.has(url.host)

  return {
    page: (url) =>
      fetchResource(url, {
        label: '页面',
        limits: pageLimits,
        accept: 'text/html,application/xhtml+xml',
        privateAllowed,
        lookup,
        refuse(target, hop) {
          const scheme = refuseScheme(target)
          if (scheme || pageHosts.has(target.host)) return scheme
          return hop === 0
            ? `只能导入 ${hostList} 上的文章，${target.host} 不在允许列表中`
            : `链接跳转到了不在允许列表中的网站 ${target.host}`
        },
      }),
    image: (url) =>
      fetchResource(url, {
        label: '图片',
        limits: imageLimits,
        // No WebP asked for: not every mini-program platform shows it.
        accept: 'image/jpeg,image/png,image/gif;q=0.9,*/*;q=0.5',
        privateAllowed,
        lookup,
        refuse: refuseScheme,
      }),
  }
}
