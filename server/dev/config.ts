import { resolve } from 'node:path'
import { normalizeHost } from '../import/fetch/hosts'

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1'])

/**
 * WTT_IMPORT_HOSTS: comma-separated `host[:port]` that admin.articles.importUrl
 * (and the importer's image downloads) may fetch from besides mp.weixin.qq.com,
 * private addresses included. Only the local host reads it; the cloud function
 * fetches from mp.weixin.qq.com alone.
 */
function importHosts(list: string | undefined): string[] {
  const entries = (list ?? '').split(',').map((entry) => entry.trim())
  return entries.filter(Boolean).map((entry) => {
    const host = normalizeHost(entry)
    if (!host) throw new Error(`WTT_IMPORT_HOSTS must list host[:port] entries, not "${entry}"`)
    return host
  })
}

/** The local host's settings, from the environment (DESIGN.md). */
export function hostConfig(env: Record<string, string | undefined> = process.env) {
  const dataDir = resolve(env.WTT_DATA_DIR || '.data')
  const port = Number(env.PORT || 8080)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${env.PORT}"`)
  const host = env.HOST || '127.0.0.1'
  return {
    port,
    host,
    exposed: !LOOPBACK.has(host),
    /** Where phones and browsers reach the host; unset, the address it listens on. */
    publicOrigin: env.WTT_PUBLIC_ORIGIN ? originOf(env.WTT_PUBLIC_ORIGIN) : undefined,
    dataDir,
    dbFile: resolve(dataDir, 'wutongtai.db'),
    mediaRoot: resolve(dataDir, 'media'),
    webRoot: resolve(__dirname, '../../dist-h5'),
    importHosts: importHosts(env.WTT_IMPORT_HOSTS),
  }
}

/** `http(s)://host[:port]`, nothing more: QR codes append the app's path to it. */
function originOf(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : null
  if (
    !url ||
    !['http:', 'https:'].includes(url.protocol) ||
    url.username ||
    url.password ||
    url.pathname !== '/' ||
    url.search ||
    url.hash
  )
    throw new Error(`WTT_PUBLIC_ORIGIN must be an origin such as http://192.168.1.20:8080, not "${value}"`)
  return url.origin
}
