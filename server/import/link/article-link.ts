import { createHash } from 'node:crypto'
import { MAX_URL_LENGTH } from '../../core/urls'
import { invalid } from '../../core/errors'
import { OFFICIAL_ACCOUNT_HOST } from '../fetch/hosts'

/**
 * The link an operator pasted, as a URL the fetcher may be asked for: well
 * formed, http(s), without user name or password. Which hosts it may reach
 * is the fetcher's rule.
 */
export function pastedLink(value: string): URL {
  if (value.length > MAX_URL_LENGTH) throw invalid('链接太长')
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw invalid('链接格式不正确，请粘贴完整的文章链接，如 https://mp.weixin.qq.com/s/…')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalid('只能导入 http 或 https 链接')
  if (url.username || url.password) throw invalid('链接中不能包含用户名或密码')
  return url
}

/** What makes two links the same article, and the link to keep as its 原文链接. */
export interface ArticleIdentity {
  key: string
  canonical: string
}

/** The parts of a long official-account link that name one article; chksm, scene and the like only track. */
const ARTICLE_PARAMETERS: [name: string, pattern: RegExp][] = [
  ['__biz', /^[A-Za-z0-9+/]+={0,2}$/],
  ['mid', /^\d+$/],
  ['idx', /^\d+$/],
  ['sn', /^[0-9A-Za-z]+$/],
]
/** The short form, `/s/<token>`. */
const SHORT_PATH = /^\/s\/([A-Za-z0-9_-]{6,128})\/?$/

/** Query parameters as written: URLSearchParams would read the `+` of a base64 `__biz` as a space. */
function rawParameters(url: URL) {
  const found = new Map<string, string>()
  for (const pair of url.search.slice(1).split('&')) {
    const at = pair.indexOf('=')
    if (at <= 0) continue
    try {
      found.set(pair.slice(0, at), decodeURIComponent(pair.slice(at + 1)))
    } catch {
      // A malformed escape: not a parameter that names an article.
    }
  }
  return found
}

/** WeChat answers the same article on http and https; the link kept is https. */
const originOf = (url: URL) => (url.host === OFFICIAL_ACCOUNT_HOST ? `https://${url.host}` : url.origin)

function longForm(url: URL): ArticleIdentity | null {
  const parameters = rawParameters(url)
  const values = ARTICLE_PARAMETERS.map(([name, pattern]) => {
    const value = parameters.get(name)
    return value && pattern.test(value) ? `${name}=${value}` : null
  })
  if (values.some((value) => value === null)) return null
  const query = values.join('&')
  return { key: `${url.host}/s?${query}`, canonical: `${originOf(url)}/s?${query}` }
}

function shortForm(url: URL): ArticleIdentity | null {
  const token = SHORT_PATH.exec(url.pathname)?.[1]
  return token ? { key: `${url.host}/s/${token}`, canonical: `${originOf(url)}/s/${token}` } : null
}

/**
 * Which article a link names, stable across the tracking parameters a shared
 * link carries (chksm, scene, #rd ...): by `__biz`, `mid`, `idx` and `sn`, or
 * by the token of `/s/<token>`. The long form wins wherever it is found (the
 * pasted link, then the page's own link, when that is on the same host), so
 * that the short and the long link of one article are one article. A link of
 * neither form (an allow-listed test host) is itself without its fragment.
 */
export function articleIdentity(pasted: URL, fetched: URL, pageLink: string | undefined): ArticleIdentity {
  let declared: URL | null = null
  try {
    declared = pageLink ? new URL(pageLink, fetched) : null
  } catch {
    declared = null
  }
  const sameHost = declared && declared.host === fetched.host ? [declared] : []
  const links = [pasted, ...sameHost, fetched]
  for (const form of [longForm, shortForm]) {
    for (const link of links) {
      const identity = form(link)
      if (identity) return identity
    }
  }
  const plain = new URL(pasted.href)
  plain.hash = ''
  return { key: `${plain.host}${plain.pathname}${plain.search}`, canonical: plain.href }
}

/** The article's id: `oa-` and 16 hex digits of a hash of its identity. */
export const articleIdOf = (identity: ArticleIdentity) =>
  `oa-${createHash('sha256').update(identity.key).digest('hex').slice(0, 16)}`
