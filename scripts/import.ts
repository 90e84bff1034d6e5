// `npm run import -- <file-or-folder>...`: imports Markdown and HTML articles
// into the local host's data (WTT_DATA_DIR), also while the host runs.
import { hostConfig } from '../server/dev/config'
import { openLocalTarget } from '../server/import/local-target'
import { formatReport } from '../server/import/report'
import { importArticles } from '../server/import/run-import'

const USAGE = `用法：npm run import -- <文件或文件夹>...

导入 .md、.html、.htm 文章（文件夹会逐层查找，其他文件忽略）到 WTT_DATA_DIR（默认 .data/）。
front matter 字段：title（必填）、id、category、categoryName、source、sourceUrl、author、
publishedAt（YYYY-MM-DD 或 ISO 时间）、summary、cover、tags。
没有 id 时：文件名（index.md / index.html 取所在文件夹名）符合 id 格式就用它，否则用标题的哈希（a-…），
所以重复导入同一文件会更新原文章（阅读数保留），不会重复。`

async function main() {
  const paths = process.argv.slice(2)
  if (paths.length === 0 || paths.includes('--help') || paths.includes('-h')) {
    console.log(USAGE)
    return paths.length === 0 ? 2 : 0
  }
  const { dbFile, mediaRoot } = hostConfig()
  const local = openLocalTarget({ dbFile, mediaRoot })
  try {
    const report = await importArticles(paths, local.target)
    for (const line of formatReport(report)) console.log(line)
    return report.failed.length > 0 ? 1 : 0
  } finally {
    await local.close()
  }
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(error)
    process.exitCode = 1
  },
)
