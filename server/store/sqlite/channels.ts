import type Database from 'better-sqlite3'
import type { ChannelKind } from '../../../src/contract/models'
import type { ChannelChanges, ChannelRecord, ChannelTotals, Store } from '../types'

interface ChannelRow extends ChannelTotals {
  code: string
  name: string
  kind: ChannelKind
  page: ChannelRecord['page']
  article_id: string | null
  archived: number
  qr_file: string
  created_at: string
}

const toChannel = (row: ChannelRow): ChannelRecord => ({
  code: row.code,
  name: row.name,
  kind: row.kind,
  page: row.page,
  articleId: row.article_id,
  archived: row.archived === 1,
  qrFile: row.qr_file,
  createdAt: row.created_at,
})

const COLUMNS: Record<keyof ChannelChanges, string> = { name: 'name', articleId: 'article_id', archived: 'archived' }

type ChannelStore = Pick<Store, 'findChannel' | 'findChannels' | 'createChannel' | 'listChannels' | 'updateChannel'>

export function sqliteChannels(db: Database.Database): ChannelStore {
  const statements = {
    channel: db.prepare<[string], ChannelRow>('SELECT * FROM channels WHERE code = ?'),
    create: db.prepare(
      `INSERT OR IGNORE INTO channels (code, name, kind, page, article_id, archived, qr_file, created_at)
       VALUES (@code, @name, @kind, @page, @articleId, @archived, @qrFile, @createdAt)`,
    ),
    first: db.prepare<[number, number], ChannelRow>(
      `SELECT * FROM channels WHERE kind = 'event' AND archived = ?
       ORDER BY created_at DESC, code DESC LIMIT ?`,
    ),
    next: db.prepare<[number, string, string, number], ChannelRow>(
      `SELECT * FROM channels WHERE kind = 'event' AND archived = ? AND (created_at, code) < (?, ?)
       ORDER BY created_at DESC, code DESC LIMIT ?`,
    ),
  }
  // One statement per set of changed fields, made on first use.
  const updates = new Map<string, Database.Statement>()
  function updateStatement(fields: (keyof ChannelChanges)[]) {
    const key = fields.join(',')
    let statement = updates.get(key)
    if (!statement) {
      const set = fields.map((field) => `${COLUMNS[field]} = @${field}`).join(', ')
      statement = db.prepare(`UPDATE channels SET ${set} WHERE code = @code AND kind = 'event'`)
      updates.set(key, statement)
    }
    return statement
  }

  return {
    async findChannel(code) {
      const row = statements.channel.get(code)
      return row ? toChannel(row) : null
    },
    async findChannels(codes) {
      if (codes.length === 0) return []
      return db
        .prepare<string[], ChannelRow>(`SELECT * FROM channels WHERE code IN (${codes.map(() => '?').join(', ')})`)
        .all(...codes)
        .map(toChannel)
    },
    async createChannel(channel) {
      return statements.create.run({ ...channel, archived: channel.archived ? 1 : 0 }).changes > 0
    },
    async listChannels({ archived, after, limit }) {
      const flag = archived ? 1 : 0
      const rows = after ? statements.next.all(flag, after.at, after.id, limit) : statements.first.all(flag, limit)
      return rows.map((row) => ({ ...toChannel(row), reads: row.reads, readers: row.readers }))
    },
    async updateChannel(code, changes) {
      const fields = (Object.keys(COLUMNS) as (keyof ChannelChanges)[]).filter((field) => changes[field] !== undefined)
      const values = { ...changes, archived: changes.archived === undefined ? undefined : changes.archived ? 1 : 0 }
      if (fields.length > 0 && updateStatement(fields).run({ code, ...values }).changes === 0) return null
      const row = statements.channel.get(code)
      return row?.kind === 'event' ? toChannel(row) : null
    },
  }
}
