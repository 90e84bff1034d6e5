import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import http, { type IncomingMessage } from 'node:http'
import https from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import { isPublicAddress } from './addresses'

export interface Limits {
  timeoutMs: number
  maxBytes: number
}

/**
 * - `refused`: the address is not allowed (scheme, host, a private address);
 * - `too-large`: the answer is over the size limit;
 * - `missing`: the server answers that there is no such thing (4xx);
 * - `unreachable`: no answer in time, a failed connection, a server error, a redirect loop.
 */
export type FetchProblem = 'refused' | 'too-large' | 'missing' | 'unreachable'

/** Why a fetch failed, in Chinese an operator can act on. */
export class FetchFailure extends Error {
  constructor(
    readonly problem: FetchProblem,
    message: string,
  ) {
    super(message)
    this.name = 'FetchFailure'
  }
}

export interface Fetched {
  /** Where the answer finally came from, after redirects. */
  url: URL
  body: Buffer
}

export interface FetchRules {
  /** What is fetched, for messages: 页面, 图片. */
  label: string
  limits: Limits
  accept: string
  /** Why `url` may not be fetched, or null; asked for the first address and for every redirect (`hop` > 0). */
  refuse(url: URL, hop: number): string | null
  /** Whether `url`'s host was allow-listed explicitly, and so may be at a private address. */
  privateAllowed(url: URL): boolean
  /** Name resolution; dns.lookup unless a test says otherwise. */
  lookup?: LookupFunction
}

const MAX_REDIRECTS = 5
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
/** A desktop browser: WeChat serves the full article page to one. */
const USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36'

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
const seconds = (ms: number) => `${Math.round(ms / 100) / 10} 秒`

const privateAddress = (host: string, address: string) =>
  new FetchFailure('refused', `${host} 指向内网或本机地址（${address}），不能访问`)

/**
 * Resolves a name as dns.lookup does, but fails when any of its addresses
 * is not public. It is the lookup the connection itself uses, so the address
 * checked is the address connected to: a name that answers a public address
 * to a first lookup and a private one to the next (DNS rebinding) gets no
 * second chance.
 */
function publicOnlyLookup(host: string, lookup: LookupFunction): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, found) => {
      const addresses = (Array.isArray(found) ? found : []) as LookupAddress[]
      if (error || addresses.length === 0)
        return callback(error ?? Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '')
      const blocked = addresses.find((entry) => !isPublicAddress(entry.address))
      if (blocked) return callback(privateAddress(host, blocked.address), '')
      if (options.all) callback(null, addresses)
      else callback(null, addresses[0].address, addresses[0].family)
    })
  }
}

type Exchange = { redirect: URL } | Fetched

/** One request and its answer: a redirect to follow, or the whole body within the limits. */
function exchange(url: URL, rules: FetchRules, deadline: number): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const { label, limits } = rules
    const hostname = url.hostname.replace(/^\[|\]$/g, '')
    const privateAllowed = rules.privateAllowed(url)
    // A literal address is connected to without any lookup: it is checked here.
    if (isIP(hostname) && !privateAllowed && !isPublicAddress(hostname))
      return reject(privateAddress(url.host, hostname))

    const lookup = rules.lookup ?? (dnsLookup as LookupFunction)
    const request = (url.protocol === 'https:' ? https : http).get(url, {
      headers: { 'user-agent': USER_AGENT, accept: rules.accept, 'accept-language': 'zh-CN,zh;q=0.9' },
      // A fresh connection each time: a pooled socket could have been opened to an address checked for another host.
      agent: false,
      lookup: privateAllowed ? lookup : publicOnlyLookup(url.host, lookup),
    })
    let settled = false
    /** Ends the exchange once: the connection is closed whatever comes next. */
    const settle = (outcome: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      request.destroy()
      outcome()
    }
    const fail = (error: unknown) =>
      settle(() =>
        reject(
          error instanceof FetchFailure
            ? error
            : new FetchFailure(
                'unreachable',
                `无法连接 ${url.host}（${(error as NodeJS.ErrnoException).code ?? String(error)}）`,
              ),
        ),
      )
    const timer = setTimeout(
      () => fail(new FetchFailure('unreachable', `${url.host} 在 ${seconds(limits.timeoutMs)}内没有传完${label}`)),
      Math.max(0, deadline - Date.now()),
    )
    request.on('error', fail)
    request.on('response', (response: IncomingMessage) => {
      const status = response.statusCode ?? 0
      const { location } = response.headers
      if (REDIRECT_STATUSES.has(status) && location) {
        let next: URL
        try {
          next = new URL(location, url)
        } catch {
          return fail(new FetchFailure('unreachable', `${url.host} 跳转到了无效的地址`))
        }
        return settle(() => resolve({ redirect: next }))
      }
      if (status !== 200)
        return fail(
          new FetchFailure(
            status >= 400 && status < 500 ? 'missing' : 'unreachable',
            `${url.host} 答复 HTTP ${status}`,
          ),
        )
      // No Accept-Encoding is sent: a compressed answer would hide its real size from the limit.
      const encoding = response.headers['content-encoding']
      if (encoding && encoding !== 'identity')
        return fail(new FetchFailure('unreachable', `${url.host} 的答复使用了不支持的压缩格式 ${encoding}`))
      const tooLarge = new FetchFailure('too-large', `${label}超过 ${megabytes(limits.maxBytes)}`)
      if (Number(response.headers['content-length']) > limits.maxBytes) return fail(tooLarge)

      const chunks: Buffer[] = []
      let size = 0
      response.on('data', (chunk: Buffer) => {
        size += chunk.length
        // Stops reading at the limit, however much the server still means to send.
        if (size > limits.maxBytes) fail(tooLarge)
        else chunks.push(chunk)
      })
      response.on('end', () => settle(() => resolve({ url, body: Buffer.concat(chunks) })))
      response.on('close', () => {
        if (!response.complete) fail(new FetchFailure('unreachable', `${url.host} 在传输${label}时断开了连接`))
      })
    })
  })
}

/**
 * GETs `start` with node's http and https (the cloud function's Node 16 has
 * no fetch), following redirects by hand so that every hop is checked by
 * the rules again: at most five, none twice, all within one deadline and
 * one size limit.
 */
export async function fetchResource(start: URL, rules: FetchRules): Promise<Fetched> {
  const deadline = Date.now() + rules.limits.timeoutMs
  const visited = new Set<string>()
  let url = start
  for (let hop = 0; ; hop++) {
    const refusal = rules.refuse(url, hop)
    if (refusal) throw new FetchFailure('refused', refusal)
    if (visited.has(url.href) || hop > MAX_REDIRECTS)
      throw new FetchFailure('unreachable', `${start.host} 的链接反复跳转，打不开`)
    visited.add(url.href)
    const answer = await exchange(url, rules, deadline)
    if (!('redirect' in answer)) return answer
    url = answer.redirect
  }
}
