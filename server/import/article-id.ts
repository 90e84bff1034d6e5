import { createHash } from 'node:crypto'
import { basename, dirname, extname } from 'node:path'
import { ID_PATTERN } from '../../src/contract/rules'

/**
 * The id of an article whose front matter gives none, stable across
 * re-imports so that importing a file again updates its article:
 * 1. the file's name without its extension, when that is already a valid id
 *    (`cotton-harvest-2026.md` → `cotton-harvest-2026`); for `index.md` or
 *    `index.html` the folder's name, so a folder per article works;
 * 2. otherwise `a-` and the first 16 hex digits of the SHA-256 of the title
 *    (a Chinese file name, spaces in the name), so the same title keeps its id
 *    wherever the file moves.
 */
export function deriveArticleId(file: string, title: string): string {
  const stem = basename(file, extname(file))
  const name = stem.toLowerCase() === 'index' ? basename(dirname(file)) : stem
  if (ID_PATTERN.test(name)) return name
  return `a-${createHash('sha256').update(title.trim()).digest('hex').slice(0, 16)}`
}
