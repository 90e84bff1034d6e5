import { createHash, randomBytes } from 'node:crypto'
import type { Channel } from '../../src/contract/models'

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

/** The page a channel's code opens: the article page for an article, else the home list. */
export const channelPage = (articleId: string | null | undefined): Channel['page'] =>
  articleId ? 'pages/article/index' : 'pages/index/index'
