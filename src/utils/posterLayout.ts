/**
 * The share poster (生成海报) as drawing instructions. Pure, so that its
 * rules (wrapping with an ellipsis, nothing off the canvas, the code in the
 * bottom-right corner) are tested without a canvas; the canvas only
 * replays them. Units are the canvas's own, and everything scales with its
 * width: the design is drawn for 600 wide.
 */
import { wrapText, type MeasureText, type PosterFont } from './posterLines'

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export type PosterOp =
  | ({ kind: 'rect'; color: string; radius?: number; border?: string } & Box)
  /** `crop`: the part of the source picture to show, in its own pixels; none: all of it. */
  | ({ kind: 'image'; src: string; crop?: Box } & Box)
  /** `y` is the top of the text (textBaseline 'top'); with align 'center', `x` is its middle. */
  | { kind: 'text'; text: string; x: number; y: number; font: PosterFont; color: string; align: 'left' | 'center' }

export interface PosterInput {
  canvas: { width: number; height: number }
  article: { title: string; summary: string; source: string }
  /** The article's cover once loaded, with its size in pixels; none: a band in the brand colour. */
  cover?: { src: string; width: number; height: number }
  /** The article's mini-program code; without `src`, a placeholder of the same size. */
  code: { size: number; src?: string }
}

const POSTER_COLORS = {
  brand: '#2f6b4f',
  paper: '#ffffff',
  title: '#1f2329',
  body: '#646a73',
  muted: '#8a8f99',
  line: '#eceef1',
  wash: '#f5f6f7',
} as const

/** The cover is at most 5:3; it gives way to the text when the text needs the room. */
const COVER_RATIO = 0.6
/** Title and summary line caps, most generous first: a small canvas drops summary lines before title lines. */
const LINE_CAPS: [number, number][] = [
  [3, 3],
  [3, 2],
  [3, 1],
  [3, 0],
  [2, 0],
  [1, 0],
]

/** The middle of a picture with the box's proportions, so that it fills the box undistorted. */
function centreCrop(width: number, height: number, box: Box): Box {
  const scale = Math.min(width / box.width, height / box.height)
  const cropWidth = box.width * scale
  const cropHeight = box.height * scale
  return { x: (width - cropWidth) / 2, y: (height - cropHeight) / 2, width: cropWidth, height: cropHeight }
}

interface TextStyle {
  font: PosterFont
  lineHeight: number
  color: string
}

/** A text style from design sizes (600-wide poster) at `scale`. */
const styleOf = (scale: number, size: number, lineHeight: number, color: string, bold = false): TextStyle => ({
  font: { size: size * scale, bold },
  lineHeight: lineHeight * scale,
  color,
})

/** Text lines stacked from `top`, each centred in its line height. */
function textLines(lines: string[], x: number, top: number, style: TextStyle, align: 'left' | 'center' = 'left') {
  return lines.map((text, i): PosterOp => ({
    kind: 'text',
    text,
    x,
    y: top + i * style.lineHeight + (style.lineHeight - style.font.size) / 2,
    font: style.font,
    color: style.color,
    align,
  }))
}

/** The placeholder for a missing code: the brand and 扫码阅读 on a quiet square (designed 150 wide). */
function codePlaceholder(box: Box, unit: number): PosterOp[] {
  const scale = box.width / 150
  const brand = styleOf(scale, 30, 44, POSTER_COLORS.brand, true)
  const note = styleOf(scale, 22, 32, POSTER_COLORS.muted)
  const top = box.y + (box.height - brand.lineHeight - note.lineHeight) / 2
  const middle = box.x + box.width / 2
  return [
    { kind: 'rect', ...box, color: POSTER_COLORS.wash, border: POSTER_COLORS.line, radius: 12 * unit },
    ...textLines(['梧桐台'], middle, top, brand, 'center'),
    ...textLines(['扫码阅读'], middle, top + brand.lineHeight, note, 'center'),
  ]
}

/** The poster's text styles at this scale. */
function stylesAt(unit: number) {
  return {
    title: styleOf(unit, 40, 58, POSTER_COLORS.title, true),
    summary: styleOf(unit, 28, 44, POSTER_COLORS.body),
    small: styleOf(unit, 24, 36, POSTER_COLORS.muted),
    brand: styleOf(unit, 34, 48, POSTER_COLORS.brand, true),
    band: styleOf(unit, 56, 80, POSTER_COLORS.paper, true),
  }
}

type Styles = ReturnType<typeof stylesAt>

interface Frame {
  width: number
  height: number
  unit: number
  pad: number
  /** The width between the side margins. */
  inner: number
}

