import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Action, ApiResponse, Data, Payload } from '../../src/contract/api'
import type { Category } from '../../src/contract/models'
import { dispatch } from '../../server/handlers'
import { openSqliteStore } from '../../server/store/sqlite'
import type { ArticleInput, Store } from '../../server/store/types'

export const CATEGORIES: Category[] = [
  { id: 'news', name: '资讯' },
  { id: 'market', name: '市场行情' },
  { id: 'policy', name: '政策解读' },
]

/** A valid article; `n` orders them (a higher n is newer). */
export function makeArticle(n: number, overrides: Partial<ArticleInput> = {}): ArticleInput {
  const day = String((n % 28) + 1).padStart(2, '0')
  const month = String(Math.floor(n / 28) % 12 + 1).padStart(2, '0')
  return {
    id: `article-${String(n).padStart(4, '0')}`,
    title: `第 ${n} 篇：阿克苏长绒棉采收进度`,
    summary: `摘要 ${n}：机采棉比例继续提高，轧花厂开足马力。`,
    cover: `/media/cover-${n}.jpg`,
    category: CATEGORIES[n % CATEGORIES.length].id,
    source: '梧桐台',
    publishedAt: `2026-${month}-${day}T0${n % 10}:00:00+08:00`,
    readCount: n * 10,
    blocks: [
      { type: 'heading', level: 2, text: '采收现场' },
      { type: 'paragraph', spans: [{ text: '今年的' }, { text: '机采棉', bold: true }, { text: '比例继续提高。' }] },
      { type: 'image', src: `/media/body-${n}.jpg`, width: 1080, height: 720, caption: '棉田' },
    ],
    ...overrides,
  }
}

export interface TestBackend {
  store: Store
  /** The same file opened directly, to look at what the handlers wrote. */
  db: Database.Database
  call<A extends Action>(action: A, payload: Payload<A> | unknown, openid?: string | null): Promise<ApiResponse<A>>
  /** Like `call`, but fails the test unless the answer is ok. */
  data<A extends Action>(action: A, payload: Payload<A>, openid?: string | null): Promise<Data<A>>
  close(): Promise<void>
}

/** The real handlers on a real SQLite file in a fresh temporary folder. */
export async function createTestBackend(articles: ArticleInput[] = []): Promise<TestBackend> {
  const dir = mkdtempSync(join(tmpdir(), 'wtt-test-'))
  const file = join(dir, 'test.db')
  const store = openSqliteStore(file)
  for (const category of CATEGORIES) await store.upsertCategory(category)
  for (const article of articles) await store.upsertArticle(article)
  const db = new Database(file)
  const now = () => new Date('2026-11-27T10:00:00Z')

  const call = (action: Action, payload: unknown, openid: string | null = null) =>
    dispatch({ action, payload }, { store, openid, now })

  return {
    store,
    db,
    call: call as TestBackend['call'],
    async data(action, payload, openid) {
      const answer = await call(action, payload, openid)
      if (!answer.ok) throw new Error(`${action} failed: ${answer.error.code} ${answer.error.message}`)
      return answer.data as never
    },
    async close() {
      db.close()
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Everything the handlers can write, to prove that a rejected call wrote nothing. */
export function snapshot(db: Database.Database) {
  return {
    articles: db.prepare('SELECT id, read_count, published FROM articles ORDER BY id').all(),
    visits: db.prepare('SELECT * FROM visits ORDER BY id').all(),
    categories: db.prepare('SELECT * FROM categories ORDER BY id').all(),
  }
}
