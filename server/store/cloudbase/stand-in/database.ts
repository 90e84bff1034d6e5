/**
 * An in-memory stand-in for the part of the CloudBase document database that
 * server/store/cloudbase uses, in both SDK flavours: wx-server-sdk (writes
 * wrapped in `{ data }`, answers `_id` and `stats`, errors as `errMsg`) and
 * @cloudbase/node-sdk (writes as is, answers `id` and `updated`, errors
 * thrown with a `message`). It evaluates what it is given: `where` with field
 * equality, the commands eq, neq, lt, lte, gt, gte, in, and, or, `all` on an
 * array field and `not` around a command; `orderBy` on several fields; `limit` (100 by
 * default, at most 1000 as on the server); `field` projections; updates with
 * inc, set, remove and nested-object merge; add (an `_id` that exists is
 * refused with MongoDB's E11000, as the real database does), doc().set,
 * remove.
 *
 * It is also the project's cost model (DESIGN.md: cloud at scale): it counts
 * requests, round trips (requests in flight together count once), documents
 * read and written, and records each query's shape so that a test can check
 * it against cloudbase/database.json. Given the declared indexes, a query no
 * index serves costs a read of every document of its collection, as a
 * collection scan would. With `jitterMs`, each request runs and answers
 * after its own random delay, so that concurrent requests complete in any
 * order, as on a real database; `seed` makes that order reproducible.
 *
 * What it does not model: dotted field paths and matching on nested objects
 * (it throws), comparisons across types, other array queries (equality or
 * comparison with an array's elements, elemMatch, size), transactions,
 * `skip`, `count`, aggregation, geo queries, regular expressions, security
 * rules, quotas, network errors, and the 5 MB/20 MB size limits.
 */
import type { Database, Doc, Where } from '../driver'
import { servingIndex, type DeclaredIndexes, type QueryShape } from './indexes'

type Style = 'wx' | 'node'

class Cmd {
  constructor(
    readonly op: string,
    readonly arg?: unknown,
  ) {}
}

class Logic {
  constructor(
    readonly op: 'and' | 'or',
    readonly conditions: Where[],
  ) {}
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Cmd)

const clone = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)))

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0
  if (a === undefined || a === null) return -1
  if (b === undefined || b === null) return 1
  if (typeof a !== typeof b) throw new Error(`stand-in: comparing ${typeof a} with ${typeof b} is not modelled`)
  return (a as number | string) < (b as number | string) ? -1 : 1
}

function test(cmd: Cmd, value: unknown): boolean {
  switch (cmd.op) {
    case 'eq':
      return compare(value ?? null, cmd.arg ?? null) === 0
    case 'neq':
      return compare(value ?? null, cmd.arg ?? null) !== 0
    case 'lt':
      return value !== undefined && compare(value, cmd.arg) < 0
    case 'lte':
      return value !== undefined && compare(value, cmd.arg) <= 0
    case 'gt':
      return value !== undefined && compare(value, cmd.arg) > 0
    case 'gte':
      return value !== undefined && compare(value, cmd.arg) >= 0
    case 'in':
      return (cmd.arg as unknown[]).some((item) => compare(value ?? null, item) === 0)
    case 'all':
      return Array.isArray(value) && (cmd.arg as unknown[]).every((item) => value.includes(item))
    case 'not':
      return !test(cmd.arg as Cmd, value)
    default:
      throw new Error(`stand-in: query command ${cmd.op} is not modelled`)
  }
}

function matches(doc: Doc, where: Where | Logic): boolean {
  if (where instanceof Logic)
    return where.op === 'and'
      ? where.conditions.every((condition) => matches(doc, condition))
      : where.conditions.some((condition) => matches(doc, condition))
  return Object.entries(where).every(([field, condition]) => {
    if (field.includes('.')) throw new Error('stand-in: dotted field paths are not modelled')
    if (condition instanceof Cmd) return test(condition, doc[field])
    if (isPlainObject(condition)) throw new Error('stand-in: matching nested objects is not modelled')
    return compare(doc[field] ?? null, condition ?? null) === 0
  })
}

/** The ids a condition pins `_id` to at its top level, if it does: a primary-key lookup, not a scan. */
function pinnedIds(where: Where | Logic): string[] | null {
  if (where instanceof Logic) return where.op === 'and' ? (where.conditions.map(pinnedIds).find(Boolean) ?? null) : null
  const id = where._id
  if (typeof id === 'string') return [id]
  if (id instanceof Cmd && id.op === 'eq') return [id.arg as string]
  if (id instanceof Cmd && id.op === 'in') return id.arg as string[]
  return null
}

/**
 * The fields a condition pins or bounds (indexes.ts decides what serves it).
 * `all` pins an array field (a multikey index holds each element); a `not`
 * only filters what the index yields, so it asks nothing of the index.
 */
