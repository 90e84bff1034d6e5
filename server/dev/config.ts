import { resolve } from 'node:path'

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1'])

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
