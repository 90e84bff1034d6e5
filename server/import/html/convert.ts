import { Parser } from 'htmlparser2'
import type { Block, Span } from '../../../src/contract/models'
import { importedHref } from '../../core/urls'
import { attachCaptions } from './captions'
import { BLOCK_BOUNDARIES, BOLD_ELEMENTS, CELLS, DROPPED, HEADING_LEVELS, LISTS } from './elements'
import { imageFromMarkup } from './image-markup'
import { InlineRun } from './inline-run'
import { readInlineStyle } from './inline-style'

/** Where text goes while it is read; the innermost one takes it. */
type Container =
  /** The body or a blockquote: each run of text becomes a paragraph or a quote. */
  | { kind: 'flow'; as: 'paragraph' | 'quote'; run: InlineRun }
  | { kind: 'heading'; level: 2 | 3; run: InlineRun }
  /** `hoisted` holds images met inside the list: they follow it, so its numbering stays whole. */
  | { kind: 'list'; ordered: boolean; items: Span[][]; hoisted: Block[]; run: InlineRun }
  | { kind: 'item'; run: InlineRun }
  | { kind: 'caption'; figureStart: number | null; run: InlineRun }

type ListContainer = Extract<Container, { kind: 'list' }>

/** One open element and what it passes on to its content. */
interface Frame {
  dropped: boolean
  bold: boolean
  href?: string
  fontSize?: number
  captionClass: boolean
  /** The container this element opened, closed with it. */
  container?: Container
  /** A block element: its end ends the text before it. */
  boundary?: boolean
  /** A figure: where its blocks start in the output. */
  figureStart?: number
}

export interface Conversion {
  blocks: Block[]
  /** Images left out because their address is missing or unsafe, as written. */
  skippedImages: string[]
  /** Links whose address is no web address (server/core/urls), as written: only their words are kept. */
  skippedLinks: string[]
}

export interface ConversionOptions {
  /** The page's own address, for a page imported by link: relative links and images are read against it. */
  baseUrl?: string
}

/** Text set smaller than this is small print: a hint that a line is a caption. */
const SMALL_PRINT_PX = 15

const ROOT: Frame = { dropped: false, bold: false, captionClass: false }
const DROPPED_FRAME: Frame = { dropped: true, bold: false, captionClass: false }

/** Separator before a folded-in part: none after punctuation, a space after Latin punctuation. */
function separator(lastChar: string, between: string) {
  if (!lastChar || '。！？；：，、'.includes(lastChar)) return ''
  return '.!?;:,'.includes(lastChar) ? ' ' : between
}

/**
 * Turns HTML into the contract's blocks. It reads htmlparser2's events with
 * its own stack rather than building a tree, so no depth of nesting can
 * exhaust the call stack, and it keeps only what it understands: text, bold,
 * safe links, headings, quotes, lists and images. Everything else (scripts,
 * styles, frames, forms, event handlers, other attributes) never reaches
 * the output.
 */
class Converter {
  private readonly out: Block[] = []
  private readonly smallPrint = new Set<Block>()
  private readonly skippedImages: string[] = []
  private readonly skippedLinks = new Set<string>()
  private readonly frames: Frame[] = [ROOT]
  private readonly containers: Container[] = [{ kind: 'flow', as: 'paragraph', run: new InlineRun() }]

  constructor(private readonly baseUrl: string | undefined) {}