function shapeOf(collection: string, where: Where | Logic, order: [string, 'asc' | 'desc'][]): QueryShape {
  const equal = new Set<string>()
  const range = new Set<string>()
  const walk = (condition: Where | Logic, pinned: boolean) => {
    if (condition instanceof Logic) {
      // A field inside an `or` is not pinned for every document the query returns.
      for (const part of condition.conditions) walk(part, pinned && condition.op === 'and')
      return
    }
    for (const [field, value] of Object.entries(condition)) {
      if (value instanceof Cmd && value.op === 'not') continue
      const exact = !(value instanceof Cmd) || value.op === 'eq' || value.op === 'in' || value.op === 'all'
      if (exact && pinned) equal.add(field)
      else range.add(field)
    }
  }
  walk(where, true)
  for (const field of range) equal.delete(field)
  return { collection, equal: [...equal], range: [...range], order: [...order] }
}

function applyUpdate(target: Record<string, unknown>, data: Record<string, unknown>) {
  for (const [field, value] of Object.entries(data)) {
    if (field === '_id') throw new Error('stand-in: _id cannot be updated')
    if (value instanceof Cmd) {
      if (value.op === 'inc') target[field] = ((target[field] as number | undefined) ?? 0) + (value.arg as number)
      else if (value.op === 'set') target[field] = clone(value.arg)
      else if (value.op === 'remove') delete target[field]
      else throw new Error(`stand-in: update command ${value.op} is not modelled`)
    } else if (isPlainObject(value)) {
      // As on CloudBase: an object value updates the nested fields it names.
      const nested = isPlainObject(target[field]) ? (target[field] as Record<string, unknown>) : {}
      applyUpdate(nested, value)
      target[field] = nested
    } else {
      target[field] = clone(value)
    }
  }
}

function project(doc: Doc, fields?: Record<string, boolean>): Doc {
  if (!fields) return clone(doc)
  const included = Object.entries(fields).filter(([, keep]) => keep)
  if (included.length > 0) {
    const picked: Record<string, unknown> = fields._id === false ? {} : { _id: doc._id }
    for (const [field] of included) if (field in doc) picked[field] = clone(doc[field])
    return picked as Doc
  }
  const copy = clone(doc) as Record<string, unknown>
  for (const field of Object.keys(fields)) delete copy[field]
  return copy as Doc
}

/** What a measured stretch of work cost the database (DESIGN.md: cloud at scale). */
export interface Cost {
  requests: number
  /** The longest chain of requests each sent after the one before it answered. */
  roundTrips: number
  docsRead: number
  docsWritten: number
}

/** One query's shape and the index that served it (null: a collection scan). */
export interface RecordedQuery extends QueryShape {
  op: string
  index: string | null
}

export interface StandInOptions {
  style?: Style
  /** Each request's round trip: it runs half-way and answers at the end. */
  latencyMs?: number
  /** Up to this much more, at random, before it runs and again before it answers. */
  jitterMs?: number
  /** Makes the jitter reproducible. */
  seed?: number
  /** The declared indexes: a query none of them serves reads its whole collection. */
  indexes?: DeclaredIndexes
}

export interface StandInDatabase extends Database {
  /** Every document of a collection, as stored. */
  dump(collection: string): Doc[]
  /** Stores documents as they are, at once and uncounted: for setting up large data sets. */
  seed(collection: string, docs: Doc[]): void
  /** How many documents a collection holds. */
  size(collection: string): number
  /** Each request, in the order it was sent. */
  readonly requests: { collection: string; op: string }[]
  /** Each query's shape, in the order it was sent. */
  readonly queries: RecordedQuery[]
  /** The most requests that were under way at once. */
  readonly maxInFlight: number
  /** Since the last resetStats(). */
  cost(): Cost
  resetStats(): void
}

