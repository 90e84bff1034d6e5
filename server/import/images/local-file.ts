import { open, realpath, stat } from 'node:fs/promises'
import { isAbsolute, resolve, sep } from 'node:path'
import { IMAGE_LIMITS } from '../fetch/fetcher'

/** `images/a%20b.png?v=2` → `images/a b.png`. */
function decodedPath(src: string) {
  const path = src.replace(/[?#].*$/, '')
  try {
    return decodeURIComponent(path)
  } catch {
    // Not percent-encoded after all: the path is used as written.
    return path
  }
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error)

/** Reads at most `max` + 1 bytes, so a file that grows after it was measured cannot make the read unbounded. */
async function readAtMost(file: string, max: number): Promise<Buffer> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(max + 1)
    let length = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
      if (bytesRead === 0 || length + bytesRead > max) return buffer.subarray(0, length + bytesRead)
      length += bytesRead
    }
  } finally {
    await handle.close()
  }
}

/**
 * The bytes of an image beside an imported file, only where the importer may
 * read: a regular file (no device such as /dev/zero, no folder, no pipe)
 * inside the file's own folder once every link is followed (a relative path
 * without `..`, no symlink out), of at most 20 MB. Whether the bytes are an
 * image is for inspectImage to say.
 */
export async function readLocalImage(src: string, folder: string): Promise<Buffer | { problem: string }> {
  const path = decodedPath(src)
  if (isAbsolute(path) || path.includes('\\') || path.includes('\0') || path.split('/').includes('..'))
    return { problem: '只能使用文章所在文件夹里的图片（不能用绝对路径或 ../）' }
  const file = resolve(folder, path)
  let real: string
  try {
    real = await realpath(file)
  } catch (error) {
    const code = errorCode(error)
    return { problem: code === 'ENOENT' ? `找不到文件 ${file}` : `无法读取文件 ${file}（${code}）` }
  }
  if (!real.startsWith((await realpath(folder)) + sep)) return { problem: `${file} 指向文章文件夹之外，不能使用` }
  const max = IMAGE_LIMITS.maxBytes
  try {
    const info = await stat(real)
    if (!info.isFile()) return { problem: `${file} 不是普通文件` }
    if (info.size > max) return { problem: `图片超过 ${max / 1024 / 1024} MB` }
    const bytes = await readAtMost(real, max)
    return bytes.length > max ? { problem: `图片超过 ${max / 1024 / 1024} MB` } : bytes
  } catch (error) {
    return { problem: `无法读取文件 ${file}（${errorCode(error)}）` }
  }
}
