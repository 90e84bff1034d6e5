import { resolve } from 'node:path'

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1'])

/** The local host's settings, from the environment (DESIGN.md). */
export function hostConfig(env: NodeJS.ProcessEnv = process.env) {
  const dataDir = resolve(env.WTT_DATA_DIR || '.data')
  const port = Number(env.PORT || 8080)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${env.PORT}"`)
  const host = env.HOST || '127.0.0.1'
  return {
    port,
    host,
    exposed: !LOOPBACK.has(host),
    dataDir,
    dbFile: resolve(dataDir, 'wutongtai.db'),
    mediaRoot: resolve(dataDir, 'media'),
    webRoot: resolve(__dirname, '../../dist-h5'),
  }
}
