import { createHash, randomBytes } from 'node:crypto'

/** Letters and digits only: inside WeChat's scene alphabet and the contract's id pattern. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'
const LENGTH = 8

/** A fresh channel code: 8 of 57 characters, about 2^46 of them, so collisions are rare and retried. */
export function newChannelCode(): string {
  return [...randomBytes(LENGTH)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('')
}

/**
 * The code of an article's poster channel: the same for every reader, so it
 * is made once. Ten characters, so it never equals a random eight-character code.
 */
export function posterChannelCode(articleId: string): string {
  const digest = createHash('sha256').update(`poster:${articleId}`).digest()
  return [...digest.subarray(0, 10)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('')
}

/** WeChat's rule for a QR code's scene: at most 32 of these characters. */
export const SCENE_PATTERN = /^[0-9a-zA-Z!#$&'()*+,/:;=?@\-._~]{1,32}$/

/**
 * `options.scene` arrives URL-encoded (or, from some paths, already decoded):
 * the channel code it carries, or null for anything malformed.
 */
export function channelOfScene(scene: string): string | null {
  let decoded = scene
  for (let i = 0; i < 2 && /%[0-9A-Fa-f]{2}/.test(decoded); i++) {
    try {
      decoded = decodeURIComponent(decoded)
    } catch {
      return null
    }
  }
  decoded = decoded.trim()
  // Codes are our own; a `c=<code>` form is accepted too, for hand-made codes.
  const code = decoded.startsWith('c=') ? decoded.slice(2) : decoded
  return SCENE_PATTERN.test(decoded) && /^[A-Za-z0-9_-]{1,32}$/.test(code) ? code : null
}
