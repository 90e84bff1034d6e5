// `npm run import -- <file-or-folder>...`: imports Markdown and HTML articles
// into the local host's data (WTT_DATA_DIR), also while the host runs.
import { hostConfig } from '../server/dev/config'
import { cloudTarget, openCloudApp } from '../server/import/cloud-target'
import { dryRunTarget } from '../server/import/dry-run'
import { createFetcher } from '../server/import/fetch/fetcher'
import { openLocalTarget } from '../server/import/local-target'
import { formatReport } from '../server/import/report'
import { importArticles, type ImportTarget } from '../server/import/run-import'

const USAGE = `用法：npm run import -- [--target local|cloud] [--dry-run] <文件或文件夹>...

导入 .md、.html、.htm 文章（文件夹会逐层查找，其他文件忽略）。
--target local（默认）：写入本地服务的数据 WTT_DATA_DIR（默认 .data/），本地服务运行时也可导入。
--target cloud：写入云开发数据库，图片上传到云存储；需要环境变量 TCB_ENV_ID、TCB_SECRET_ID、TCB_SECRET_KEY。
--dry-run：只打印将要写入的内容，不写入。
front matter 字段：title（必填）、id、category、categoryName、source、sourceUrl、author、
publishedAt（YYYY-MM-DD 或 ISO 时间）、summary、cover、tags。
没有 id 时：文件名（index.md / index.html 取所在文件夹名）符合 id 格式就用它，否则用标题的哈希（a-…），
所以重复导入同一文件会更新原文章（阅读数保留），不会重复。
图片：本地图片只能是文章所在文件夹里的普通图片文件（不超过 20 MB）；网络图片会下载保存（不超过 20 MB、10 秒），
不会保留原网址；取不到的图片会跳过并给出警告。`

function parseArguments(args: string[]) {
  const paths: string[] = []
  let target = 'local'
  let dryRun = false
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--dry-run') dryRun = true
    else if (args[i] === '--target') target = args[++i] ?? ''
    else if (args[i].startsWith('--target=')) target = args[i].slice('--target='.length)
    else paths.push(args[i])
  }
  return { paths, target, dryRun }
}

async function openTarget(kind: string): Promise<{ target: ImportTarget; close: () => Promise<void> }> {
  if (kind === 'cloud') return { target: cloudTarget(openCloudApp()), close: async () => undefined }
  return openLocalTarget(hostConfig())
}

async function main() {
  const args = process.argv.slice(2)
  const { paths, target: kind, dryRun } = parseArguments(args)
  if (paths.length === 0 || args.includes('--help') || args.includes('-h') || !['local', 'cloud'].includes(kind)) {
    console.log(USAGE)
    return args.includes('--help') || args.includes('-h') ? 0 : 2
  }
  const opened = await openTarget(kind)
  try {
    const target = dryRun ? dryRunTarget(opened.target, (line) => console.log(line)) : opened.target
    // Remote images come from public hosts, and from WTT_IMPORT_HOSTS like the local host's import by link.
    const fetcher = createFetcher({ extraHosts: hostConfig().importHosts })
    const report = await importArticles(paths, target, { fetcher })
    for (const line of formatReport(report)) console.log(line)
    return report.failed.length > 0 ? 1 : 0
  } finally {
    await opened.close()
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
