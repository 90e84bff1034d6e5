import type { FastifyInstance } from 'fastify'
import { imageSize } from 'image-size'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHost } from '../../server/dev/host'
import { createTestBackend, type TestBackend } from '../support/backend'
import { failureEnvelope, rawRequest } from '../support/raw-http'

// Real sockets and sharp on a busy 2-core machine.
jest.setTimeout(60_000)

// Counts the resizes the host starts: many first requests at once must share one.
const mockResizes = { count: 0 }
jest.mock('sharp', () => {
  const actual = jest.requireActual<typeof import('sharp')>('sharp')
  return (...args: Parameters<typeof actual>) => {
    mockResizes.count++
    return actual(...args)
  }
})

const SECRET = 'secret outside the media folder'
const PHOTO = join(__dirname, '../../server/dev/seed/media/cotton-field.jpg')

/**
 * A data folder laid out as the host's, with things that must never be
 * served beside it: a secret file and an image outside `media/`, reached
 * through symlinks planted inside it.
 */
function plantedDataDir() {
  const dir = mkdtempSync(join(tmpdir(), 'wtt-media-'))
  const mediaRoot = join(dir, 'media')
  const outside = join(dir, 'outside')
  mkdirSync(mediaRoot)
  mkdirSync(outside)
  writeFileSync(join(dir, 'secret.txt'), SECRET)
  writeFileSync(join(outside, 'secret.txt'), SECRET)
  copyFileSync(PHOTO, join(outside, 'private.jpg'))
  copyFileSync(PHOTO, join(mediaRoot, 'cotton.jpg'))
  writeFileSync(join(mediaRoot, 'note.txt'), 'inside')
  symlinkSync(join(dir, 'secret.txt'), join(mediaRoot, 'link.txt'))
  symlinkSync(join(outside, 'private.jpg'), join(mediaRoot, 'private.jpg'))
  symlinkSync(outside, join(mediaRoot, 'elsewhere'))
  symlinkSync(join(mediaRoot, 'cotton.jpg'), join(mediaRoot, 'alias.jpg'))
  return { dir, mediaRoot }
}

describe('the local host’s media, asked for with raw paths', () => {
  let backend: TestBackend
  let host: FastifyInstance
  let origin: string
  const { dir, mediaRoot } = plantedDataDir()

  beforeAll(async () => {
    backend = await createTestBackend()
    host = await createHost({ store: backend.store, mediaRoot })
    origin = await host.listen({ port: 0, host: '127.0.0.1' })
  })
  afterAll(async () => {
    await host.close()
    await backend.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('serves what is inside the media folder, a link to a file inside it included', async () => {
    expect((await rawRequest(origin, '/media/note.txt')).body.toString()).toBe('inside')
    const alias = await rawRequest(origin, '/media/alias.jpg')
    expect(alias.status).toBe(200)
    expect(imageSize(alias.body)).toMatchObject({ width: 1080 })
  })

  it.each([
    '/media/../secret.txt',
    '/media/..%2fsecret.txt',
    '/media/..%2Fsecret.txt',
    '/media/%2e%2e/secret.txt',
    '/media/%2e%2e%2fsecret.txt',
    '/media/%2E%2E%2Fsecret.txt',
    '/media/%252e%252e%252fsecret.txt',
    '/media/..%252fsecret.txt',
    '/media/..\\secret.txt',
    '/media/..%5csecret.txt',
    '/media/%5c..%5csecret.txt',
    '/media/.%2e/secret.txt',
    '/media//../secret.txt',
    '/media/elsewhere/../../secret.txt',
    '/media/note.txt/../../secret.txt',
    '/media/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/media/..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc/passwd',
    '/media/%c0%ae%c0%ae/secret.txt',
    '/media/secret.txt%00.jpg',
    '/media/link.txt',
    '/media/private.jpg',
    '/media/elsewhere/secret.txt',
    '/media/elsewhere/private.jpg',
    '/media/elsewhere%2fsecret.txt',
    '/media/w/360/private.jpg',
    '/media/c/500x400/private.jpg',
    '/media/w/360/..%2fsecret.txt',
    '/media/w/360/..%2f..%2foutside%2fprivate.jpg',
    `/media/${'..%2f'.repeat(3)}${encodeURIComponent(dir.slice(1))}%2fsecret.txt`,
  ])('never serves a file outside the folder for %s', async (path) => {
    const answer = await rawRequest(origin, path)
    expect(answer.body.toString()).not.toContain(SECRET)
    expect(answer.body.toString()).not.toMatch(/root:.*:0:0:/)
    expect([400, 404]).toContain(answer.status)
    expect(answer.json()).toEqual(failureEnvelope(answer.status === 404 ? 'NOT_FOUND' : 'INVALID_ARGUMENT'))
  })
})

describe('the local host’s thumbnails', () => {
  let backend: TestBackend
  let host: FastifyInstance
  let origin: string
  const { dir, mediaRoot } = plantedDataDir()
  writeFileSync(join(mediaRoot, 'broken.jpg'), 'these bytes are no image')
  writeFileSync(join(mediaRoot, 'truncated.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))

  beforeAll(async () => {
    backend = await createTestBackend()
    host = await createHost({ store: backend.store, mediaRoot })
    origin = await host.listen({ port: 0, host: '127.0.0.1' })
  })
  beforeEach(() => {
    mockResizes.count = 0
  })
  afterAll(async () => {
    await host.close()
    await backend.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('makes one copy for many first requests at once, and every one of them gets it', async () => {
    const sizes = ['240', '360', '480', '720'] as const
    const answers = await Promise.all(
      Array.from({ length: 240 }, (_, n) => rawRequest(origin, `/media/w/${sizes[n % sizes.length]}/cotton.jpg`)),
    )
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200))
    answers.forEach((answer, n) => {
      expect(imageSize(answer.body).width).toBe(Number(sizes[n % sizes.length]))
    })
    expect(mockResizes.count).toBe(sizes.length)
    for (const size of sizes) expect(readdirSync(join(mediaRoot, '.thumbs', size))).toEqual(['cotton.jpg'])
  })

  it.each(['broken.jpg', 'truncated.jpg'])(
    'serves the original of an image it cannot decode (%s), never a 500',
    async (name) => {
      const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
      try {
        const answers = await Promise.all([1, 2, 3].map(() => rawRequest(origin, `/media/w/360/${name}`)))
        for (const answer of answers) {
          expect(answer.status).toBe(200)
          expect(answer.body.length).toBeGreaterThan(0)
        }
        expect(readdirSync(join(mediaRoot, '.thumbs', '360')).filter((file) => file.includes(name))).toEqual([])
      } finally {
        warn.mockRestore()
      }
    },
  )
})
