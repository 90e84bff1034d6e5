import * as fc from 'fast-check'
import type { Action, ErrorCode } from '../../src/contract/api'
import { ADMIN, STORE_KINDS } from '../support/backend'
import { commentWorld, READERS, type CommentWorld } from '../support/comments'

const ACTIONS: Action[] = [
  'comments.list',
  'comments.add',
  'comments.delete',
  'comments.like',
  'comments.report',
  'admin.comments.list',
  'admin.comments.moderate',
]

const REFUSALS: ErrorCode[] = ['INVALID_ARGUMENT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'RATE_LIMITED']

describe.each(STORE_KINDS)('random and hostile comment payloads on %s', (kind) => {
  let world: CommentWorld
  let commentIds: string[]
  beforeAll(async () => {
    world = await commentWorld(kind)
    const selected = await world.selected('已精选的留言', 'bob')
    const pending = await world.write('待精选的留言', 'alice')
    commentIds = [selected.id, pending.id]
  })
  afterAll(() => world.backend.close())

  const value = () =>
    fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme', maxLength: 600 }),
      fc.constantFrom(
        ...commentIds,
        'article-0001',
        'no-such-id',
        '',
        ' ',
        '<script>alert(1)</script>',
        '违规测试',
        '待审测试',
        '\u202E\u0000',
        'a'.repeat(20_000),
        'select',
        'hide',
        'reported',
        '__proto__',
      ),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom({ $gt: '' }, { $ne: null }, [1, 2]),
      fc.anything({ maxDepth: 2 }),
    )
  const payload = () =>
    fc.oneof(
      fc.dictionary(
        fc.constantFrom('id', 'articleId', 'text', 'reason', 'reply', 'action', 'status', 'cursor', 'pageSize'),
        value(),
        { maxKeys: 4 },
      ),
      fc.anything({ maxDepth: 3 }),
    )
  const caller = fc.constantFrom<string | null>(null, READERS.alice.openid, READERS.carol.openid, ADMIN)

  it.each(ACTIONS)('%s answers only the contract, never throws, and a refusal writes nothing', async (action) => {
    await fc.assert(
      fc.asyncProperty(payload(), caller, async (body, openid) => {
        const before = world.backend.snapshot()
        const answer = await world.backend.call(action, body, openid)
        if (answer.ok) return
        expect(REFUSALS).toContain(answer.error.code)
        expect(answer.error.message).toMatch(/[\u4e00-\u9fff]/)
        expect(world.backend.snapshot()).toEqual(before)
      }),
      { numRuns: 100 },
    )
  })
})
