import type { ImageBlock } from '../../../src/contract/models'
import { importedImage } from '../../core/urls'
import { normalizeLine } from './text'

type Attributes = Record<string, string>

/** Longer alt or title text is someone's mistake, not a description. */
const MAX_TEXT = 200
const MAX_SIDE = 20_000

function pixels(value: string | undefined): number | undefined {
  const match = value === undefined ? null : /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(value)
  const size = match ? Math.round(Number(match[1])) : NaN
  return size >= 1 && size <= MAX_SIDE ? size : undefined
}

/** `width`/`height` attributes, or the official-account editor's `data-w` and `data-ratio` (height / width). */
function sizeFromMarkup(attributes: Attributes): { width: number; height: number } | null {
  const width = pixels(attributes.width)
  const height = pixels(attributes.height)
  if (width && height) return { width, height }
  const w = pixels(attributes['data-w'])
  const ratio = Number(attributes['data-ratio'])
  const h = w && ratio > 0 ? pixels(String(w * ratio)) : undefined
  return w && h ? { width: w, height: h } : null
}

function shortText(value: string | undefined) {
  const text = normalizeLine(value ?? '')
  return text ? Array.from(text).slice(0, MAX_TEXT).join('') : undefined
}

export type ImageMarkup = { image: ImageBlock } | { skipped: string }

/**
 * An `<img>` as an image block: its src is a web address or a path beside
 * the imported file, for the importer to fetch or read. Official-account
 * pages keep the real address in `data-src` (their `src` is a placeholder
 * until scripts run), so it comes first. A `title` is the image's caption
 * unless a figcaption says otherwise.
 */
export function imageFromMarkup(attributes: Attributes, baseUrl?: string): ImageMarkup {
  const given = [attributes['data-src'], attributes.src].filter((value) => value?.trim())
  const source = given.map((value) => importedImage(value, baseUrl)).find((found) => found !== null)
  if (!source) return { skipped: given[0] ?? '' }
  const size = sizeFromMarkup(attributes)
  const alt = shortText(attributes.alt)
  const caption = shortText(attributes.title)
  return {
    image: {
      type: 'image',
      src: 'remote' in source ? source.remote : source.local,
      ...(size ?? {}),
      ...(alt ? { alt } : {}),
      ...(caption ? { caption } : {}),
    },
  }
}
