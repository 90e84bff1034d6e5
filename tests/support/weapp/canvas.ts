import { idOf } from './dom'

/**
 * WeChat's 2d canvas as a recording: the node a selector query's
 * `fields({ node: true })` hands out for a `<canvas type="2d">`, whose
 * context keeps every drawing call and property set in order, so that a
 * test can say what was drawn (texts with their font and colour, images
 * with their source and box) without pixels.
 */

/** One drawing call, or one property set, on a 2d context. */
export type CanvasCall = { method: string; args: unknown[] } | { set: string; value: unknown }

/** A fillText as it would paint: the text with the context's state at that moment. */
export interface DrawnText {
  text: string
  x: number
  y: number
  font: string
  fillStyle: string
  textAlign: string
}

/** A drawImage, whatever its form: the picture's source and the box it fills. */
export interface DrawnImage {
  src: string
  x: number
  y: number
  width: number
  height: number
}

/** Every picture "loads" at this size, unless its source is one of the recorder's failing ones. */
const IMAGE_SIZE = { width: 480, height: 320 }

const STATE_DEFAULTS = {
  font: '10px sans-serif',
  fillStyle: '#000000',
  strokeStyle: '#000000',
  textAlign: 'start',
  textBaseline: 'alphabetic',
  lineWidth: 1,
  globalAlpha: 1,
}
type ContextState = typeof STATE_DEFAULTS

const DRAWING_METHODS = [
  'save',
  'restore',
  'scale',
  'translate',
  'rotate',
  'setTransform',
  'beginPath',
  'closePath',
  'moveTo',
  'lineTo',
  'arc',
  'arcTo',
  'rect',
  'fill',
  'stroke',
  'clip',
  'fillRect',
  'strokeRect',
  'clearRect',
  'drawImage',
  'fillText',
  'strokeText',
] as const

/** What `createImage()` gives: loads (or fails) on a later turn once `src` is set, like WeChat's. */
class RecordingImage {
  width = 0
  height = 0
  onload: (() => void) | null = null
  onerror: ((error: unknown) => void) | null = null
  private source = ''

  constructor(private readonly failing: ReadonlySet<string>) {}

  get src() {
    return this.source
  }

  set src(value: string) {
    this.source = value
    setTimeout(() => {
      if (this.failing.has(value)) return this.onerror?.({ errMsg: `image load fail: ${value}` })
      Object.assign(this, IMAGE_SIZE)
      this.onload?.()
    }, 0)
  }
}

/** Text width as the tests measure it: full-width characters 1 em, ASCII 0.55 em. */
function measure(text: string, font: string): number {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 10)
  return Array.from(text).reduce((width, char) => width + (/[\x20-\x7e]/.test(char) ? 0.55 : 1) * size, 0)
}

export type RecordingContext2D = ContextState &
  Record<(typeof DRAWING_METHODS)[number], (...args: unknown[]) => void> & {
    readonly calls: CanvasCall[]
    measureText(text: string): { width: number }
  }

function recordingContext(): RecordingContext2D {
  const calls: CanvasCall[] = []
  const state: ContextState = { ...STATE_DEFAULTS }
  const context = { calls, measureText: (text: string) => ({ width: measure(text, state.font) }) }
  for (const key of Object.keys(state) as (keyof ContextState)[])
    Object.defineProperty(context, key, {
      enumerable: true,
      get: () => state[key],
      set: (value: never) => {
        calls.push({ set: key, value })
        state[key] = value
      },
    })
  for (const method of DRAWING_METHODS)
    Object.defineProperty(context, method, {
      value: (...args: unknown[]) => {
        // fillText is kept with the state it paints in: font, colour and alignment are part of what was drawn.
        calls.push({ method, args: method === 'fillText' ? [...args, { ...state }] : args })
      },
    })
  return context as RecordingContext2D
}

/** The node of one `<canvas type="2d">`: the same object for every query of that element, as in WeChat. */
export class RecordingCanvas {
  width = 300
  height = 150
  readonly context = recordingContext()

  constructor(
    readonly id: string,
    private readonly failing: ReadonlySet<string>,
  ) {}

  getContext(type: string) {
    return type === '2d' ? this.context : null
  }

  createImage() {
    return new RecordingImage(this.failing)
  }

  /** Every fillText, in drawing order. */
  texts(): DrawnText[] {
    return this.context.calls.flatMap((call) => {
      if (!('method' in call) || call.method !== 'fillText') return []
      const [text, x, y, state] = call.args as [string, number, number, ContextState]
      return [{ text, x, y, font: state.font, fillStyle: state.fillStyle, textAlign: state.textAlign }]
    })
  }

  /** Every drawImage, in drawing order, in its destination box. */
  images(): DrawnImage[] {
    return this.context.calls.flatMap((call) => {
      if (!('method' in call) || call.method !== 'drawImage') return []
      const [image, ...numbers] = call.args as [RecordingImage, ...number[]]
      // drawImage(image, dx, dy), (image, dx, dy, dw, dh) or (image, sx, sy, sw, sh, dx, dy, dw, dh).
      const [x, y, width = image.width, height = image.height] = numbers.length === 8 ? numbers.slice(4) : numbers
      return [{ src: image.src, x, y, width, height }]
    })
  }
}

/** Everything the app did with canvases since the page opened. */
export class CanvasRecorder {
  /** Each 2d canvas node handed out, in order. */
  readonly canvases: RecordingCanvas[] = []
  /** Pictures exported with canvasToTempFilePath: which canvas, and the file it became. */
  readonly exports: { canvas: RecordingCanvas; tempFilePath: string }[] = []
  /** Picture sources that fail to load, as a dead link would. */
  readonly failingImages = new Set<string>()
  private readonly byElement = new WeakMap<Element, RecordingCanvas>()

  /** The node of a rendered `<canvas>`; null for any other element, as WeChat answers. */
  nodeOf(element: Element): RecordingCanvas | null {
    if (!/canvas$/i.test(element.tagName)) return null
    let node = this.byElement.get(element)
    if (!node) {
      node = new RecordingCanvas(idOf(element), this.failingImages)
      this.byElement.set(element, node)
      this.canvases.push(node)
    }
    return node
  }

  /** canvasToTempFilePath: a file for a canvas the app was given, else WeChat's failure. */
  exportOf(canvas: unknown): string | null {
    if (!(canvas instanceof RecordingCanvas)) return null
    const tempFilePath = `wxfile://tmp/canvas-${this.exports.length + 1}.jpg`
    this.exports.push({ canvas, tempFilePath })
    return tempFilePath
  }

  reset(): void {
    this.canvases.length = 0
    this.exports.length = 0
    this.failingImages.clear()
  }
}