/** The foot: a hairline, the code in the bottom-right corner, the brand and a hint beside it. */
function layoutFoot(frame: Frame, code: PosterInput['code'], styles: Styles, measure: MeasureText) {
  const { width, height, unit, pad, inner } = frame
  const { brand, small } = styles
  const codeSize = Math.min(code.size, inner / 2, height / 4)
  const textHeight = brand.lineHeight + 2 * small.lineHeight
  const footHeight = Math.max(codeSize, textHeight)
  const top = height - 2 * pad - footHeight
  const codeBox: Box = { x: width - pad - codeSize, y: height - pad - codeSize, width: codeSize, height: codeSize }
  const textWidth = inner - codeSize - pad
  const textTop = top + pad + (footHeight - textHeight) / 2
  const hint = code.src ? '长按识别小程序码，阅读全文' : '微信搜索「梧桐台」阅读全文'
  const ops: PosterOp[] = [
    { kind: 'rect', x: pad, y: top, width: inner, height: Math.max(1, unit), color: POSTER_COLORS.line },
    ...textLines(wrapText('梧桐台', brand.font, textWidth, 1, measure), pad, textTop, brand),
    ...textLines(
      [
        ...wrapText('纺织服装产业资讯', small.font, textWidth, 1, measure),
        ...wrapText(hint, small.font, textWidth, 1, measure),
      ],
      pad,
      textTop + brand.lineHeight,
      small,
    ),
    ...(code.src ? [{ kind: 'image' as const, src: code.src, ...codeBox }] : codePlaceholder(codeBox, unit)),
  ]
  return { top, ops }
}

/**
 * Title, summary and source, with as many lines as the room above the foot
 * allows, and the cover's height: what is left of that room, up to 5:3.
 */
function layoutText(frame: Frame, article: PosterInput['article'], room: number, styles: Styles, measure: MeasureText) {
  const { width, pad, inner, unit } = frame
  const { title, summary, small } = styles
  const gap = 16 * unit
  const source = wrapText(`来源：${article.source}`, small.font, inner, 1, measure)
  let titleLines: string[] = []
  let summaryLines: string[] = []
  let height = 0
  for (const [titleCap, summaryCap] of LINE_CAPS) {
    titleLines = wrapText(article.title, title.font, inner, titleCap, measure)
    summaryLines = wrapText(article.summary, summary.font, inner, summaryCap, measure)
    const summaryHeight = summaryLines.length > 0 ? summaryLines.length * summary.lineHeight + gap : 0
    height = pad + titleLines.length * title.lineHeight + gap + summaryHeight + small.lineHeight + pad
    if (height <= room) break
  }
  const coverHeight = Math.max(0, Math.min(width * COVER_RATIO, room - height))
  const titleTop = coverHeight + pad
  const summaryTop = titleTop + titleLines.length * title.lineHeight + gap
  const sourceTop = summaryTop + (summaryLines.length > 0 ? summaryLines.length * summary.lineHeight + gap : 0)
  const ops = [
    ...textLines(titleLines, pad, titleTop, title),
    ...textLines(summaryLines, pad, summaryTop, summary),
    ...textLines(source, pad, sourceTop, small),
  ]
  return { coverHeight, ops }
}

/** The cover, center-cropped to full width; without one, a band in the brand colour with the name. */
function layoutCover(frame: Frame, cover: PosterInput['cover'], height: number, styles: Styles): PosterOp[] {
  const box: Box = { x: 0, y: 0, width: frame.width, height }
  if (height <= 0) return []
  if (cover) return [{ kind: 'image', src: cover.src, ...box, crop: centreCrop(cover.width, cover.height, box) }]
  const { band } = styles
  return [
    { kind: 'rect', ...box, color: POSTER_COLORS.brand },
    ...(height >= band.lineHeight
      ? textLines(['梧桐台'], frame.width / 2, (height - band.lineHeight) / 2, band, 'center')
      : []),
  ]
}

/** The whole poster, back to front: paper, cover, text, foot. */
export function layoutPoster({ canvas, article, cover, code }: PosterInput, measure: MeasureText): PosterOp[] {
  const unit = canvas.width / 600
  const pad = 40 * unit
  const frame: Frame = { ...canvas, unit, pad, inner: canvas.width - 2 * pad }
  const styles = stylesAt(unit)
  const foot = layoutFoot(frame, code, styles, measure)
  const text = layoutText(frame, article, foot.top, styles, measure)
  return [
    { kind: 'rect', x: 0, y: 0, ...canvas, color: POSTER_COLORS.paper },
    ...layoutCover(frame, cover, text.coverHeight, styles),
    ...text.ops,
    ...foot.ops,
  ]
}
