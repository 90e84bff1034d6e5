/**
 * The few database calls the CloudBase store makes, in one shape over the two
 * SDKs that reach the same database: wx-server-sdk inside the cloud function,
 * and @cloudbase/node-sdk on a workstation (the importer). They differ in
 * small ways: wx-server-sdk wraps writes in `{ data }` and answers `_id` and
 * `stats.updated`; node-sdk takes the data as is and answers `id` and
 * `updated`.
 */

export type Doc = Record<string, unknown> & { _id: string }
export type Where = Record<string, unknown>
export type Direction = 'asc' | 'desc'

export interface FindOptions {
  orderBy?: [string, Direction][]
  limit: number
  /** Projection: `{ blocks: false }` leaves the body out. */
  fields?: Record<string, boolean>
}

/** The command builder both SDKs expose as `db.command`. */
export interface Command {
  eq(value: unknown): unknown
  neq(value: unknown): unknown
  lt(value: unknown): unknown
  lte(value: unknown): unknown
  gt(value: unknown): unknown
  gte(value: unknown): unknown
  in(values: unknown[]): unknown
  /** An array field holding every one of `values`. */
  all(values: unknown[]): unknown
  /** The field does not meet `condition` (a command), or is missing. */
  not(condition: unknown): unknown
  and(conditions: unknown[]): Where
  or(conditions: unknown[]): Where
  inc(by: number): unknown
  set(value: unknown): unknown
  remove(): unknown
}

export interface CloudDriver {
  command: Command
  find(collection: string, where: Where, options: FindOptions): Promise<Doc[]>
  add(collection: string, data: Record<string, unknown>): Promise<string>
  /**
   * Creates the document with this id; false when one exists already. The
   * database decides, so of two creations at once exactly one succeeds.
   */
  create(collection: string, id: string, data: Record<string, unknown>): Promise<boolean>
  /** Creates or replaces the document with this id. */
  set(collection: string, id: string, data: Record<string, unknown>): Promise<void>
  /** Updates every match; answers how many were updated. */
  update(collection: string, where: Where, data: Record<string, unknown>): Promise<number>
  remove(collection: string, where: Where): Promise<number>
}

/** Server-side SDKs answer at most this many records a query (wx-server-sdk: 1000). */
export const MAX_RECORDS_PER_QUERY = 1000

/**
 * An insert refused because the _id exists: MongoDB's E11000, which both SDKs
 * pass on in the error's message (wx-server-sdk's errMsg, node-sdk's message).
 */
export function isDuplicateId(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const { errMsg, message } = error as { errMsg?: unknown; message?: unknown }
  return [errMsg, message].some((text) => typeof text === 'string' && /E11000|duplicate key/i.test(text))
}

interface Query {
  where(condition: Where): Query
  orderBy(field: string, direction: Direction): Query
  limit(count: number): Query
  field(projection: Record<string, boolean>): Query
  get(): Promise<{ data: Doc[] }>
  update(data: unknown): Promise<{ stats?: { updated: number }; updated?: number }>
  remove(): Promise<{ stats?: { removed: number }; deleted?: number | string }>
}

interface Collection extends Query {
  add(data: unknown): Promise<{ _id?: string; id?: string }>
  doc(id: string): { set(data: unknown): Promise<unknown> }
}

/** What `cloud.database()` and `app.database()` both provide, as far as this store uses it. */
export interface Database {
  command: Command
  collection(name: string): Collection
}

function makeDriver(db: Database, wrap: (data: Record<string, unknown>) => unknown): CloudDriver {
  const query = (collection: string, where: Where) => db.collection(collection).where(where)
  return {
    command: db.command,
    async find(collection, where, { orderBy = [], limit, fields }) {
      if (limit > MAX_RECORDS_PER_QUERY) throw new Error(`a query answers at most ${MAX_RECORDS_PER_QUERY} records`)
      let q = query(collection, where)
      for (const [field, direction] of orderBy) q = q.orderBy(field, direction)
      q = q.limit(limit)
      if (fields) q = q.field(fields)
      return (await q.get()).data
    },
    async add(collection, data) {
      const result = await db.collection(collection).add(wrap(data))
      return (result._id ?? result.id) as string
    },
    async create(collection, id, data) {
      try {
        await db.collection(collection).add(wrap({ ...data, _id: id }))
        return true
      } catch (error) {
        if (isDuplicateId(error)) return false
        throw error
      }
    },
    async set(collection, id, data) {
      await db.collection(collection).doc(id).set(wrap(data))
    },
    async update(collection, where, data) {
      const result = await query(collection, where).update(wrap(data))
      return result.stats?.updated ?? result.updated ?? 0
    },
    async remove(collection, where) {
      const result = await query(collection, where).remove()
      return Number(result.stats?.removed ?? result.deleted ?? 0)
    },
  }
}

/** `cloud.database()` of wx-server-sdk, inside the cloud function. */
export const wxServerSdkDriver = (db: Database) => makeDriver(db, (data) => ({ data }))

/** `app.database()` of @cloudbase/node-sdk, from a workstation. */
export const nodeSdkDriver = (db: Database) => makeDriver(db, (data) => data)
