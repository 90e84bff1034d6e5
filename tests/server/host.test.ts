import { imageSize } from 'image-size'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { BODY_LIMIT, createHost } from '../../server/dev/host'
import { createTestBackend, makeArticle, type TestBackend } from '../support/backend'

describe('the local host', () => {
  let backend: TestBackend
  let host: FastifyInstance
  const mediaRoot = mkdtempSync(join(tmpdir(), 'wtt-media-'))
  writeFileSync(join(mediaRoot, 'cotton.jpg'), 'jpeg bytes')

  beforeAll(async () => {
    backend = await createTestBackend({ articles: [makeArticle(1), makeArticle(2)] })
    host = await createHost({ store: backend.store, mediaRoot })
  })
  afterAll(async () => {
    await host.close()
    await backend.close()
    rmSync(mediaRoot, { recursive: true, force: true })
  })

  const post = (payload: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    host.inject({ method: 'POST', url: '/api', payload, headers })

  it('answers an action with 200 and the envelope', async () => {
    const response = await post(JSON.stringify({ action: 'articles.list', payload: { pageSize: 1 } }))
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ ok: true, data: { items: [{ id: 'article-0002' }] } })
  })

  it('maps error codes to the contract’s statuses', async () => {
    const missing = await post(JSON.stringify({ action: 'articles.get', payload: { id: 'nope' } }))
    expect(missing.statusCode).toBe(404)
    expect(missing.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })

    const invalid = await post(JSON.stringify({ action: 'articles.list', payload: { pageSize: 0 } }))
    expect(invalid.statusCode).toBe(400)
    expect(invalid.json()).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
  })

  it.each([
    ['malformed JSON', '{"action": '],
    ['an empty body', ''],
    ['an unknown action', JSON.stringify({ action: 'drop.tables', payload: {} })],
    ['JSON that is not an object', '"articles.list"'],
  ])('answers %s with 400 INVALID_ARGUMENT', async (_label, body) => {
    const response = await post(body)
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: expect.any(String) },
    })
  })

  it('answers a body over its limit with 413, then keeps serving', async () => {
    const huge = JSON.stringify({ action: 'articles.list', payload: { pad: 'x'.repeat(BODY_LIMIT) } })
    const response = await post(huge)
    expect(response.statusCode).toBe(413)
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect((await post(JSON.stringify({ action: 'categories.list', payload: {} }))).statusCode).toBe(200)
  })

  it('takes the dev identity from x-wtt-openid and rejects a malformed one', async () => {
    const ok = await post(JSON.stringify({ action: 'articles.get', payload: { id: 'article-0001' } }), {
      'content-type': 'application/json',
      'x-wtt-openid': 'dev-reader_1',
    })
    expect(ok.statusCode).toBe(200)
    expect(backend.visits().at(-1)).toMatchObject({ openid: 'dev-reader_1' })

    const bad = await post(JSON.stringify({ action: 'categories.list', payload: {} }), {
      'content-type': 'application/json',
      'x-wtt-openid': 'not an id!',
    })
    expect(bad.statusCode).toBe(400)
  })

  // Paths that try to leave the folder are sent raw in host-media.test.ts: inject normalises them.
  it('serves media files and 404s the rest', async () => {
    expect((await host.inject({ url: '/media/cotton.jpg' })).body).toBe('jpeg bytes')
    expect((await host.inject({ url: '/media/wool.jpg' })).statusCode).toBe(404)
  })
})

describe('the local host’s thumbnails', () => {
  let backend: TestBackend
  let host: FastifyInstance
  const mediaRoot = mkdtempSync(join(tmpdir(), 'wtt-thumbs-'))
  copyFileSync(join(__dirname, '../../server/dev/seed/media/cotton-field.jpg'), join(mediaRoot, 'cotton-field.jpg'))

  beforeAll(async () => {
    backend = await createTestBackend()
    host = await createHost({ store: backend.store, mediaRoot })
  })
  afterAll(async () => {
    await host.close()
    await backend.close()
    rmSync(mediaRoot, { recursive: true, force: true })
  })

  it('serves a media image resized to an allowed width or cropped cover size, and refuses other sizes and names', async () => {
    const thumb = await host.inject({ url: '/media/w/360/cotton-field.jpg' })
    expect(thumb.statusCode).toBe(200)
    expect(imageSize(thumb.rawPayload)).toMatchObject({ width: 360, height: 240 })
    expect((await host.inject({ url: '/media/w/361/cotton-field.jpg' })).statusCode).toBe(404)
    expect((await host.inject({ url: '/media/w/360/..%2Fsecret.jpg' })).statusCode).toBe(404)
    expect((await host.inject({ url: '/media/w/360/missing.jpg' })).statusCode).toBe(404)

    // A chat card's cover: cropped to 5:4, not squeezed.
    const cover = await host.inject({ url: '/media/c/500x400/cotton-field.jpg' })
    expect(cover.statusCode).toBe(200)
    expect(imageSize(cover.rawPayload)).toMatchObject({ width: 500, height: 400 })
    expect((await host.inject({ url: '/media/c/500x401/cotton-field.jpg' })).statusCode).toBe(404)
    expect((await host.inject({ url: '/media/w/500x400/cotton-field.jpg' })).statusCode).toBe(404)
    expect((await host.inject({ url: '/media/c/360/cotton-field.jpg' })).statusCode).toBe(404)
  })
})