/** mulberry32: a small seeded generator, enough to shuffle completion order reproducibly. */
function randomSource(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function createStandInDatabase({
  style = 'wx',
  latencyMs = 0,
  jitterMs = 0,
  seed = 1,
  indexes,
}: StandInOptions = {}): StandInDatabase {
  const collections = new Map<string, Map<string, Doc>>()
  const requests: { collection: string; op: string }[] = []
  const queries: RecordedQuery[] = []
  const random = randomSource(seed)
  let inFlight = 0
  let maxInFlight = 0
  let nextId = 1
  let cost: Cost = { requests: 0, roundTrips: 0, docsRead: 0, docsWritten: 0 }
  /** The deepest request that has answered: a request sent now is one round trip deeper. */
  let answeredDepth = 0

  const docsOf = (name: string) => {
    let docs = collections.get(name)
    if (!docs) collections.set(name, (docs = new Map()))
    return docs
  }

  /** Every call is asynchronous, like the network, and is counted while under way. */
  async function request<T>(collection: string, op: string, work: () => T): Promise<T> {
    requests.push({ collection, op })
    const depth = answeredDepth + 1
    cost.requests++
    cost.roundTrips = Math.max(cost.roundTrips, depth)
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    try {
      await sleep(latencyMs / 2 + random() * jitterMs)
      const result = work()
      if (latencyMs > 0 || jitterMs > 0) await sleep(latencyMs / 2 + random() * jitterMs)
      return result
    } finally {
      inFlight--
      answeredDepth = Math.max(answeredDepth, depth)
    }
  }

  const duplicate = (collection: string, id: string) => {
    const text = `E11000 duplicate key error collection: ${collection} index: _id_ dup key: { _id: "${id}" }`
    return style === 'wx'
      ? { errCode: -502001, errMsg: `collection.add:fail -502001 database request fail. ${text}` }
      : Object.assign(new Error(text), { code: 'DATABASE_REQUEST_FAILED' })
  }

  const unwrap = (arg: unknown): Record<string, unknown> => {
    const data = style === 'wx' ? (arg as { data?: unknown })?.data : arg
    if (!isPlainObject(data)) throw new Error(`stand-in (${style}): write data must be an object`)
    return data
  }

  const command = {
    eq: (value: unknown) => new Cmd('eq', value),
    neq: (value: unknown) => new Cmd('neq', value),
    lt: (value: unknown) => new Cmd('lt', value),
    lte: (value: unknown) => new Cmd('lte', value),
    gt: (value: unknown) => new Cmd('gt', value),
    gte: (value: unknown) => new Cmd('gte', value),
    in: (values: unknown[]) => new Cmd('in', values),
    all: (values: unknown[]) => new Cmd('all', values),
    not: (condition: Cmd) => new Cmd('not', condition),
    and: (conditions: Where[]) => new Logic('and', conditions) as unknown as Where,
    or: (conditions: Where[]) => new Logic('or', conditions) as unknown as Where,
    inc: (by: number) => new Cmd('inc', by),
    set: (value: unknown) => new Cmd('set', value),
    remove: () => new Cmd('remove'),
  }

  function query(name: string, where: Where | Logic = {}) {
    const order: [string, 'asc' | 'desc'][] = []
    let limit = 100
    let fields: Record<string, boolean> | undefined
    /** The matching documents; records the query's shape and charges a scan when no index serves it. */
    const selected = (op: string) => {
      const docs = docsOf(name)
      const shape = shapeOf(name, where, order)
      const index = indexes ? servingIndex(shape, indexes) : 'not modelled'
      queries.push({ ...shape, op, index })
      if (index === null) cost.docsRead += docs.size
      const ids = pinnedIds(where)
      const candidates = ids
        ? ids.map((id) => docs.get(id)).filter((doc): doc is Doc => doc !== undefined)
        : docs.values()
      return [...candidates].filter((doc) => matches(doc, where))
    }
    const self = {
      where: (condition: Where) => query(name, condition),
      orderBy(field: string, direction: 'asc' | 'desc') {
        order.push([field, direction])
        return self
      },
      limit(count: number) {
        if (!Number.isInteger(count) || count < 1 || count > 1000) throw new Error('stand-in: limit must be 1–1000')
        limit = count
        return self
      },
      field(projection: Record<string, boolean>) {
        fields = projection
        return self
      },
      get: () =>
        request(name, 'get', () => {
          const sorted = selected('get').sort((a, b) => {
            for (const [field, direction] of order) {
              const result = compare(a[field], b[field])
              if (result !== 0) return direction === 'asc' ? result : -result
            }
            return 0
          })
          const data = sorted.slice(0, limit).map((doc) => project(doc, fields))
          cost.docsRead += data.length
          return { data }
        }),
      update: (arg: unknown) =>
        request(name, 'update', () => {
          const data = unwrap(arg)
          const hits = selected('update')
          for (const doc of hits) applyUpdate(doc, data)
          cost.docsWritten += hits.length
          return style === 'wx' ? { stats: { updated: hits.length } } : { updated: hits.length }
        }),
      remove: () =>
        request(name, 'remove', () => {
          const hits = selected('remove')
          for (const doc of hits) docsOf(name).delete(doc._id)
          cost.docsWritten += hits.length
          return style === 'wx' ? { stats: { removed: hits.length } } : { deleted: hits.length }
        }),
    }
    return self
  }

  return {
    command,
    collection: (name: string) => ({
      ...query(name),
      add: (arg: unknown) =>
        request(name, 'add', () => {
          const data = unwrap(arg)
          const id = (data._id as string | undefined) ?? `doc${nextId++}`
          if (docsOf(name).has(id)) throw duplicate(name, id)
          docsOf(name).set(id, { ...clone(data), _id: id })
          cost.docsWritten++
          return style === 'wx' ? { _id: id } : { id }
        }),
      doc: (id: string) => ({
        set: (arg: unknown) =>
          request(name, 'set', () => {
            const data = unwrap(arg)
            if ('_id' in data) throw new Error('stand-in: set() data must not carry _id')
            docsOf(name).set(id, { ...clone(data), _id: id })
            cost.docsWritten++
            return {}
          }),
      }),
    }),
    dump: (name) => [...docsOf(name).values()].map((doc) => clone(doc)),
    seed(name, docs) {
      const stored = docsOf(name)
      for (const doc of docs) stored.set(doc._id, doc)
    },
    size: (name) => docsOf(name).size,
    requests,
    queries,
    get maxInFlight() {
      return maxInFlight
    },
    cost: () => ({ ...cost }),
    resetStats() {
      requests.length = 0
      queries.length = 0
      maxInFlight = inFlight
      answeredDepth = 0
      cost = { requests: 0, roundTrips: 0, docsRead: 0, docsWritten: 0 }
    },
  }
}
