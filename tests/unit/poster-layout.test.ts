import * as fc from 'fast-check'
import { layoutPoster, type PosterInput, type PosterOp } from '../../src/utils/posterLayout'
import { CLOSERS, ELLIPSIS, OPENERS, wrapText, type MeasureText, type PosterFont } from '../../src/utils/posterLines'

/** A canvas's measureText stand-in: Latin letters and digits half as wide as a Chinese character. */
const measure: MeasureText = (text, font) =>
  Array.from(text).reduce((width, char) => width + (/[\x20-\x7e]/.test(char) ? 0.55 : 1) * font.size, 0)

const FONT: PosterFont = { size: 20, bold: false }
const CANVAS = { width: 600, height: 1000 }
const LONG_TITLE =
  '新疆阿克苏长绒棉机采率突破九成，轧花厂开足马力迎接新棉上市，纺织企业纷纷前来订货，价格走势引发市场广泛关注与讨论'
const LONG_SUMMARY =
  '今年阿克苏地区棉花种植面积稳中有增，机采棉比例继续提高。记者在多家轧花厂看到，新棉加工线满负荷运转，' +
  '企业负责人表示，今年的棉花品质好于往年，马克隆值和长度指标都较为理想，下游纺纱企业的订单也比去年同期明显增加。'

const input = (overrides: Partial<PosterInput> = {}): PosterInput => ({
  canvas: CANVAS,
  article: { title: LONG_TITLE, summary: LONG_SUMMARY, source: '中国纺织报' },
  cover: { src: 'cover.jpg', width: 1200, height: 800 },
  code: { size: 150, src: 'code.png' },
  ...overrides,
})

type TextOp = Extract<PosterOp, { kind: 'text' }>
const texts = (ops: PosterOp[]) => ops.filter((op): op is TextOp => op.kind === 'text')
/** The text lines drawn in a given style, in order. */
const linesIn = (ops: PosterOp[], size: number, bold: boolean) =>
  texts(ops)
    .filter((op) => op.font.size === size && op.font.bold === bold)
    .map((op) => op.text)

/** Where a text op actually paints, from its alignment and the measured width. */
function textBox(op: TextOp) {
  const width = measure(op.text, op.font)
  const left = op.align === 'center' ? op.x - width / 2 : op.x
  return { x: left, y: op.y, width, height: op.font.size }
}

function imageOf(ops: PosterOp[], src: string) {
  const image = ops.find((op) => op.kind === 'image' && op.src === src)
  if (image?.kind !== 'image') throw new Error(`no image ${src}`)
  return image
}

function boxOf(op: PosterOp) {
  return op.kind === 'text' ? textBox(op) : op
}

describe('wrapText', () => {
  test('keeps a short text on one line, untouched', () => {
    expect(wrapText('棉花价格', FONT, 200, 3, measure)).toEqual(['棉花价格'])
  })

  test('breaks Chinese between characters, filling each line', () => {
    // 10 characters of 20 fit in 200.
    expect(wrapText('一二三四五六七八九十甲乙丙', FONT, 200, 3, measure)).toEqual(['一二三四五六七八九十', '甲乙丙'])
  })

  test('ends the last allowed line with an ellipsis when text is left over, still within the width', () => {
    const lines = wrapText('一二三四五六七八九十'.repeat(5), FONT, 200, 2, measure)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toBe('一二三四五六七八九十')
    expect(lines[1]).toBe('一二三四五六七八九…')
    for (const line of lines) expect(measure(line, FONT)).toBeLessThanOrEqual(200)
  })

  test('keeps a Latin word whole and does not start a line with a space', () => {
    const lines = wrapText('展会 ITMA ASIA 开幕', FONT, 120, 3, measure)
    expect(lines.join('|')).toBe('展会 ITMA|ASIA 开幕')
  })

  test('cuts a word longer than the line rather than overflowing', () => {
    const lines = wrapText('https://example.com/very/long/path', FONT, 100, 5, measure)
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) expect(measure(line, FONT)).toBeLessThanOrEqual(100)
  })

  test('gives no lines when none are allowed', () => {
    expect(wrapText('棉花', FONT, 200, 0, measure)).toEqual([])
  })
})

