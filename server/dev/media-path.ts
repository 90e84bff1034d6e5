import { mkdirSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'

/** A file found really inside a folder: the folder's real path and the file's path under it, for sendFile. */
export interface MediaFile {
  root: string
  path: string
}

/**
 * `path` (relative to `root`) if it is a regular file inside `root` once
 * every symlink on the way is followed, else null: a link planted in the
 * media folder (by hand, by a tool) must not serve a file from elsewhere.
 */
export function realFileInside(root: string, path: string): MediaFile | null {
  try {
    const realRoot = realpathSync(root)
    const real = realpathSync(resolve(root, path))
    const under = relative(realRoot, real)
    return isUnder(under) && statSync(real).isFile() ? { root: realRoot, path: under } : null
  } catch {
    return null
  }
}

/**
 * Makes `root/<segments...>` one level at a time, each checked to be really
 * inside `root`, and answers its real path; null if a symlink leads out.
 */
export function realDirInside(root: string, ...segments: string[]): string | null {
  try {
    const realRoot = realpathSync(root)
    let dir = realRoot
    for (const segment of segments) {
      mkdirSync(join(dir, segment), { recursive: true })
      dir = realpathSync(join(dir, segment))
      if (!isUnder(relative(realRoot, dir))) return null
    }
    return dir
  } catch {
    return null
  }
}

const isUnder = (path: string) => path !== '' && path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path)

/**
 * A `/media/` URL path (after the prefix, still percent-encoded) as a path
 * under the media folder, or null when it could leave it or reach a hidden
 * file: `..`, `.` or empty segments, backslashes, NUL, malformed escapes.
 */
export function mediaPathOf(encoded: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(encoded)
  } catch {
    return null
  }
  const segments = decoded.split('/')
  const unsafe = segments.some((segment) => segment === '' || segment.startsWith('.') || /[\\\0]/.test(segment))
  return unsafe ? null : decoded
}
