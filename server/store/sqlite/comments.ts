import type Database from 'better-sqlite3'
import type { CommentQueue } from '../../../src/contract/api'
import type { CommentRecord, CommentStatus, CommentStore, Moderation } from '../comments'

/**
 * Comments, one like per reader and comment, one report per reader and
 * comment, and each article's count of selected comments. New tables only:
 * `IF NOT EXISTS` creates them in a file made before comments existed.
 */
const COMMENT_SCHEMA = `
CREATE TABLE IF NOT EXISTS comments (
  id         TEXT PRIMARY KEY,
  article_id TEXT NOT NULL,
  openid     TEXT NOT NULL,
  author     TEXT NOT NULL,
  text       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  status     TEXT NOT NULL,
  likes      INTEGER NOT NULL DEFAULT 0,
  reports    INTEGER NOT NULL DEFAULT 0,
  reply_text TEXT,
  reply_at   TEXT
);
-- The public list (most liked, then newest) pages by range on (likes, created_at, id).
CREATE INDEX IF NOT EXISTS comments_public ON comments (article_id, status, likes DESC, created_at DESC, id DESC);
-- The writer's own comments under an article, newest first.
CREATE INDEX IF NOT EXISTS comments_own ON comments (article_id, openid, created_at DESC, id DESC);
-- Rate limits and account deletion.
CREATE INDEX IF NOT EXISTS comments_by_writer ON comments (openid, created_at);
-- The operators' queues, newest first.
CREATE INDEX IF NOT EXISTS comments_queue ON comments (status, created_at DESC, id DESC);

CREATE TABLE IF NOT EXISTS comment_likes (
  comment_id TEXT NOT NULL,
  openid     TEXT NOT NULL,
  at         TEXT NOT NULL,
  PRIMARY KEY (comment_id, openid)
);
CREATE INDEX IF NOT EXISTS comment_likes_by_reader ON comment_likes (openid);

CREATE TABLE IF NOT EXISTS comment_reports (
  comment_id TEXT NOT NULL,
  openid     TEXT NOT NULL,
  reason     TEXT,
  at         TEXT NOT NULL,
  PRIMARY KEY (comment_id, openid)
);
CREATE INDEX IF NOT EXISTS comment_reports_by_reader ON comment_reports (openid);

CREATE TABLE IF NOT EXISTS comment_counts (
  article_id TEXT PRIMARY KEY,
  selected   INTEGER NOT NULL
);
`

interface CommentRow {
  id: string
  article_id: string
  openid: string
  author: string
  text: string
  created_at: string
  status: CommentStatus
  likes: number
  reports: number
  reply_text: string | null
  reply_at: string | null
}

const toComment = (row: CommentRow): CommentRecord => ({
  id: row.id,
  articleId: row.article_id,
  openid: row.openid,
  author: row.author,
  text: row.text,
  createdAt: row.created_at,
  status: row.status,
  likes: row.likes,
  reports: row.reports,
  reply: row.reply_text !== null && row.reply_at !== null ? { text: row.reply_text, at: row.reply_at } : null,
})

const isPublic = (status: CommentStatus) => (status === 'selected' ? 1 : 0)

/**
 * The CommentStore on the host's SQLite file. Each change runs in one
 * transaction, so a comment's status, its likes and the article's count
 * never disagree. `forgetReader` is for the store's account deletion, inside
 * its transaction.
 */
