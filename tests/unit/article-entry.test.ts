import { articleEntryOf } from '../../src/utils/articleTarget'

const ID = 'cotton-futures-weekly-1107'
const CODE = 'Expo2026A12'

describe('articleEntryOf: what an article page asks for', () => {
  test('a card or a share: the id', () => {
    expect(articleEntryOf({ id: ID })).toEqual({ target: { id: ID } })
  })

  test.each([
    ['a scene that is no code', { scene: '<script>alert(1)</script>' }],
    ['a broken encoding in scene', { scene: '%E4%ZZ%' }],
    ['an empty scene', { scene: '' }],
    ['a channel that is no code', { channel: '../../etc' }],
    ['both, junk', { scene: 'x'.repeat(300), channel: '%%' }],
  ])('a valid id beside %s opens its article', (_label, junk) => {
    expect(articleEntryOf({ id: ID, ...junk })).toEqual({ target: { id: ID } })
  })

  test.each([
    ['the bare code', CODE],
    ['c=<code>, URL-encoded', encodeURIComponent(`c=${CODE}`)],
    ['encoded twice', encodeURIComponent(encodeURIComponent(`c=${CODE}`))],
  ])('a scanned code (%s) asks by channel', (_label, scene) => {
    expect(articleEntryOf({ scene })).toEqual({ target: { channel: CODE }, code: scene })
  })

  test('the home list forwarding a code: the channel first, the id if the channel leads nowhere', () => {
    expect(articleEntryOf({ id: ID, channel: CODE })).toEqual({
      target: { channel: CODE },
      fallbackId: ID,
      code: CODE,
    })
  })

  test('a valid channel with no id still opens by channel', () => {
    expect(articleEntryOf({ channel: CODE })).toEqual({ target: { channel: CODE }, code: CODE })
  })

  test('a scene wins over a channel: it is what was scanned', () => {
    expect(articleEntryOf({ scene: CODE, channel: 'Other1' }).target).toEqual({ channel: CODE })
  })

  test.each([
    ['a malformed scene', { scene: '%E4%ZZ%' }, '%E4%ZZ%'],
    ['a malformed channel', { channel: 'not a code!' }, 'not a code!'],
    ['a malformed scene and an invalid id', { scene: '<b>', id: '<script>' }, '<b>'],
  ])('%s and no valid id: a code that leads nowhere (home list, told so)', (_label, query, code) => {
    expect(articleEntryOf(query)).toEqual({ target: null, code })
  })

  test.each([
    ['nothing', {}],
    ['an invalid id', { id: '<script>'.repeat(40) }],
  ])('%s: 文章不存在, no code involved', (_label, query) => {
    expect(articleEntryOf(query)).toEqual({ target: null, code: undefined })
  })
})
