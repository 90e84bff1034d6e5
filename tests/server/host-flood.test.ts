import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { BODY_LIMIT, createHost } from '../../server/dev/host'
import { createTestBackend, makeArticle, type TestBackend } from '../support/backend'

jest.setTimeout(120_000)

const REQUESTS = 10_000
const CONCURRENCY = 64

/** The n-th malformed request: bad JSON, wrong types, unknown actions, bodies over the limit. */
function malformed(n: number): { body: string; headers?: Record<string, string> } {
  const kinds = [
    () => ({ body: '{"action": "articles.list", "payload": ' }),
    () => ({ body: 'null' }),
    () => ({ body: '[]' }),
    () => ({ body: JSON.stringify({ action: 42, payload: {} }) }),
    () => ({ body: JSON.stringify({ action: 'articles.get', payload: { id: ['x'] } }) }),
    () => ({ body: JSON.stringify({ action: 'articles.list', payload: { pageSize: 'abc' } }) }),
    () => ({ body: JSON.stringify({ action: 'articles.list', payload: { cursor: 'forged' } }) }),
    () => ({ body: JSON.stringify({ action: 'no.such.action', payload: {} }) }),
    () => ({ body: JSON.stringify({ action: 'categories.list', payload: 'x' }) }),
    () => ({ body: '\u0000\u0001\u0002' }),
    () => ({ body: JSON.stringify({ action: 'categories.list', payload: {} }), headers: { 'x-wtt-openid': '!!' } }),
  ]
  // One request in a hundred is over the body limit.
  if (n % 100 === 99) return { body: JSON.stringify({ action: 'articles.list', pad: 'x'.repeat(BODY_LIMIT + 1) }) }
  return kinds[n % kinds.length]()
}

describe('the local host under 10 000 malformed requests', () => {
  let backend: TestBackend
  let host: FastifyInstance
  let url: string
  const mediaRoot = mkdtempSync(join(tmpdir(), 'wtt-media-'))

  beforeAll(async () => {
    backend = await createTestBackend({ articles: [makeArticle(1)] })
    host = await createHost({ store: backend.store, mediaRoot })
    url = `${await host.listen({ port: 0, host: '127.0.0.1' })}/api`
  })
  afterAll(async () => {
    await host.close()
    await backend.close()
    rmSync(mediaRoot, { recursive: true, force: true })
  })

  it('answers each with 400 or 413, writes nothing, and still serves', async () => {
    const before = backend.snapshot()
    const statuses = new Map<number, number>()
    let next = 0
    const worker = async () => {
      while (next < REQUESTS) {
        const { body, headers } = malformed(next++)
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body,
        })
        await response.arrayBuffer()
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))

    expect([...statuses.keys()].sort()).toEqual([400, 413])
    expect(statuses.get(413)).toBe(REQUESTS / 100)
    expect(backend.snapshot()).toEqual(before)

    const healthy = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'articles.list', payload: {} }),
    })
    expect(healthy.status).toBe(200)
    expect(await healthy.json()).toMatchObject({ ok: true, data: { items: [{ id: 'article-0001' }] } })
  })
})
