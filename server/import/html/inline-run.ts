import type { Span } from '../../../src/contract/models'
import { WHITESPACE_RUN, dropInvisible, isCjk, isCjkPunctuation } from './text'

export interface InlineStyle {
  bold: boolean
  href?: string
}

/**
 * The text of one block as it is being read: spans of equal style merged,
 * white space collapsed across element boundaries (as a browser would), and
 * none at either end.
 */
export class InlineRun {
  private spans: Span[] = []
  /** White space seen since the last word: 'break' when it held a line break. */
  private pending: 'space' | 'break' | null = null
  /** A separator asked for by the converter, not found in the text. */
  private forcedSpace = false
  private allHinted = true

  get isEmpty() {
    return this.spans.length === 0
  }

  get lastChar() {
    const last = this.spans[this.spans.length - 1]
    return last ? last.text[last.text.length - 1] : ''
  }

  /**
   * Adds text read under `style`. `hinted` says the text was styled like a
   * caption (small print), which helps to recognise captions later.
   */
  append(text: string, style: InlineStyle, hinted = false) {
    const visible = dropInvisible(text)
    let from = 0
    for (const match of visible.matchAll(WHITESPACE_RUN)) {
      this.word(visible.slice(from, match.index), style, hinted)
      this.whitespace(match[0])
      from = match.index + match[0].length
    }
    this.word(visible.slice(from), style, hinted)
  }

  appendSpans(spans: Span[]) {
    for (const span of spans) this.append(span.text, { bold: span.bold === true, href: span.href })
  }

  /**
   * A separator where HTML shows parts apart but the block has one line: table
   * cells, paragraphs or a `<br>` inside a list item. A space, even between
   * CJK characters, unless full-width punctuation already separates them.
   */
  space() {
    this.forcedSpace = true
  }

  /** Appends plain `text` right after what came before, dropping any white space in between. */
  glue(text: string) {
    this.pending = null
    this.forcedSpace = false
    this.word(text, { bold: false }, true)
  }

  /** The spans read so far, and whether every word of them looked like a caption; the run starts over. */
  take(): { spans: Span[]; hinted: boolean } {
    const taken = { spans: this.spans, hinted: this.allHinted && this.spans.length > 0 }
    this.spans = []
    this.pending = null
    this.forcedSpace = false
    this.allHinted = true
    return taken
  }

  /** As in CSS, white space holding a line break is a line break, however many spaces surround it. */
  private whitespace(run: string) {
    this.pending = run.includes('\n') || run.includes('\r') ? 'break' : (this.pending ?? 'space')
  }

  /**
   * Whether the pending white space disappears before `next`: beside full-width
   * punctuation, and where a line break falls between two CJK characters
   * (Chinese text wrapped in the source, by Markdown soft breaks or
   * pretty-printed HTML, joins up again).
   */
  private joins(next: string) {
    const last = this.lastChar
    if (isCjkPunctuation(last) || isCjkPunctuation(next)) return true
    return !this.forcedSpace && this.pending === 'break' && isCjk(last) && isCjk(next)
  }

  private word(text: string, style: InlineStyle, hinted: boolean) {
    if (!text) return
    const separate = !this.isEmpty && (this.forcedSpace || this.pending !== null) && !this.joins(text[0])
    this.pending = null
    this.forcedSpace = false
    this.allHinted &&= hinted
    const last = this.spans[this.spans.length - 1]
    if (separate) {
      // The space goes outside links where it can, so a link's text stays exact.
      if (last.href && !style.href) text = ` ${text}`
      else last.text += ' '
    }
    if (last && (last.bold === true) === style.bold && last.href === style.href) {
      last.text += text
      return
    }
    this.spans.push({ text, ...(style.bold ? { bold: true } : {}), ...(style.href ? { href: style.href } : {}) })
  }
}
