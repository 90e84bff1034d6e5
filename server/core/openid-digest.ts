import { createHash } from 'node:crypto'

/**
 * A one-way digest of an openid: lets the backend recognise a reader again
 * (rate limits, a deleted account's tombstone) without keeping the openid.
 * Openids are long random strings, so the digest cannot be walked back.
 */
export const openidDigest = (openid: string) => createHash('sha256').update(`openid:${openid}`).digest('base64url')