describe('wrapText: Chinese line breaking', () => {
  /** Lines of `chars` Chinese characters' width, at most `maxLines`. */
  const wrap = (text: string, chars: number, maxLines = 5) => wrapText(text, FONT, chars * FONT.size, maxLines, measure)

  test('never starts a line with closing punctuation: the last character before it comes along', () => {
    // Filled naively: 棉价上涨|，纱价跟|涨。
    expect(wrap('棉价上涨，纱价跟涨。', 4)).toEqual(['棉价上', '涨，纱价', '跟涨。'])
    // Runs of closers, and the ellipsis and dash marks, stay together with what they follow.
    expect(wrap('产量创新高。」他说', 5)).toEqual(['产量创新', '高。」他说'])
    expect(wrap('价格还会涨……吗', 5)).toEqual(['价格还会', '涨……吗'])
    expect(wrap('纺织业——一个老行业', 4)).toEqual(['纺织', '业——一', '个老行业'])
  })

  test('never ends a line with opening punctuation: it moves down with what it opens', () => {
    // Filled naively: 今年产量（|万吨）
    expect(wrap('今年产量（万吨）', 5)).toEqual(['今年产量', '（万吨）'])
    expect(wrap('详见四月《纺织报》', 5)).toEqual(['详见四月', '《纺织报》'])
  })

  test('applies the same rules to half-width punctuation beside Latin words', () => {
    expect(wrapText('Cotton rose (again), yarn too.', FONT, 150, 5, measure)).toEqual([
      'Cotton rose',
      '(again), yarn',
      'too.',
    ])
  })

  test('keeps numbers and Latin words whole where they fit, with the marks that belong to them', () => {
    // Filled naively: 比去年增长3|5.5%，
    expect(wrap('比去年增长35.5%，', 6)).toEqual(['比去年增长', '35.5%，'])
    expect(wrap('新增产能1,200吨', 5)).toEqual(['新增产能', '1,200吨'])
    expect(wrap('ITMA-ASIA 展会开幕', 5)).toEqual(['ITMA-ASIA', '展会开幕'])
  })

  test('ends the last allowed line with …, never right after an opener', () => {
    expect(wrap('一二三（四五）六七八九', 5, 1)).toEqual(['一二三…'])
  })

  test('breaks against the rules only when a character and its punctuation are wider than the line', () => {
    const lines = wrap('棉。」', 2)
    expect(lines.join('')).toBe('棉。」')
    for (const line of lines) expect(measure(line, FONT)).toBeLessThanOrEqual(2 * FONT.size)
  })
})

describe('wrapText properties', () => {
  const cjk = fc.constantFrom(...Array.from('棉纱布价涨跌新疆阿克苏柯桥纺织服装印染'))
  const latin = fc.oneof(fc.stringMatching(/^[A-Za-z]{1,12}$/), fc.stringMatching(/^\d{1,6}(\.\d{1,2})?%?$/))
  const opener = fc.constantFrom(...OPENERS)
  const closer = fc.constantFrom(...CLOSERS)
  /** Text as articles have it: a character or a word with at most one opener before it and two closers after. */
  const articleText = fc
    .array(
      fc.tuple(
        fc.option(opener, { nil: '' }),
        fc.oneof({ weight: 3, arbitrary: cjk }, { weight: 1, arbitrary: latin }),
        fc.array(closer, { maxLength: 2 }).map((marks) => marks.join('')),
        fc.constantFrom('', '', '', ' '),
      ),
      { maxLength: 60 },
    )
    .map((pieces) => pieces.flat().join(''))
  /** Any text at all: punctuation runs of any length, spaces, emoji. */
  const anyText = fc.string({
    unit: fc.oneof(cjk, closer, opener, fc.constantFrom(' ', '\n', 'a', 'Z', '7', '.', '🧵', '😀')),
    maxLength: 120,
  })
  /** At least the widest group such text has: an opener, a character and two closers. */
  const widthInChars = fc.double({ min: 4, max: 40, noNaN: true })
  const maxLines = fc.integer({ min: 1, max: 6 })

  const withoutSpaces = (text: string) => text.replace(/\s/g, '')
  const first = (line: string) => Array.from(line)[0]
  const last = (line: string) => Array.from(line).at(-1) ?? ''

  /** Every line fits; the text is all there, or cut at the last allowed line with …. */
  function expectFitsAndKeepsText(text: string, lines: string[], width: number, cap: number) {
    for (const line of lines) {
      expect(measure(line, FONT)).toBeLessThanOrEqual(width)
      expect(line).toBe(line.trim())
      expect(line).not.toBe('')
    }
    const shown = withoutSpaces(lines.join(''))
    if (shown === withoutSpaces(text)) return
    expect(lines).toHaveLength(cap)
    expect(last(lines[lines.length - 1])).toBe(ELLIPSIS)
    expect(withoutSpaces(text).startsWith(shown.slice(0, -ELLIPSIS.length))).toBe(true)
  }

  test('no line starts with a closer or ends with an opener; every line fits; no text is lost but the cut', () => {
    fc.assert(
      fc.property(articleText, widthInChars, maxLines, (text, chars, cap) => {
        const width = chars * FONT.size
        const lines = wrapText(text, FONT, width, cap, measure)
        expectFitsAndKeepsText(text, lines, width, cap)
        for (let i = 1; i < lines.length; i++) {
          expect(CLOSERS.has(first(lines[i]))).toBe(false)
          expect(OPENERS.has(last(lines[i - 1]))).toBe(false)
        }
        const end = Array.from(lines.at(-1) ?? '')
        if (lines.length === cap && end.at(-1) === ELLIPSIS) expect(OPENERS.has(end.at(-2) ?? '')).toBe(false)
      }),
      { numRuns: 500 },
    )
  })

  test('whatever the text, every line fits and nothing is lost but the cut, down to a line one character wide', () => {
    fc.assert(
      fc.property(anyText, fc.double({ min: 1, max: 40, noNaN: true }), maxLines, (text, chars, cap) => {
        const width = chars * FONT.size
        expectFitsAndKeepsText(text, wrapText(text, FONT, width, cap, measure), width, cap)
      }),
      { numRuns: 500 },
    )
  })

  test('a line narrower than one character draws nothing rather than overflowing', () => {
    fc.assert(
      fc.property(anyText, fc.double({ min: 0, max: 0.5, noNaN: true }), maxLines, (text, chars, cap) => {
        for (const line of wrapText(text, FONT, chars * FONT.size, cap, measure))
          expect(measure(line, FONT)).toBeLessThanOrEqual(chars * FONT.size)
      }),
    )
  })
})

