import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { openSqliteStore } from '../store/sqlite'
import { localMediaStore } from './media-store'
import type { ImportTarget } from './run-import'

/**
 * The local host's data: its SQLite file and media folder. The host may be
 * running on them; WAL mode lets both write, each waiting briefly for the
 * other's transaction.
 */
export function openLocalTarget({ dbFile, mediaRoot }: { dbFile: string; mediaRoot: string }) {
  mkdirSync(dirname(dbFile), { recursive: true })
  const store = openSqliteStore(dbFile)
  const target: ImportTarget = { store, media: localMediaStore(mediaRoot) }
  return { target, close: () => store.close() }
}
