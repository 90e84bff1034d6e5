import { spawn, spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openSqliteStore } from '../../../server/store/sqlite'
import { fixture, tempDataDir } from './helpers'
import { sendFile, startWebServer } from './web'

const ROOT = join(__dirname, '../../..')

function runImport(args: string[], dataDir: string) {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/import.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, WTT_DATA_DIR: dataDir },
    encoding: 'utf8',
  })
  return { status: result.status, out: result.stdout, err: result.stderr }
}

/** As runImport, without blocking this process: a test server here must be able to answer the importer. */
function runImportBeside(args: string[], env: Record<string, string>) {
  return new Promise<{ status: number | null; out: string }>((done) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/import.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('close', (status) => done({ status, out }))
  })
}

describe('npm run import', () => {
  let data: ReturnType<typeof tempDataDir>

  beforeEach(() => {
    data = tempDataDir()
  })

  afterEach(() => data.remove())

  it('imports a folder while the host has the same database open, names the bad file and exits non-zero', async () => {
    // The local host's own connection, open for the whole run.
    const host = openSqliteStore(data.dbFile)
    try {
      const { status, out } = runImport([fixture('batch')], data.dir)

      expect(status).toBe(1)
      expect(out).toContain('失败  tests/fixtures/import/batch/no-title.md：缺少 title（文章标题）')
      expect(out).not.toContain('notes.txt')
      expect(out.trim().split('\n').pop()).toBe('导入完成：新增 2 篇，更新 0 篇，失败 1 个，警告 0 条')
      const listed = await host.listArticles({ limit: 10 })
      expect(listed.map((article) => article.id).sort()).toEqual(['2026-spring-fair', 'autumn'])
      expect(listed.find((article) => article.id === '2026-spring-fair')?.cover).toMatch(/^\/media\/[0-9a-f]{20}\.png$/)
    } finally {
      await host.close()
    }
  }, 30_000)

  it('exits 0 when every file imports, and explains its use when given nothing', () => {
    expect(runImport([fixture('batch', '2026-spring-fair.md')], data.dir)).toMatchObject({ status: 0 })
    const usage = runImport([], data.dir)
    expect(usage.status).toBe(2)
    expect(usage.out).toContain('用法：npm run import --')
  }, 30_000)

  it('downloads a remote image from a host on this machine only when WTT_IMPORT_HOSTS names it', async () => {
    const server = await startWebServer({ '/fabric.png': sendFile(fixture('web', 'fabric-rolls.png'), 'image/png') })
    const other = tempDataDir()
    try {
      const file = join(data.dir, 'fabric.md')
      writeFileSync(file, `---\ntitle: 面料\n---\n![](${server.origin}/fabric.png)\n`)

      const refused = await runImportBeside([file], { WTT_DATA_DIR: other.dir, WTT_IMPORT_HOSTS: '' })
      expect(refused.out).toContain(`${server.host} 指向内网或本机地址（127.0.0.1），不能访问，已跳过`)
      expect(server.requests).toEqual([])

      const allowed = await runImportBeside([file], {
        WTT_DATA_DIR: data.dir,
        WTT_IMPORT_HOSTS: ` mp.example.com:8443 ,${server.host}`,
      })
      expect(allowed.status).toBe(0)
      expect(server.requests).toEqual(['/fabric.png'])
      const [stored] = readdirSync(data.mediaRoot)
      expect(readFileSync(join(data.mediaRoot, stored))).toEqual(readFileSync(fixture('web', 'fabric-rolls.png')))

      const misconfigured = await runImportBeside([file], { WTT_DATA_DIR: other.dir, WTT_IMPORT_HOSTS: 'http://x/' })
      expect(misconfigured.status).toBe(1)
      expect(misconfigured.out).toContain('WTT_IMPORT_HOSTS must list host[:port] entries, not "http://x/"')
    } finally {
      await server.close()
      other.remove()
    }
  }, 60_000)
})
