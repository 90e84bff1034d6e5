import postcss from 'postcss'
import type { ReactElement } from 'react'
import { compile } from 'sass'
import ArticleBody from '../../src/components/ArticleBody'
import type { Block } from '../../src/contract/models'
import { FONT_SIZES, loadFontSize, saveFontSize, type FontSize } from '../../src/device/fontSize'

const mockStorage = new Map<string, string>()
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getStorageSync: (key: string) => (mockStorage.has(key) ? JSON.parse(mockStorage.get(key) as string) : ''),
    setStorageSync: (key: string, value: unknown) => mockStorage.set(key, JSON.stringify(value)),
  },
}))
// Taro's components as the tags they stand for, and no stylesheet import: ArticleBody outside a mini-program.
jest.mock('@tarojs/components', () => ({ View: 'div', Text: 'span', Image: 'img' }))
jest.mock('../../src/components/ArticleBody/index.scss', () => ({}))

const KEY = 'wtt:font-size'
const STYLESHEET = 'src/components/ArticleBody/index.scss'

beforeEach(() => mockStorage.clear())

describe('font size setting', () => {
  it('is 标准 until the reader chooses, then kept across launches', () => {
    expect(loadFontSize()).toBe('standard')
    saveFontSize('xlarge')
    expect(loadFontSize()).toBe('xlarge')
    saveFontSize('large')
    expect(loadFontSize()).toBe('large')
  })

  it.each([
    ['an unknown size', 'huge'],
    ['a number', 42],
    ['an object', { size: 'large' }],
    ['not JSON', '{'],
  ])('reads %s in storage as 标准', (_label, stored) => {
    mockStorage.set(KEY, typeof stored === 'string' && stored === '{' ? stored : JSON.stringify(stored))
    expect(loadFontSize()).toBe('standard')
  })

  it('offers 标准 / 大 / 特大', () => {
    expect(FONT_SIZES.map((size) => size.label)).toEqual(['标准', '大', '特大'])
  })
})

describe('ArticleBody at each font size', () => {
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: '采收现场' },
    { type: 'paragraph', spans: [{ text: '今年的机采棉比例继续提高。' }] },
  ]
  /** The body's font size in design px, as the compiled stylesheet gives it to the classes rendered. */
  function bodySize(size: FontSize | undefined): number {
    // ArticleBody holds no hooks: called as a function, it gives its root element.
    const root = ArticleBody(size ? { blocks, fontSize: size } : { blocks }) as ReactElement<{ className: string }>
    const classes = root.props.className.split(' ')
    let px = NaN
    postcss.parse(compile(STYLESHEET).css).walkRules((rule) => {
      if (!classes.some((name) => rule.selector === `.${name}`)) return
      rule.walkDecls('font-size', (decl) => void (px = parseFloat(decl.value)))
    })
    return px
  }

  it.each([
    [undefined, 34],
    ['standard', 34],
    ['large', 38],
    ['xlarge', 42],
  ] as const)('%s sets the body at %i design px (17 / 19 / 21 px on a phone)', (size, px) => {
    expect(bodySize(size)).toBe(px)
  })

  it('sizes headings and captions relative to the body, so that they grow with it', () => {
    const sizes: Record<string, string> = {}
    postcss.parse(compile(STYLESHEET).css).walkRules((rule) => {
      rule.walkDecls('font-size', (decl) => void (sizes[rule.selector] = decl.value))
    })
    for (const selector of ['.article-body__heading--2', '.article-body__heading--3', '.article-body__caption'])
      expect(sizes[selector]).toMatch(/^[\d.]+em$/)
    expect(parseFloat(sizes['.article-body__heading--2'])).toBeGreaterThan(1)
  })
})
