/**
 * The one URL policy for what an article stores, applied alike by the
 * importer (front matter, the HTML and Markdown converter, import by link)
 * and by `admin.articles.upsert`:
 *
 * - links (`href`) and `sourceUrl` are web addresses: http or https, read by
 *   the WHATWG URL parser (as browsers read them), without user name or
 *   password, and without quotes, white space or control characters anywhere
 *   in what was written, so no stored value can end an attribute or hide a
 *   scheme (`java\tscript:`);
 * - image sources (`src`, `cover`) are web addresses too, or a file the app
 *   stores itself: `/media/<name>` on the local host, `cloud://…` in cloud
 *   storage, whose names cannot climb out of their folder.
 *
 * `mailto:` is refused: the app never opens a link, it copies it (链接已复制),
 * and a copied `mailto:` address is not something a reader can paste
 * anywhere useful in WeChat; the address in the link's words stays as text.
 * The disclaimer's address is the app's own constant, not article content.
 */

export const MAX_URL_LENGTH = 2048

/** Control characters, every kind of white space, quotes, angle brackets, backtick and backslash. */
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\s"'<>`\\]/
const WEB_PROTOCOLS = new Set(['http:', 'https:'])

function parse(value: string): URL | null {
  try {
    return new URL(value)
  } catch {
    return null
  }
}

/** A web address as it may be stored, normalised by the URL parser; null for anything else. */
export function webUrl(value: string): string | null {
  if (value.length === 0 || value.length > MAX_URL_LENGTH || UNSAFE_CHARACTERS.test(value)) return null
  const url = parse(value)
  if (!url || !WEB_PROTOCOLS.has(url.protocol) || !url.hostname || url.username || url.password) return null
  return url.href
}

/** One file name: letters, digits, `_`, `-` and dots, never two dots in a row, never `/`, `%` or `\`. */
const FILE_NAME = '(?!.*\\.\\.)[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}'
const MEDIA_PATH = new RegExp(`^/media/${FILE_NAME}$`)
/** `cloud://<env>.<bucket>/<path>`, the file id cloud storage gives an upload. */
const CLOUD_FILE = new RegExp(`^cloud://[A-Za-z0-9-]+\\.[A-Za-z0-9-]+(?:/${FILE_NAME}){1,8}$`)

/** An image an article may show: a web address, a file of the local media folder, or a cloud file id. */
export function storedImageSrc(value: string): string | null {
  if (MEDIA_PATH.test(value) || (value.length <= MAX_URL_LENGTH && CLOUD_FILE.test(value))) return value
  return webUrl(value)
}

/** What an imported file's `src` points at: a web address, or a path relative to the file. */
export type ImageReference = { remote: string } | { local: string }

/** Leading and trailing white space, which HTML itself strips from these attributes. */
const ATTRIBUTE_SPACE = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g
/** A scheme, as in `https:` or `javascript:`; a relative path has none. */
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/

function resolve(value: string, base: string): string | null {
  try {
    return new URL(value, base).href
  } catch {
    return null
  }
}

/**
 * An href as an imported page writes it, if it is a web address: surrounding
 * white space is dropped as HTML does, and a relative one is read against
 * `base` (the page's address, for an article imported by link). An in-page
 * anchor (`#top`) is no address at all.
 */
export function importedHref(value: string, base?: string): string | null {
  const trimmed = value.replace(ATTRIBUTE_SPACE, '')
  if (!trimmed || trimmed.startsWith('#') || UNSAFE_CHARACTERS.test(trimmed)) return null
  if (!base || SCHEME.test(trimmed)) return webUrl(trimmed)
  const absolute = resolve(trimmed, base)
  return absolute ? webUrl(absolute) : null
}

/**
 * An imported image's address: a web address (scheme-relative ones taken as
 * https; relative ones read against `base` when there is one), or else a
 * path for the importer to look up beside the file. Null for any other
 * scheme (`data:`, `javascript:`, `file:` ...) and for anything with quotes,
 * white space or control characters inside.
 */
export function importedImage(value: string, base?: string): ImageReference | null {
  const trimmed = value.replace(ATTRIBUTE_SPACE, '')
  if (!trimmed || trimmed.startsWith('#') || UNSAFE_CHARACTERS.test(trimmed)) return null
  const absolute = trimmed.startsWith('//') ? `https:${trimmed}` : trimmed
  if (!SCHEME.test(absolute) && !base) return { local: trimmed }
  const remote = SCHEME.test(absolute) ? webUrl(absolute) : importedHref(trimmed, base)
  return remote ? { remote } : null
}
