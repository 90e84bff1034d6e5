import { ENTRIES } from '../read-counting'

/** Created on first use; `IF NOT EXISTS` makes opening an existing file a no-op. */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS categories (
  id       TEXT PRIMARY KEY,
  name     TEXT NOT NULL,
  position INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
  id           TEXT PRIMARY KEY,
  title        TEXT NOT NULL,
  summary      TEXT NOT NULL,
  cover        TEXT,
  category     TEXT NOT NULL,
  source       TEXT NOT NULL,
  published_at TEXT NOT NULL,
  read_count   INTEGER NOT NULL DEFAULT 0,
  author       TEXT,
  source_url   TEXT,
  tags         TEXT,
  blocks       TEXT NOT NULL,
  published    INTEGER NOT NULL DEFAULT 1
);
-- The feed and its per-category tabs page by (published_at, id) ranges.
CREATE INDEX IF NOT EXISTS articles_feed
  ON articles (published, published_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS articles_feed_by_category
  ON articles (published, category, published_at DESC, id DESC);

-- Search: each field's tokens (search-text.ts: Han pairs and single characters,
-- other words), keyed by the article's rowid; a column per field ranks title
-- matches over summary and body ones. Only which columns hold a token is kept
-- (detail = column): search asks for tokens, never phrases.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_search
  USING fts5(title, summary, body, content = '', contentless_delete = 1, detail = column, tokenize = 'ascii');

-- article_id is null for an open of the home list through a channel's code.
CREATE TABLE IF NOT EXISTS visits (
  id         INTEGER PRIMARY KEY,
  article_id TEXT,
  openid     TEXT,
  scene      INTEGER,
  entry      TEXT NOT NULL,
  channel    TEXT,
  at         TEXT NOT NULL
);
-- A log: stats come from the counters below, so only a reader's own visits are looked up.
CREATE INDEX IF NOT EXISTS visits_by_openid ON visits (openid, at);

CREATE TABLE IF NOT EXISTS users (
  openid        TEXT PRIMARY KEY,
  phone         TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  signed_in     INTEGER NOT NULL,
  first_scene   INTEGER,
  first_entry   TEXT,
  first_channel TEXT
);

CREATE TABLE IF NOT EXISTS favorites (
  openid     TEXT NOT NULL,
  article_id TEXT NOT NULL,
  saved_at   TEXT NOT NULL,
  PRIMARY KEY (openid, article_id)
);
CREATE INDEX IF NOT EXISTS favorites_by_reader ON favorites (openid, saved_at DESC, article_id DESC);

-- kind: event (an organiser's code) or poster (an article's poster code);
-- page: the page the printed code opens; reads and readers: totals over its
-- life (server/store/read-counting.ts).
CREATE TABLE IF NOT EXISTS channels (
  code       TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  kind       TEXT NOT NULL DEFAULT 'event',
  page       TEXT NOT NULL,
  article_id TEXT,
  archived   INTEGER NOT NULL DEFAULT 0,
  qr_file    TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  reads      INTEGER NOT NULL DEFAULT 0,
  readers    INTEGER NOT NULL DEFAULT 0
);

-- Counting reads (server/store/read-counting.ts): a marker's insertion
-- decides each "first"; counters per scope and China day.
CREATE TABLE IF NOT EXISTS read_marks (
  id     TEXT PRIMARY KEY,
  openid TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS read_marks_by_openid ON read_marks (openid);

CREATE TABLE IF NOT EXISTS daily_stats (
  scope   TEXT NOT NULL,
  day     TEXT NOT NULL,
  reads   INTEGER NOT NULL,
  readers INTEGER NOT NULL,
  ${ENTRIES.map((entry) => `${entry} INTEGER NOT NULL DEFAULT 0`).join(',\n  ')},
  PRIMARY KEY (scope, day)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS daily_channel_stats (
  scope   TEXT NOT NULL,
  day     TEXT NOT NULL,
  channel TEXT NOT NULL,
  reads   INTEGER NOT NULL,
  readers INTEGER NOT NULL,
  PRIMARY KEY (scope, day, channel)
) WITHOUT ROWID;

-- Rate limits (server/core/rate-limit.ts): one counter per rule and reader digest.
CREATE TABLE IF NOT EXISTS quotas (
  key    TEXT PRIMARY KEY,
  period TEXT NOT NULL,
  count  INTEGER NOT NULL
) WITHOUT ROWID;

-- Deleted accounts, by a digest of the openid (server/core/openid-digest.ts).
CREATE TABLE IF NOT EXISTS forgotten (
  digest TEXT PRIMARY KEY,
  at     TEXT NOT NULL
) WITHOUT ROWID;
`

/** Indexes on columns that older files get from a migration: created after the migrations have run. */
export const SCHEMA_AFTER_MIGRATIONS = `
-- admin.channels.list: event channels, archived or not, newest first.
CREATE INDEX IF NOT EXISTS channels_list ON channels (kind, archived, created_at DESC, code DESC);
`
