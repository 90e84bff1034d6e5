import type Database from 'better-sqlite3'
import type { ChannelKind, Entry } from '../../../src/contract/models'
import { posterChannelCode } from '../../core/channel-code'
import { sqliteReaders } from './readers'
import { sqliteReads } from './reads'
import { SCHEMA, SCHEMA_AFTER_MIGRATIONS } from './schema'
import { indexAllArticles } from './search'

/**
 * Steps that bring a file made by an older version up to SCHEMA, in order;
 * `PRAGMA user_version` counts the steps a file has had. A new file gets
 * SCHEMA as it is and skips them all.
 */
const MIGRATIONS: ((db: Database.Database) => void)[] = [
  // 1: search arrived; step 3 builds its index.
  () => undefined,
  // 2: channels keep their QR image; visits may be home opens, without an article.
  (db) => {
    const columns = db.prepare("SELECT name FROM pragma_table_info('channels')").all() as { name: string }[]
    if (!columns.some((column) => column.name === 'qr_file'))
      db.exec("ALTER TABLE channels ADD COLUMN qr_file TEXT NOT NULL DEFAULT ''")
    db.exec(`
      ALTER TABLE visits RENAME TO visits_before_2;
      DROP INDEX IF EXISTS visits_by_article;
      DROP INDEX IF EXISTS visits_by_channel;
      DROP INDEX IF EXISTS visits_by_openid;
    `)
    db.exec(SCHEMA)
    db.exec('INSERT INTO visits SELECT * FROM visits_before_2; DROP TABLE visits_before_2;')
  },
  // 3: search ranks by field: the index has a column per field.
  (db) => {
    db.exec('DROP TABLE IF EXISTS articles_search')
    db.exec(SCHEMA)
    indexAllArticles(db)
  },
  // 3: channels have a kind (poster codes are the ones articles.code made), the
  // page their code opens, an archived flag and totals; the visits so far are
  // counted again by the once-a-day rule, scans of a poster code as `poster`.
  (db) => {
    const columns = new Set(
      (db.prepare("SELECT name FROM pragma_table_info('channels')").all() as { name: string }[]).map((c) => c.name),
    )
    if (!columns.has('page'))
      db.exec(`
        ALTER TABLE channels ADD COLUMN page TEXT NOT NULL DEFAULT 'pages/index/index';
        UPDATE channels SET page = 'pages/article/index' WHERE article_id IS NOT NULL;
      `)
    for (const [column, definition] of [
      ['kind', "TEXT NOT NULL DEFAULT 'event'"],
      ['archived', 'INTEGER NOT NULL DEFAULT 0'],
      ['reads', 'INTEGER NOT NULL DEFAULT 0'],
      ['readers', 'INTEGER NOT NULL DEFAULT 0'],
    ])
      if (!columns.has(column)) db.exec(`ALTER TABLE channels ADD COLUMN ${column} ${definition}`)
    // The counters are rebuilt from the visits, whatever they held; stats no longer read visits.
    db.exec(`
      DROP INDEX IF EXISTS visits_by_article;
      DROP INDEX IF EXISTS visits_by_channel;
      DELETE FROM read_marks;
      DELETE FROM daily_stats;
      DELETE FROM daily_channel_stats;
      UPDATE channels SET reads = 0, readers = 0;
    `)
    const channels = db.prepare('SELECT code, article_id AS articleId FROM channels').all() as {
      code: string
      articleId: string | null
    }[]
    const kinds = new Map<string, ChannelKind>()
    const setKind = db.prepare("UPDATE channels SET kind = 'poster' WHERE code = ?")
    for (const { code, articleId } of channels) {
      const poster = articleId !== null && code === posterChannelCode(articleId)
      kinds.set(code, poster ? 'poster' : 'event')
      if (poster) setKind.run(code)
    }
    db.exec("UPDATE visits SET entry = 'poster' WHERE channel IN (SELECT code FROM channels WHERE kind = 'poster')")
    const { count } = sqliteReads(db, sqliteReaders(db).data)
    // In pages: better-sqlite3 writes nothing while a statement still iterates.
    const page = db.prepare('SELECT * FROM visits WHERE id > ? ORDER BY id LIMIT 10000')
    for (let last = 0; ;) {
      const visits = page.all(last) as {
        id: number
        article_id: string | null
        openid: string | null
        scene: number | null
        entry: Entry
        channel: string | null
        at: string
      }[]
      if (visits.length === 0) break
      for (const visit of visits)
        count(visit.article_id, {
          openid: visit.openid,
          scene: visit.scene,
          entry: visit.entry,
          channel: visit.channel === null ? null : { code: visit.channel, kind: kinds.get(visit.channel) ?? 'event' },
          at: visit.at,
        })
      last = visits[visits.length - 1].id
    }
  },
]

export function openSchema(db: Database.Database) {
  const isNew = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'").get() === undefined
  db.exec(SCHEMA)
  if (isNew) db.pragma(`user_version = ${MIGRATIONS.length}`)
  const done = db.pragma('user_version', { simple: true }) as number
  for (let step = done; step < MIGRATIONS.length; step++)
    db.transaction(() => {
      MIGRATIONS[step](db)
      db.pragma(`user_version = ${step + 1}`)
    })()
  db.exec(SCHEMA_AFTER_MIGRATIONS)
}