  convert(html: string): Conversion {
    const parser = new Parser(
      {
        onopentag: (name, attributes) => this.open(name, attributes),
        ontext: (text) => this.text(text),
        onclosetag: () => this.close(),
      },
      { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
    )
    parser.end(html)
    while (this.frames.length > 1) this.close()
    this.boundary()
    return {
      blocks: attachCaptions(this.out, this.smallPrint),
      skippedImages: this.skippedImages,
      skippedLinks: [...this.skippedLinks],
    }
  }

  private get frame() {
    return this.frames[this.frames.length - 1]
  }

  private get container() {
    return this.containers[this.containers.length - 1]
  }

  private open(name: string, attributes: Record<string, string>) {
    const parent = this.frame
    if (parent.dropped || DROPPED.has(name)) {
      this.frames.push(DROPPED_FRAME)
      return
    }
    const style = readInlineStyle(attributes.style)
    const frame: Frame = {
      dropped: false,
      bold: style.bold ?? (BOLD_ELEMENTS.has(name) || parent.bold),
      href: name === 'a' ? this.href(attributes.href) : parent.href,
      fontSize: style.fontSize ?? parent.fontSize,
      captionClass: parent.captionClass || /caption/i.test(attributes.class ?? ''),
    }
    this.frames.push(frame)

    if (name === 'br') return this.boundary()
    if (name === 'img') return this.image(attributes)
    if (CELLS.has(name)) return this.container.run.space()
    const opened = this.openContainer(name)
    if (opened) {
      frame.container = opened
      return
    }
    if (BLOCK_BOUNDARIES.has(name)) {
      // Also a heading, list or quote where its block cannot be (inside a
      // list item, a heading, a caption): it only separates the text around it.
      this.boundary()
      frame.boundary = true
      if (name === 'figure') frame.figureStart = this.out.length
    }
  }

  private href(value: string | undefined): string | undefined {
    if (value === undefined) return undefined
    const href = importedHref(value, this.baseUrl)
    // An empty href or an in-page anchor was never meant to lead anywhere.
    if (!href && value.trim() && !value.trim().startsWith('#')) this.skippedLinks.add(value)
    return href ?? undefined
  }

  /** Opens the container `name` stands for, where one may open. */
  private openContainer(name: string): Container | null {
    const top = this.container
    const level = HEADING_LEVELS.get(name)
    let opened: Container | null = null
    if (top.kind === 'flow') {
      if (level) opened = { kind: 'heading', level, run: new InlineRun() }
      else if (name === 'blockquote') opened = { kind: 'flow', as: 'quote', run: new InlineRun() }
      else if (name === 'figcaption')
        opened = { kind: 'caption', figureStart: this.figureStart(), run: new InlineRun() }
    }
    if (LISTS.has(name) && top.kind !== 'heading' && top.kind !== 'caption')
      opened = { kind: 'list', ordered: name === 'ol', items: [], hoisted: [], run: new InlineRun() }
    if (name === 'li' && top.kind === 'list') opened = { kind: 'item', run: new InlineRun() }
    if (opened) {
      this.boundary()
      this.containers.push(opened)
    }
    return opened
  }

  private figureStart() {
    for (let i = this.frames.length - 1; i > 0; i--) {
      const start = this.frames[i].figureStart
      if (start !== undefined) return start
    }
    return null
  }

  private text(text: string) {
    const frame = this.frame
    if (frame.dropped) return
    const small = frame.fontSize !== undefined && frame.fontSize < SMALL_PRINT_PX
    this.container.run.append(text, { bold: frame.bold, href: frame.href }, small || frame.captionClass)
  }

  private close() {
    if (this.frames.length === 1) return
    const frame = this.frames.pop() as Frame
    if (frame.container) this.finish(frame.container)
    else if (frame.boundary) this.boundary()
  }

  /** Ends the current run of text, as a block element's edge does. */
  private boundary() {
    const top = this.container
    if (top.kind === 'flow') {
      const { spans, hinted } = top.run.take()
      if (spans.length === 0) return
      const block: Block = { type: top.as, spans }
      this.out.push(block)
      if (hinted && top.as === 'paragraph') this.smallPrint.add(block)
    } else if (top.kind === 'list') {
      const { spans } = top.run.take()
      if (spans.length > 0) top.items.push(spans)
    } else {
      top.run.space()
    }
  }

  private finish(container: Container) {
    if (container.kind === 'flow' || container.kind === 'list') this.boundary()
    const index = this.containers.lastIndexOf(container)
    if (index <= 0) return
    this.containers.length = index
    const parent = this.container
    switch (container.kind) {
      case 'heading': {
        const text = container.run
          .take()
          .spans.map((span) => span.text)
          .join('')
        if (text) this.out.push({ type: 'heading', level: container.level, text })
        return
      }
      case 'item': {
        const { spans } = container.run.take()
        if (spans.length > 0 && parent.kind === 'list') parent.items.push(spans)
        return
      }
      case 'list':
        return this.finishList(container, parent)
      case 'caption':
        return this.finishCaption(container)
    }
  }

  /** A nested list folds into its parent item (`棉花：长绒棉；细绒棉`), keeping the outer numbering true. */
  private finishList(list: ListContainer, parent: Container) {
    if (parent.kind === 'list') {
      parent.items.push(...list.items)
    } else if (parent.kind === 'item') {
      list.items.forEach((spans, index) => {
        const between = separator(parent.run.lastChar, index === 0 ? '：' : '；')
        if (between === ' ') parent.run.space()
        else parent.run.glue(between)
        parent.run.appendSpans(spans)
      })
    } else {
      if (list.items.length > 0) this.out.push({ type: 'list', ordered: list.ordered, items: list.items })
      this.out.push(...list.hoisted)
    }
  }

  /** A figcaption captions the figure's last image (over its title); without one it stays a paragraph. */
  private finishCaption(caption: Extract<Container, { kind: 'caption' }>) {
    const { spans } = caption.run.take()
    const text = spans.map((span) => span.text).join('')
    if (!text) return
    const from = caption.figureStart ?? this.out.length - 1
    for (let i = this.out.length - 1; i >= Math.max(from, 0); i--) {
      const block = this.out[i]
      if (block.type === 'image') {
        block.caption = text
        return
      }
    }
    this.out.push({ type: 'paragraph', spans })
  }

  private image(attributes: Record<string, string>) {
    const markup = imageFromMarkup(attributes, this.baseUrl)
    if ('skipped' in markup) {
      this.skippedImages.push(markup.skipped)
      return
    }
    const list = this.containers.find((container): container is ListContainer => container.kind === 'list')
    if (list) {
      list.hoisted.push(markup.image)
    } else {
      this.boundary()
      this.out.push(markup.image)
    }
  }
}

export function convertHtml(html: string, { baseUrl }: ConversionOptions = {}): Conversion {
  return new Converter(baseUrl).convert(html)
}
