import type { AddressInfo } from 'node:net'

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * Whether a request's `Host` names this host: a loopback name (any port, so
 * that an SSH tunnel works) or exactly the public origin's host. Anything
 * else is another site's name: a page on evil.example whose DNS now points at
 * 127.0.0.1 (DNS rebinding) could otherwise call the API as anyone, and a
 * forged Host must not reach the URLs the host hands out.
 */
export function isTrustedHost(hostHeader: string | undefined, publicOrigin: string): boolean {
  if (!hostHeader) return false
  const origin = new URL(publicOrigin)
  const named = `${origin.protocol}//${hostHeader}`
  if (!URL.canParse(named)) return false
  const url = new URL(named)
  if (url.pathname !== '/' || url.username || url.password) return false
  return LOOPBACK_NAMES.has(url.hostname) || url.host === origin.host
}

/**
 * `http://<address>:<port>` of a listening server, the port being the real
 * one after listening on port 0; `http://localhost` before it listens
 * (fastify's inject, in tests).
 */
export function listeningOrigin(address: AddressInfo | string | null): string {
  if (!address || typeof address === 'string') return 'http://localhost'
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return `http://${host}:${address.port}`
}
