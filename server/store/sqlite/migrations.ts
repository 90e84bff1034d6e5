import type Database from 'better-sqlite3'
import { SCHEMA } from './schema'
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
]

export function openSchema(db: Database.Database) {
  const isNew = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'").get() === undefined
  db.exec(SCHEMA)
  if (isNew) {
    db.pragma(`user_version = ${MIGRATIONS.length}`)
    return
  }
  const done = db.pragma('user_version', { simple: true }) as number
  for (let step = done; step < MIGRATIONS.length; step++)
    db.transaction(() => {
      MIGRATIONS[step](db)
      db.pragma(`user_version = ${step + 1}`)
    })()
}