export function sqliteComments(db: Database.Database): { store: CommentStore; forgetReader(openid: string): void } {
  db.exec(COMMENT_SCHEMA)

  const statements = {
    count: db.prepare<[string], { selected: number }>('SELECT selected FROM comment_counts WHERE article_id = ?'),
    adjustCount: db.prepare<[string, number]>(
      `INSERT INTO comment_counts (article_id, selected) VALUES (?, ?)
       ON CONFLICT (article_id) DO UPDATE SET selected = selected + excluded.selected`,
    ),
    find: db.prepare<[string], CommentRow>("SELECT * FROM comments WHERE id = ? AND status <> 'deleted'"),
    liked: db.prepare<[string, string], { comment_id: string }>(
      'SELECT comment_id FROM comment_likes WHERE openid = ? AND comment_id IN (SELECT value FROM json_each(?))',
    ),
    times: db.prepare<[string, string, number], { created_at: string }>(
      'SELECT created_at FROM comments WHERE openid = ? AND created_at > ? ORDER BY created_at DESC LIMIT ?',
    ),
    countSince: db.prepare<[string, string, number], { n: number }>(
      'SELECT COUNT(*) AS n FROM (SELECT 1 FROM comments WHERE openid = ? AND created_at > ? LIMIT ?)',
    ),
    insert: db.prepare<Omit<CommentRecord, 'likes' | 'reports' | 'reply'>>(
      `INSERT INTO comments (id, article_id, openid, author, text, created_at, status, likes, reports)
       VALUES (@id, @articleId, @openid, @author, @text, @createdAt, @status, 0, 0)`,
    ),
    moderate: db.prepare<{
      id: string
      status: string
      keepReply: number
      replyText: string | null
      replyAt: string | null
    }>(
      `UPDATE comments SET status = @status, reports = 0,
         reply_text = CASE WHEN @keepReply THEN reply_text ELSE @replyText END,
         reply_at = CASE WHEN @keepReply THEN reply_at ELSE @replyAt END
       WHERE id = @id`,
    ),
    tombstone: db.prepare<[string]>(
      `UPDATE comments SET status = 'deleted', text = '', likes = 0, reports = 0, reply_text = NULL, reply_at = NULL
       WHERE id = ?`,
    ),
    removeLikes: db.prepare<[string]>('DELETE FROM comment_likes WHERE comment_id = ?'),
    removeReports: db.prepare<[string]>('DELETE FROM comment_reports WHERE comment_id = ?'),
    like: db.prepare<[string, string, string]>(
      'INSERT OR IGNORE INTO comment_likes (comment_id, openid, at) VALUES (?, ?, ?)',
    ),
    unlike: db.prepare<[string, string]>('DELETE FROM comment_likes WHERE comment_id = ? AND openid = ?'),
    addLikes: db.prepare<[number, string], { likes: number }>(
      'UPDATE comments SET likes = likes + ? WHERE id = ? RETURNING likes',
    ),
    report: db.prepare<[string, string, string | null, string]>(
      'INSERT OR IGNORE INTO comment_reports (comment_id, openid, reason, at) VALUES (?, ?, ?, ?)',
    ),
    markReported: db.prepare<[string]>("UPDATE comments SET status = 'reported', reports = reports + 1 WHERE id = ?"),
    forgetCounts: db.prepare<{ openid: string }>(
      `UPDATE comment_counts SET selected = selected - (
         SELECT COUNT(*) FROM comments c
         WHERE c.article_id = comment_counts.article_id AND c.openid = @openid AND c.status = 'selected')
       WHERE article_id IN (SELECT article_id FROM comments WHERE openid = @openid AND status = 'selected')`,
    ),
    forgetLikesGiven: db.prepare<[string]>(
      'UPDATE comments SET likes = likes - 1 WHERE id IN (SELECT comment_id FROM comment_likes WHERE openid = ?)',
    ),
    forgetLikes: db.prepare<[string]>('DELETE FROM comment_likes WHERE openid = ?'),
    forgetReports: db.prepare<[string]>('DELETE FROM comment_reports WHERE openid = ?'),
    forgetLikesReceived: db.prepare<[string]>(
      'DELETE FROM comment_likes WHERE comment_id IN (SELECT id FROM comments WHERE openid = ?)',
    ),
    forgetReportsReceived: db.prepare<[string]>(
      'DELETE FROM comment_reports WHERE comment_id IN (SELECT id FROM comments WHERE openid = ?)',
    ),
    forgetComments: db.prepare<[string]>('DELETE FROM comments WHERE openid = ?'),
  }

  // A first page and a next page of each list, each prepared once.
  const pages = (where: string, after: string, order: string) =>
    Object.fromEntries(
      [false, true].map((paged) => [
        String(paged),
        db.prepare(
          `SELECT * FROM comments WHERE ${where} ${paged ? `AND ${after}` : ''} ORDER BY ${order} LIMIT @limit`,
        ),
      ]),
    )
  const selectedPages = pages(
    "article_id = @articleId AND status = 'selected'",
    '(likes, created_at, id) < (@likes, @at, @id)',
    'likes DESC, created_at DESC, id DESC',
  )
  const ownPages = pages(
    "article_id = @articleId AND openid = @openid AND status NOT IN ('selected', 'deleted')",
    '(created_at, id) < (@at, @id)',
    'created_at DESC, id DESC',
  )
  const queuePages = Object.fromEntries(
    [false, true].map((paged) => [
      String(paged),
      db.prepare(
        `SELECT c.*, a.title AS article_title FROM comments c LEFT JOIN articles a ON a.id = c.article_id
         WHERE c.status = @queue ${paged ? 'AND (c.created_at, c.id) < (@at, @id)' : ''}
         ORDER BY c.created_at DESC, c.id DESC LIMIT @limit`,
      ),
    ]),
  )

  const adjustCount = (articleId: string, delta: number) => {
    if (delta !== 0) statements.adjustCount.run(articleId, delta)
  }

  const addComment = db.transaction((comment: CommentRecord, quotas: { since: string; max: number }[]) => {
    for (const { since, max } of quotas)
      if ((statements.countSince.get(comment.openid, since, max) as { n: number }).n >= max) return false
    const { id, articleId, openid, author, text, createdAt, status } = comment
    statements.insert.run({ id, articleId, openid, author, text, createdAt, status })
    return true
  })

  const moderateComment = db.transaction((id: string, { status, reply }: Moderation) => {
    const row = statements.find.get(id)
    if (!row) return null
    statements.moderate.run({
      id,
      status,
      keepReply: reply === undefined ? 1 : 0,
      replyText: reply?.text ?? null,
      replyAt: reply?.at ?? null,
    })
    adjustCount(row.article_id, isPublic(status) - isPublic(row.status))
    return toComment(statements.find.get(id) as CommentRow)
  })

  const deleteComment = db.transaction((id: string, openid: string) => {
    const row = statements.find.get(id)
    if (!row || row.openid !== openid) return false
    statements.tombstone.run(id)
    statements.removeLikes.run(id)
    statements.removeReports.run(id)
    adjustCount(row.article_id, -isPublic(row.status))
    return true
  })

  const toggleLike = db.transaction((id: string, openid: string, at: string) => {
    const liked = statements.like.run(id, openid, at).changes > 0
    if (!liked) statements.unlike.run(id, openid)
    const row = statements.addLikes.get(liked ? 1 : -1, id)
    return { liked, likes: row?.likes ?? 0 }
  })

  const reportComment = db.transaction((id: string, report: { openid: string; reason: string | null; at: string }) => {
    const row = statements.find.get(id)
    if (!row || (row.status !== 'selected' && row.status !== 'reported')) return false
    if (statements.report.run(id, report.openid, report.reason, report.at).changes === 0) return false
    statements.markReported.run(id)
    adjustCount(row.article_id, -isPublic(row.status))
    return true
  })

  const forgetReader = (openid: string) => {
    statements.forgetCounts.run({ openid })
    statements.forgetLikesGiven.run(openid)
    statements.forgetLikes.run(openid)
    statements.forgetReports.run(openid)
    statements.forgetLikesReceived.run(openid)
    statements.forgetReportsReceived.run(openid)
    statements.forgetComments.run(openid)
  }

  const store: CommentStore = {
    async countSelectedComments(articleId) {
      return Math.max(0, statements.count.get(articleId)?.selected ?? 0)
    },
    async listSelectedComments(articleId, { after, limit }) {
      const rows = selectedPages[String(after !== undefined)].all({ articleId, limit, ...after }) as CommentRow[]
      return rows.map(toComment)
    },
    async listOwnComments(articleId, openid, { after, limit }) {
      const rows = ownPages[String(after !== undefined)].all({ articleId, openid, limit, ...after }) as CommentRow[]
      return rows.map(toComment)
    },
    async likedComments(openid, commentIds) {
      if (commentIds.length === 0) return new Set()
      return new Set(statements.liked.all(openid, JSON.stringify(commentIds)).map((row) => row.comment_id))
    },
    async findComment(id) {
      const row = statements.find.get(id)
      return row ? toComment(row) : null
    },
    async commentTimes(openid, since, limit) {
      return statements.times.all(openid, since, limit).map((row) => row.created_at)
    },
    async addComment(comment, quotas) {
      return addComment(comment, quotas)
    },
    async moderateComment(id, moderation) {
      return moderateComment(id, moderation)
    },
    async deleteComment(id, openid) {
      return deleteComment(id, openid)
    },
    async toggleCommentLike(comment, openid, at) {
      return toggleLike(comment.id, openid, at)
    },
    async reportComment(comment, report) {
      return reportComment(comment.id, report)
    },
    async listCommentQueue(queue: CommentQueue, { after, limit }) {
      const rows = queuePages[String(after !== undefined)].all({ queue, limit, ...after }) as (CommentRow & {
        article_title: string | null
      })[]
      return rows.map((row) => ({ comment: toComment(row), articleTitle: row.article_title ?? '' }))
    },
  }
  return { store, forgetReader }
}
