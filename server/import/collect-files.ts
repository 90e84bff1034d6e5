import { readdirSync, realpathSync, statSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'

const ARTICLE_EXTENSIONS = new Set(['.md', '.html', '.htm'])

const isArticleFile = (path: string) => ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())

export interface CollectedFiles {
  files: string[]
  /** Paths that give no article: missing, unreadable, or (named explicitly) of another type. */
  rejected: { file: string; reason: string }[]
}

/**
 * The article files under the given paths, each once, in a stable order.
 * Folders are walked with an explicit stack (no recursion), skipping hidden
 * entries (`.git` ...) and following each real folder once, so a symlink loop
 * ends. Other files in a folder are ignored; a path named explicitly that is
 * no article file is rejected.
 */
export function collectArticleFiles(paths: string[]): CollectedFiles {
  const files = new Set<string>()
  const rejected: CollectedFiles['rejected'] = []
  const visited = new Set<string>()
  for (const given of paths) {
    const path = resolve(given)
    let isDirectory: boolean
    try {
      isDirectory = statSync(path).isDirectory()
    } catch {
      rejected.push({ file: path, reason: '文件或文件夹不存在' })
      continue
    }
    if (!isDirectory) {
      if (isArticleFile(path)) files.add(path)
      else rejected.push({ file: path, reason: '不是 .md、.html 或 .htm 文件' })
      continue
    }
    const folders = [path]
    while (folders.length > 0) {
      const folder = folders.pop() as string
      const real = realpathSync(folder)
      if (visited.has(real)) continue
      visited.add(real)
      let entries
      try {
        entries = readdirSync(folder, { withFileTypes: true })
      } catch (error) {
        rejected.push({
          file: folder,
          reason: `无法读取文件夹（${(error as NodeJS.ErrnoException).code ?? String(error)}）`,
        })
        continue
      }
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue
        const child = join(folder, entry.name)
        const stats = entry.isSymbolicLink() ? statSync(child, { throwIfNoEntry: false }) : entry
        if (stats?.isDirectory()) folders.push(child)
        else if (stats?.isFile() && isArticleFile(child)) files.add(child)
      }
    }
  }
  return { files: [...files].sort(), rejected }
}
