import * as fc from 'fast-check'
import type { Block, Span } from '../../../src/contract/models'
import { convertHtml } from '../../../server/import/html/convert'
import { forbiddenIn } from './helpers'

const TAGS = [
  ...['p', 'div', 'section', 'span', 'b', 'strong', 'em', 'a', 'img', 'br', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h6'],
  ...['blockquote', 'figure', 'figcaption', 'table', 'tr', 'td', 'font', 'mpvoice', 'x-unknown'],
  ...['script', 'SCRIPT', 'ScRiPt', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'textarea', 'svg', 'math'],
  ...['noscript', 'template', 'title', 'base', 'meta', 'xmp', 'frameset', 'video'],
]

/** Hostile values go where an attacker puts them: addresses, styles and event handlers. */
const HOSTILE_VALUES = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'jav&#x09;ascript:alert(1)',
  '&#106;avascript:alert(1)',
  'java\nscript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'mailto:javascript:alert(1)',
  // No `</script>` here: inside an unclosed <script> it would end the script, and
  // what follows it would be plain text, in a browser as here.
  '<script>alert(1)',
  '<img src=x onerror=alert(1)>',
  '" onerror="alert(1)',
  "' onload='alert(1)'",
  'x" onerror=alert(1) y="',
  'background:url(javascript:alert(1))',
]
const SAFE_VALUES = ['https://www.example.com/a', '//img.example.com/b.jpg', 'images/c.png']
const ADDRESS_ATTRIBUTES = [
  'href',
  'src',
  'data-src',
  'style',
  'onerror',
  'onload',
  'onclick',
  'formaction',
  'xlink:href',
]
const TEXT_ATTRIBUTES = ['alt', 'title', 'class', 'width', 'height', 'data-w', 'data-ratio']
const TEXT_VALUES = ['棉花', '羊绒 面料', '640', '0.75', 'caption', '']
const WORDS = ['纺织', '棉纱', 'cotton', ' ', '\n', '&nbsp;', '&amp;', '&#8203;', '。', '123']
const BROKEN = ['<', '</', '>', '"', "'", '=', '<!--', '-->', '<![CDATA[', ']]>', '<a href=', '<img src=', '&#', '<p']

/** Unquoted only where HTML allows it; a value with a space or `>` unquoted would end the tag and be text. */
const quoted = (value: string, quote: string) =>
  quote === '' && /[\s"'=<>`]/.test(value) ? `"${value}"` : `${quote}${value}${quote}`

const attribute = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...ADDRESS_ATTRIBUTES),
      fc.constantFrom(...HOSTILE_VALUES, ...SAFE_VALUES),
      fc.constantFrom('"', "'", ''),
    )
    .map(([name, value, quote]) => ` ${name}=${quoted(value, quote)}`),
  fc
    .tuple(fc.constantFrom(...TEXT_ATTRIBUTES), fc.constantFrom(...TEXT_VALUES))
    .map(([name, value]) => ` ${name}="${value}"`),
)

const openTag = fc
  .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 4 }), fc.boolean())
  .map(([tag, attributes, selfClosing]) => `<${tag}${attributes.join('')}${selfClosing ? ' /' : ''}>`)
const closeTag = fc.constantFrom(...TAGS).map((tag) => `</${tag}>`)
const word = fc.constantFrom(...WORDS)
/** Active content that a dropped element must swallow whole. */
const script = fc.constantFrom(...HOSTILE_VALUES).map((value) => `<script>${value}</script>`)

/** Whole tags in any order: unclosed, stray and misnested, but each one a tag. */
const tagSoup = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: openTag },
      { weight: 3, arbitrary: closeTag },
      { weight: 4, arbitrary: word },
      { weight: 1, arbitrary: script },
    ),
    {
      maxLength: 80,
    },
  )
  .map((tokens) => tokens.join(''))

/**
 * Tag soup with fragments of tags too. Here a `<script>` can stop being a
 * tag (`<p<script>` is one element named `p<script`, as in a browser) and its
 * content is then shown as plain text; so only addresses are checked.
 */
const brokenSoup = fc
  .array(fc.oneof(openTag, closeTag, word, script, fc.constantFrom(...BROKEN)), { maxLength: 80 })
  .map((tokens) => tokens.join(''))

const wellFormedSpans = (spans: Span[]) =>
  spans.length > 0 &&
  spans.every((span) => span.text.length > 0 && (span.href === undefined || /^https?:/.test(span.href)))

function wellFormed(block: Block) {
  switch (block.type) {
    case 'heading':
      return (block.level === 2 || block.level === 3) && block.text.length > 0
    case 'paragraph':
    case 'quote':
      return wellFormedSpans(block.spans)
    case 'list':
      return block.items.length > 0 && block.items.every(wellFormedSpans)
    case 'image':
      return block.src.length > 0
  }
}

const addresses = (blocks: Block[]) =>
  blocks.flatMap((block) => {
    if (block.type === 'image') return [block.src]
    const spans = block.type === 'list' ? block.items.flat() : block.type === 'heading' ? [] : block.spans
    return spans.flatMap((span) => (span.href ? [span.href] : []))
  })

describe('the HTML converter on random hostile markup', () => {
  it('lets nothing active through into any field, never throws, and gives well-formed blocks', () => {
    fc.assert(
      fc.property(tagSoup, (html) => {
        const { blocks } = convertHtml(html)
        expect(forbiddenIn(blocks)).toEqual([])
        expect(blocks.filter((block) => !wellFormed(block))).toEqual([])
      }),
      { numRuns: 1000 },
    )
  })

  it('with broken tags as well, never throws and keeps every link and image address safe', () => {
    fc.assert(
      fc.property(brokenSoup, (html) => {
        const { blocks } = convertHtml(html)
        expect(forbiddenIn(addresses(blocks))).toEqual([])
        expect(blocks.filter((block) => !wellFormed(block))).toEqual([])
      }),
      { numRuns: 1000 },
    )
  })
})
