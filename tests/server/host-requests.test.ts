import type { FastifyInstance } from 'fastify'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHost } from '../../server/dev/host'
import { createTestBackend, makeArticle, type TestBackend } from '../support/backend'
import { failureEnvelope, rawRequest } from '../support/raw-http'

// Slow QR drawing and real sockets on a busy 2-core machine.
jest.setTimeout(30_000)

const INDEX_HTML = '<!doctype html><title>梧桐台</title><div id="app"></div>'

describe('what the local host accepts', () => {
  let backend: TestBackend
  let host: FastifyInstance
  let origin: string
  const dir = mkdtempSync(join(tmpdir(), 'wtt-requests-'))
  const webRoot = join(dir, 'web')
  mkdirSync(webRoot)
  writeFileSync(join(webRoot, 'index.html'), INDEX_HTML)

  beforeAll(async () => {
    backend = await createTestBackend({ articles: [makeArticle(1)] })
    host = await createHost({ store: backend.store, mediaRoot: join(dir, 'media'), webRoot, requestTimeoutMs: 300 })
    origin = await host.listen({ port: 0, host: '127.0.0.1' })
  })
  afterAll(async () => {
    await host.close()
    await backend.close()
    rmSync(dir, { recursive: true, force: true })
  })

  // A read is recorded as a visit: a write anyone may cause.
  const read = JSON.stringify({ action: 'articles.get', payload: { id: 'article-0001' } })
  const post = (headers: Record<string, string>, body = read) =>
    rawRequest(origin, '/api', { method: 'POST', headers: { 'x-wtt-openid': 'reader-1', ...headers }, body })

  it.each([
    ['text/plain (what a cross-site fetch may send without asking)', 'text/plain'],
    ['text/plain with a charset', 'text/plain;charset=UTF-8'],
    ['an HTML form', 'application/x-www-form-urlencoded'],
    ['a multipart form', 'multipart/form-data; boundary=x'],
    ['a JSON look-alike', 'application/jsonp'],
  ])('refuses a body sent as %s with 415, and runs nothing', async (_label, type) => {
    const before = backend.snapshot()
    const answer = await post({ 'content-type': type })
    expect(answer.status).toBe(415)
    expect(answer.json()).toEqual(failureEnvelope('INVALID_ARGUMENT'))
    expect(backend.snapshot()).toEqual(before)
  })

  it('refuses a body without a content type', async () => {
    const before = backend.snapshot()
    const answer = await post({ 'content-length': String(Buffer.byteLength(read)) })
    expect(answer.status).toBe(415)
    expect(answer.json()).toEqual(failureEnvelope('INVALID_ARGUMENT'))
    expect(backend.snapshot()).toEqual(before)
  })

  it('runs an application/json body, with or without a charset', async () => {
    for (const type of ['application/json', 'application/json; charset=utf-8']) {
      const visits = backend.visits().length
      expect((await post({ 'content-type': type })).json()).toMatchObject({
        ok: true,
        data: { article: { id: 'article-0001' } },
      })
      expect(backend.visits()).toHaveLength(visits + 1)
    }
  })

  it.each(['GET', 'PUT', 'DELETE', 'OPTIONS'])('answers %s /api with 405 and the envelope', async (method) => {
    const answer = await rawRequest(origin, '/api', { method })
    expect(answer.status).toBe(405)
    expect(answer.headers.allow).toBe('POST')
    expect(answer.json()).toEqual(failureEnvelope('INVALID_ARGUMENT'))
  })

  it.each(['/api/articles', '/apix', '/api/', '/media/', '/media/missing.jpg', '/no-such-file.js'])(
    'answers an unknown path %s with 404 NOT_FOUND in the envelope',
    async (path) => {
      for (const method of ['GET', 'POST']) {
        const answer = await rawRequest(origin, path, { method, headers: { 'content-type': 'application/json' } })
        expect(answer.status).toBe(404)
        expect(answer.json()).toEqual(failureEnvelope('NOT_FOUND'))
      }
    },
  )

  it('serves the h5 app to a browser that navigates to a path it does not know, so the app can say so', async () => {
    const answer = await rawRequest(origin, '/pages/nope', { headers: { accept: 'text/html,application/xhtml+xml' } })
    expect(answer.status).toBe(404)
    expect(answer.headers['content-type']).toMatch(/^text\/html/)
    expect(answer.body.toString()).toBe(INDEX_HTML)
    expect((await rawRequest(origin, '/')).body.toString()).toBe(INDEX_HTML)
  })

  it.each(['/%E0%A4%A', '/api%', '/media/%ZZ', '/%c0%ae%c0%ae/'])(
    'answers the malformed URL %s with 400 and the envelope',
    async (path) => {
      const answer = await rawRequest(origin, path)
      expect(answer.status).toBe(400)
      expect(answer.json()).toEqual(failureEnvelope('INVALID_ARGUMENT'))
    },
  )

  it('answers a request HTTP cannot parse with 400 and the envelope', async () => {
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(Number(new URL(origin).port), '127.0.0.1', () => socket.write('NONSENSE\r\n\r\n'))
      let text = ''
      socket.on('data', (chunk: Buffer) => (text += chunk.toString()))
      socket.on('close', () => resolve(text))
    })
    expect(reply).toMatch(/^HTTP\/1\.1 400/)
    expect(JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4))).toEqual(failureEnvelope('INVALID_ARGUMENT'))
  })

  it('closes connections that stall: silent, mid-headers or mid-body, with 408 in the envelope', async () => {
    const stalls = [
      '',
      'POST /api HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n',
      'POST /api HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"action":',
    ]
    const sockets = Array.from({ length: 60 }, (_, n) => stalls[n % stalls.length])
    const replies = await Promise.all(
      sockets.map(
        (opening) =>
          new Promise<string>((resolve) => {
            const socket = connect(Number(new URL(origin).port), '127.0.0.1', () => socket.write(opening))
            let text = ''
            socket.on('data', (chunk: Buffer) => (text += chunk.toString()))
            socket.on('close', () => resolve(text))
          }),
      ),
    )
    for (const reply of replies) {
      expect(reply).toMatch(/^HTTP\/1\.1 408/)
      expect(JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4))).toEqual(failureEnvelope('INVALID_ARGUMENT'))
    }
    expect((await post({ 'content-type': 'application/json' })).status).toBe(200)
  })
})
