import Taro from '@tarojs/taro'
import type { ArticleSummary } from '../contract/models'
import { layoutPoster, type Box, type PosterOp } from '../utils/posterLayout'
import type { PosterFont } from '../utils/posterLines'
import { canvasNode, type CanvasNode } from './canvasNode'

/** The poster in its own units (posterLayout scales from 600 wide): 3:5, a phone screen's proportions. */
const POSTER_SIZE = { width: 600, height: 1000 }
/** Bitmap pixels per unit: a 1200×2000 picture stays sharp on any phone. */
const PIXELS = 2
const CODE_SIZE = 150

function loadPicture(canvas: CanvasNode, src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const picture = canvas.createImage ? canvas.createImage() : new Image()
    picture.onload = () => resolve(picture)
    picture.onerror = () => reject(new Error(`picture did not load: ${src}`))
    picture.src = src
  })
}

const fontOf = ({ size, bold }: PosterFont) => `${bold ? 'bold ' : ''}${size}px sans-serif`

function rectPath(ctx: CanvasRenderingContext2D, { x, y, width, height }: Box, radius = 0) {
  ctx.beginPath()
  ctx.moveTo(x + radius, y)
  ctx.arcTo(x + width, y, x + width, y + height, radius)
  ctx.arcTo(x + width, y + height, x, y + height, radius)
  ctx.arcTo(x, y + height, x, y, radius)
  ctx.arcTo(x, y, x + width, y, radius)
  ctx.closePath()
}

/** Plays posterLayout's instructions, back to front. */
function replay(ctx: CanvasRenderingContext2D, ops: PosterOp[], pictures: Map<string, HTMLImageElement>) {
  ctx.textBaseline = 'top'
  for (const op of ops) {
    if (op.kind === 'rect') {
      rectPath(ctx, op, op.radius)
      ctx.fillStyle = op.color
      ctx.fill()
      if (op.border) {
        ctx.strokeStyle = op.border
        ctx.stroke()
      }
    } else if (op.kind === 'image') {
      const picture = pictures.get(op.src)
      if (!picture) continue
      const { x, y, width, height } = op.crop ?? { x: 0, y: 0, width: picture.width, height: picture.height }
      ctx.drawImage(picture, x, y, width, height, op.x, op.y, op.width, op.height)
    } else {
      ctx.font = fontOf(op.font)
      ctx.fillStyle = op.color
      ctx.textAlign = op.align
      ctx.fillText(op.text, op.x, op.y)
    }
  }
}

/** A temporary file on weapp (what the album and the preview take); a data URL on h5. */
function exportPicture(canvas: CanvasNode): Promise<string> {
  if (process.env.TARO_ENV !== 'weapp') return Promise.resolve(canvas.toDataURL('image/png'))
  return Taro.canvasToTempFilePath({
    canvas: canvas as unknown as Taro.Canvas,
    fileType: 'jpg',
    quality: 0.92,
    destWidth: canvas.width,
    destHeight: canvas.height,
  }).then(({ tempFilePath }) => tempFilePath)
}

/** What the poster shows of an article. */
type PosterArticle = Pick<ArticleSummary, 'title' | 'summary' | 'source' | 'cover'>

/**
 * Draws the poster on the page's canvas and exports it. A cover or a code
 * that cannot be loaded leaves the brand band or the placeholder: a poster
 * is still worth sharing without them.
 */
export async function renderPoster(selector: string, article: PosterArticle, codeUrl: string): Promise<string> {
  const { node: canvas } = await canvasNode(selector)
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no 2d context')
  canvas.width = POSTER_SIZE.width * PIXELS
  canvas.height = POSTER_SIZE.height * PIXELS
  ctx.scale(PIXELS, PIXELS)

  const [cover, code] = await Promise.all(
    [article.cover, codeUrl].map((src) => (src ? loadPicture(canvas, src).catch(() => undefined) : undefined)),
  )
  const pictures = new Map<string, HTMLImageElement>()
  if (cover) pictures.set('cover', cover)
  if (code) pictures.set('code', code)

  const measure = (text: string, font: PosterFont) => {
    ctx.font = fontOf(font)
    return ctx.measureText(text).width
  }
  const ops = layoutPoster(
    {
      canvas: POSTER_SIZE,
      article,
      cover: cover && { src: 'cover', width: cover.width, height: cover.height },
      code: { size: CODE_SIZE, src: code && 'code' },
    },
    measure,
  )
  replay(ctx, ops, pictures)
  return exportPicture(canvas)
}
