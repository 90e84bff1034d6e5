import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { openSqliteStore } from '../../../server/store/sqlite'
import { fixture, tempDataDir } from './helpers'

const ROOT = join(__dirname, '../../..')

function runImport(args: string[], dataDir: string) {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/import.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, WTT_DATA_DIR: dataDir },
    encoding: 'utf8',
  })
  return { status: result.status, out: result.stdout, err: result.stderr }
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
    expect(runImport([fixture('official-account')], data.dir)).toMatchObject({ status: 0 })
    const usage = runImport([], data.dir)
    expect(usage.status).toBe(2)
    expect(usage.out).toContain('用法：npm run import --')
  }, 30_000)
})
