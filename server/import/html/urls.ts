/**
 * URL checks for links and images. Browsers ignore control characters and
 * surrounding spaces in URLs (`java\tscript:` is `javascript:` to them), so
 * those go first, and the scheme is read by the WHATWG URL parser rather than
 * by matching text.
 */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g
const SCHEME = /^[a-z][a-z0-9+.-]*:/i
/** In a relative path these mean broken markup or a scheme in disguise, never a file an editor meant. */
const NOT_IN_PATHS = /[:"'<>`]/

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])
const IMAGE_PROTOCOLS = new Set(['http:', 'https:'])

const clean = (value: string) => value.replace(CONTROL_CHARACTERS, '').trim()

function parse(value: string): URL | null {
  try {
    return new URL(value)
  } catch {
    return null
  }
}

/** A mail link is an address; `mailto:javascript:...` is not. */
const MAIL_ADDRESS = /^[^:@\s]+@[^:@\s]+$/

/** An outside link the app may copy (http, https, mailto); null for anything else. */
export function safeHref(value: string | undefined): string | null {
  if (!value) return null
  const url = parse(clean(value))
  if (!url || !LINK_PROTOCOLS.has(url.protocol)) return null
  return url.protocol !== 'mailto:' || MAIL_ADDRESS.test(decodeURIComponentSafe(url.pathname)) ? url.href : null
}

function decodeURIComponentSafe(text: string) {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

export type ImageSource = { remote: true; url: string } | { remote: false; path: string }

/**
 * Where an image comes from: an http(s) URL (scheme-relative ones taken as
 * https), or a path relative to the article's file. Any other scheme
 * (`data:`, `javascript:`, `file:` ...), and a path with a colon, quote or
 * angle bracket, gives null.
 */
export function imageSource(value: string | undefined): ImageSource | null {
  if (!value) return null
  const cleaned = clean(value)
  if (!cleaned || cleaned.startsWith('#') || cleaned.startsWith('?')) return null
  const absolute = cleaned.startsWith('//') ? `https:${cleaned}` : cleaned
  if (!SCHEME.test(absolute)) return NOT_IN_PATHS.test(cleaned) ? null : { remote: false, path: cleaned }
  const url = parse(absolute)
  return url && IMAGE_PROTOCOLS.has(url.protocol) ? { remote: true, url: url.href } : null
}