describe('layoutPoster', () => {
  test('wraps a long title to at most three lines, the last with an ellipsis', () => {
    const title = linesIn(layoutPoster(input(), measure), 40, true)
    expect(title).toHaveLength(3)
    expect(title[2].endsWith('…')).toBe(true)
    expect(title.join('').replace('…', '')).toBe(LONG_TITLE.slice(0, title.join('').length - 1))
  })

  test('shows a short title and summary whole, without an ellipsis', () => {
    const ops = layoutPoster(
      input({ article: { title: '棉价回升', summary: '新棉上市。', source: '梧桐台' } }),
      measure,
    )
    expect(linesIn(ops, 40, true)).toEqual(['棉价回升'])
    expect(linesIn(ops, 28, false)).toEqual(['新棉上市。'])
    expect(linesIn(ops, 24, false)[0]).toBe('来源：梧桐台')
  })

  test('wraps the summary to at most three lines, the last with an ellipsis', () => {
    const summary = linesIn(layoutPoster(input(), measure), 28, false)
    expect(summary).toHaveLength(3)
    expect(summary[2].endsWith('…')).toBe(true)
  })

  test('stacks cover, title, summary and source from the top, all above the foot', () => {
    const ops = layoutPoster(
      input({ article: { title: '棉价回升', summary: '新棉上市。', source: '梧桐台' } }),
      measure,
    )
    const cover = imageOf(ops, 'cover.jpg')
    const y = (text: string) => texts(ops).find((op) => op.text === text)?.y ?? NaN
    expect(cover).toMatchObject({ x: 0, y: 0, width: 600 })
    expect(y('棉价回升')).toBeGreaterThan(cover.height)
    expect(y('新棉上市。')).toBeGreaterThan(y('棉价回升'))
    expect(y('来源：梧桐台')).toBeGreaterThan(y('新棉上市。'))
    expect(y('来源：梧桐台') + 24).toBeLessThan(imageOf(ops, 'code.png').y)
  })

  test('crops the cover from its middle to the box, so that it is not distorted', () => {
    const ops = layoutPoster(input({ cover: { src: 'tall.jpg', width: 800, height: 1600 } }), measure)
    const cover = imageOf(ops, 'tall.jpg')
    if (!cover.crop) throw new Error('the cover is not cropped')
    expect(cover.crop.width / cover.crop.height).toBeCloseTo(cover.width / cover.height, 6)
    expect(cover.crop.x).toBe(0)
    expect(cover.crop.width).toBe(800)
    expect(cover.crop.y).toBeCloseTo((1600 - cover.crop.height) / 2, 6)
  })

  test('puts the code in the bottom-right corner, inside the margins, at the size asked for', () => {
    const ops = layoutPoster(input(), measure)
    expect(imageOf(ops, 'code.png')).toMatchObject({ width: 150, height: 150, x: 600 - 40 - 150, y: 1000 - 40 - 150 })
    expect(texts(ops).map((op) => op.text)).toContain('长按识别小程序码，阅读全文')
  })

  test('without a code, draws a placeholder with 梧桐台 and 扫码阅读 in the same corner, and no 长按识别', () => {
    const ops = layoutPoster(input({ code: { size: 150 } }), measure)
    expect(ops.some((op) => op.kind === 'image' && op.src !== 'cover.jpg')).toBe(false)
    const block = ops.find((op) => op.kind === 'rect' && op.border !== undefined)
    expect(block).toMatchObject({ x: 410, y: 810, width: 150, height: 150 })
    const inBlock = texts(ops)
      .filter((op) => op.x > 410 && op.y > 810)
      .map((op) => op.text)
    expect(inBlock).toEqual(['梧桐台', '扫码阅读'])
    expect(texts(ops).some((op) => op.text.includes('长按识别'))).toBe(false)
  })

  test.each([
    ['with a code', 'code.png'],
    ['without a code', undefined],
  ])('shows the foot’s lines whole, %s', (_label, src) => {
    const foot = texts(layoutPoster(input({ code: { size: 150, src } }), measure)).filter((op) => op.y > 800)
    expect(foot.length).toBeGreaterThanOrEqual(3)
    for (const op of foot) expect(op.text).not.toContain('…')
  })

  test('without a cover, opens with a band in the brand colour', () => {
    const ops = layoutPoster(input({ cover: undefined }), measure)
    expect(ops[1]).toMatchObject({ kind: 'rect', x: 0, y: 0, width: 600, color: '#2f6b4f' })
  })

  test('scales with the canvas: twice as wide, everything twice as big and twice as far', () => {
    const small = layoutPoster(input(), measure).map(boxOf)
    const large = layoutPoster(
      input({ canvas: { width: 1200, height: 2000 }, code: { size: 300, src: 'code.png' } }),
      measure,
    ).map(boxOf)
    expect(large).toHaveLength(small.length)
    large.forEach((box, i) => {
      for (const key of ['x', 'y', 'width', 'height'] as const) expect(box[key]).toBeCloseTo(small[i][key] * 2, 6)
    })
  })

  test('nothing leaves the canvas or runs into the code, whatever the size and the text', () => {
    const text = fc.string({
      unit: fc.constantFrom('棉', '纱', 'A', 'b', '7', ' ', '，', '…'),
      maxLength: 160,
      size: 'max',
    })
    fc.assert(
      fc.property(
        fc.integer({ min: 300, max: 1200 }),
        fc.double({ min: 1, max: 2, noNaN: true }),
        fc.integer({ min: 60, max: 400 }),
        fc.boolean(),
        fc.boolean(),
        text,
        text,
        fc.string({ maxLength: 40 }),
        (width, ratio, codeSize, withCode, withCover, title, summary, source) => {
          const canvas = { width, height: Math.round(width * ratio) }
          const ops = layoutPoster(
            {
              canvas,
              article: { title, summary, source },
              cover: withCover ? { src: 'cover.jpg', width: 1000, height: 700 } : undefined,
              code: { size: codeSize * (width / 600), src: withCode ? 'code.png' : undefined },
            },
            measure,
          )
          const code = ops[ops.length - (withCode ? 1 : 3)] as PosterOp & { kind: 'rect' | 'image' }
          const epsilon = 1e-6
          for (const op of ops) {
            const box = boxOf(op)
            expect(box.x).toBeGreaterThanOrEqual(-epsilon)
            expect(box.y).toBeGreaterThanOrEqual(-epsilon)
            expect(box.x + box.width).toBeLessThanOrEqual(canvas.width + epsilon)
            expect(box.y + box.height).toBeLessThanOrEqual(canvas.height + epsilon)
            const overlapsCode =
              box.x < code.x + code.width - epsilon &&
              box.x + box.width > code.x + epsilon &&
              box.y < code.y + code.height - epsilon &&
              box.y + box.height > code.y + epsilon
            const insideCode = box.x >= code.x - epsilon && box.x + box.width <= code.x + code.width + epsilon
            if (op.kind === 'text' && !insideCode) expect(overlapsCode).toBe(false)
          }
          // Title lines (left-aligned; the code's placeholder may happen to use the same font, centred).
          const titleLines = texts(ops).filter(
            (op) => op.align === 'left' && op.font.bold && op.font.size === 40 * (width / 600),
          )
          expect(titleLines.length).toBeLessThanOrEqual(3)
        },
      ),
      { numRuns: 300 },
    )
  })
})
