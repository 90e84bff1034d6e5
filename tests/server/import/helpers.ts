import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readFrontMatter } from '../../../server/import/front-matter'

export const FIXTURES = join(__dirname, '../../fixtures/import')

export const fixture = (...path: string[]) => join(FIXTURES, ...path)

/** A fixture's body, its front matter taken off. */
export function fixtureBody(...path: string[]) {
  const front = readFrontMatter(readFileSync(fixture(...path), 'utf8'))
  if (!front.ok) throw new Error(`fixture ${path.join('/')}: ${front.reason}`)
  return front.body
}

/** A fresh folder laid out like WTT_DATA_DIR. */
export function tempDataDir() {
  const dir = mkdtempSync(join(tmpdir(), 'wtt-import-'))
  return {
    dir,
    dbFile: join(dir, 'wutongtai.db'),
    mediaRoot: join(dir, 'media'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}

/** Every string anywhere inside `value`: keys and values of objects, items of arrays. */
export function allStrings(value: unknown): string[] {
  const found: string[] = []
  const pending: unknown[] = [value]
  while (pending.length > 0) {
    const next = pending.pop()
    if (typeof next === 'string') found.push(next)
    else if (Array.isArray(next)) pending.push(...next)
    else if (next && typeof next === 'object') for (const [key, item] of Object.entries(next)) pending.push(key, item)
  }
  return found
}

/** What must never reach a stored article from hostile input. */
export const FORBIDDEN = ['javascript:', 'data:', 'vbscript:', '<script', 'onerror', 'onload', 'onclick']

export const forbiddenIn = (value: unknown) =>
  allStrings(value).filter((text) => FORBIDDEN.some((bad) => text.toLowerCase().includes(bad)))
