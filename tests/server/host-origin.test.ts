import type { FastifyInstance } from 'fastify'
import jsQR from 'jsqr'
import { readFileSync, rmSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { hostConfig } from '../../server/dev/config'
import { createHost } from '../../server/dev/host'
import { createTestBackend, makeArticle, type TestBackend } from '../support/backend'
import { failureEnvelope, rawRequest } from '../support/raw-http'

// Slow QR drawing and real sockets on a busy 2-core machine.
jest.setTimeout(30_000)

/** What a phone's camera reads from a local QR code, given its /media/ URL. */
function scan(mediaRoot: string, url: string): string {
  const png = PNG.sync.read(readFileSync(join(mediaRoot, url.replace(/^\/media\//, ''))))
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
  if (!code) throw new Error(`no QR code in ${url}`)
  return code.data
}

const body = (action: string, payload: unknown) => JSON.stringify({ action, payload })
const JSON_TYPE = { 'content-type': 'application/json' }

describe('the local host behind WTT_PUBLIC_ORIGIN', () => {
  const PUBLIC_ORIGIN = 'http://wtt.lan:8080'
  let backend: TestBackend
  let host: FastifyInstance
  let origin: string
  let mediaRoot: string

  beforeAll(async () => {
    backend = await createTestBackend({ articles: [makeArticle(1)] })
    mediaRoot = mkdtempSync(join(tmpdir(), 'wtt-origin-'))
    host = await createHost({ store: backend.store, mediaRoot, publicOrigin: PUBLIC_ORIGIN })
    origin = await host.listen({ port: 0, host: '127.0.0.1' })
  })
  afterAll(async () => {
    await host.close()
    await backend.close()
    rmSync(mediaRoot, { recursive: true, force: true })
  })

  const port = () => new URL(origin).port

  it.each([
    ['another site', 'evil.example'],
    ['another site on the same port', () => `evil.example:${port()}`],
    ['a DNS-rebinding name', 'attacker.rebind.network:8080'],
    ['the public host on another port', 'wtt.lan:9999'],
    ['a loopback look-alike', 'localhost.evil.example'],
  ])('refuses a request whose Host is %s, before any action runs', async (_label, hostHeader) => {
    const before = backend.snapshot()
    const headers = { ...JSON_TYPE, host: typeof hostHeader === 'string' ? hostHeader : hostHeader() }
    for (const [method, path, sent] of [
      ['POST', '/api', body('articles.code', { id: 'article-0001' })],
      ['POST', '/api', body('favorites.toggle', { articleId: 'article-0001' })],
      ['GET', '/media/qrcodes/x.png', undefined],
      ['GET', '/', undefined],
    ] as const) {
      const answer = await rawRequest(origin, path, {
        method,
        headers: { ...headers, 'x-wtt-openid': 'victim' },
        body: sent,
      })
      expect(answer.status).toBe(403)
      expect(answer.json()).toEqual(failureEnvelope('FORBIDDEN'))
    }
    expect(backend.snapshot()).toEqual(before)
  })

  it.each([
    ['localhost', () => `localhost:${port()}`],
    ['127.0.0.1', () => `127.0.0.1:${port()}`],
    ['[::1]', () => `[::1]:${port()}`],
    ['the public origin’s host', () => 'wtt.lan:8080'],
    ['the public origin’s host, in capitals', () => 'WTT.LAN:8080'],
  ])('answers a request whose Host is %s', async (_label, hostHeader) => {
    const answer = await rawRequest(origin, '/api', {
      method: 'POST',
      headers: { ...JSON_TYPE, host: hostHeader() },
      body: body('categories.list', {}),
    })
    expect(answer.status).toBe(200)
  })

  it('draws every QR code to the public origin, whatever Host the caller named', async () => {
    await rawRequest(origin, '/api', {
      method: 'POST',
      headers: { ...JSON_TYPE, host: 'evil.example' },
      body: body('articles.code', { id: 'article-0001' }),
    })
    const answer = await rawRequest(origin, '/api', {
      method: 'POST',
      headers: { ...JSON_TYPE, host: `localhost:${port()}` },
      body: body('articles.code', { id: 'article-0001' }),
    })
    const { data } = answer.json() as { data: { url: string } }
    expect(scan(mediaRoot, data.url)).toMatch(/^http:\/\/wtt\.lan:8080\/#\/pages\/article\/index\?scene=/)
  })
})

describe('the local host without WTT_PUBLIC_ORIGIN', () => {
  it('draws QR codes to the address it listens on, with the real port when started on port 0', async () => {
    const backend = await createTestBackend({ articles: [makeArticle(1)] })
    const mediaRoot = mkdtempSync(join(tmpdir(), 'wtt-origin-'))
    const host = await createHost({ store: backend.store, mediaRoot })
    try {
      const origin = await host.listen({ port: 0, host: '127.0.0.1' })
      const answer = await rawRequest(origin, '/api', {
        method: 'POST',
        headers: { ...JSON_TYPE, host: 'evil.example' },
        body: body('articles.code', { id: 'article-0001' }),
      })
      expect(answer.status).toBe(403)
      const { data } = (await (
        await fetch(`${origin}/api`, {
          method: 'POST',
          headers: JSON_TYPE,
          body: body('articles.code', { id: 'article-0001' }),
        })
      ).json()) as { data: { url: string } }
      expect(scan(mediaRoot, data.url)).toMatch(new RegExp(`^${origin}/#/pages/article/index\\?scene=`))
      expect(origin).not.toMatch(/:0$/)
    } finally {
      await host.close()
      await backend.close()
      rmSync(mediaRoot, { recursive: true, force: true })
    }
  })
})

describe('WTT_PUBLIC_ORIGIN', () => {
  it('is read as an origin, and anything else is refused at start', () => {
    expect(hostConfig({ WTT_PUBLIC_ORIGIN: 'https://WTT.example.com/' }).publicOrigin).toBe('https://wtt.example.com')
    expect(hostConfig({ WTT_PUBLIC_ORIGIN: 'http://192.168.1.20:8080' }).publicOrigin).toBe('http://192.168.1.20:8080')
    expect(hostConfig({}).publicOrigin).toBeUndefined()
    for (const bad of ['wtt.example.com', 'ftp://wtt.example.com', 'https://wtt.example.com/app', 'http://u:p@wtt.lan'])
      expect(() => hostConfig({ WTT_PUBLIC_ORIGIN: bad })).toThrow(/WTT_PUBLIC_ORIGIN/)
  })
})
