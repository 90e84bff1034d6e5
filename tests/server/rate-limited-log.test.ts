import { rateLimitedLog } from '../../server/core/rate-limited-log'
import { createTestBackend } from '../support/backend'

describe('a rate-limited log', () => {
  function clockedLog(limit: number) {
    let time = Date.parse('2026-11-27T10:00:00Z')
    const lines: unknown[][] = []
    const log = rateLimitedLog({ limit, windowMs: 60_000, write: (...args) => lines.push(args), now: () => time })
    return { log, lines, advance: (ms: number) => (time += ms) }
  }

  it('writes the first lines of a minute, counts the rest, and says how many it left out', () => {
    const { log, lines, advance } = clockedLog(3)
    for (let n = 1; n <= 10; n++) log('[test] noisy', n)
    expect(lines).toEqual([
      ['[test] noisy', 1],
      ['[test] noisy', 2],
      ['[test] noisy', 3],
    ])

    advance(60_000)
    log('[test] noisy', 11)
    expect(lines.slice(3)).toEqual([
      ['[test] noisy', '(7 more not logged since 2026-11-27T10:00:00.000Z)'],
      ['[test] noisy', 11],
    ])
  })

  it('keeps a window per label, so one noisy warning does not silence another', () => {
    const { log, lines } = clockedLog(1)
    log('[a]', 1)
    log('[a]', 2)
    log('[b]', 1)
    expect(lines).toEqual([
      ['[a]', 1],
      ['[b]', 1],
    ])
  })
})

describe('channels.resolve under a flood of forged scenes', () => {
  it('logs at most ten of them a minute', async () => {
    const backend = await createTestBackend()
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      for (let n = 0; n < 200; n++)
        expect(await backend.data('channels.resolve', { scene: `forged-${n}` })).toEqual({ page: 'home' })
      expect(warn.mock.calls.length).toBeGreaterThan(0)
      expect(warn.mock.calls.length).toBeLessThanOrEqual(10)
    } finally {
      warn.mockRestore()
      await backend.close()
    }
  })
})
