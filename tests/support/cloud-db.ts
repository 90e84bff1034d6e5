/**
 * An in-memory stand-in for the part of the CloudBase document database that
 * server/store/cloudbase uses, in both SDK flavours: wx-server-sdk (writes
 * wrapped in `{ data }`, answers `_id` and `stats`) and @cloudbase/node-sdk
 * (writes as is, answers `id` and `updated`). It evaluates what it is given:
 * `where` with field equality, the commands eq, neq, lt, lte, gt, gte, in,
 * and, or, `all` on an array field and `not` around a command; `orderBy` on
 * several fields; `limit` (100 by default, at most 1000 as on the server);
 * `field` projections; updates with inc, set, remove and nested-object merge;
 * add, doc().set, remove.
 *
 * What it does not model: dotted field paths and matching on nested objects
 * (it throws), comparisons across types, other array queries (equality or
 * comparison with an array's elements, elemMatch, size), indexes and their
 * absence (a real query on an unindexed field can be slow or refused),
 * transactions, `skip`, `count`, aggregation, geo queries, regular
 * expressions, security rules, quotas and network errors, and the 5 MB/20 MB
 * size limits.
 */
import type { Database, Doc, Where } from '../../server/store/cloudbase/driver'

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

export interface StandInDatabase extends Database {
  /** Every document of a collection, as stored. */
  dump(collection: string): Doc[]
  /** Each request, in the order it was sent. */
  readonly requests: { collection: string; op: string }[]
  /** The most requests that were under way at once. */
  readonly maxInFlight: number
  resetStats(): void
}

export function createStandInDatabase({ style = 'wx', latencyMs = 0 }: { style?: Style; latencyMs?: number } = {}) {
  const collections = new Map<string, Map<string, Doc>>()
  const requests: { collection: string; op: string }[] = []
  let inFlight = 0
  let maxInFlight = 0
  let nextId = 1

  const docsOf = (name: string) => {
    let docs = collections.get(name)
    if (!docs) collections.set(name, (docs = new Map()))
    return docs
  }

  /** Every call is asynchronous, like the network, and is counted while under way. */
  async function request<T>(collection: string, op: string, work: () => T): Promise<T> {
    requests.push({ collection, op })
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    try {
      await new Promise((resolve) => setTimeout(resolve, latencyMs))
      return work()
    } finally {
      inFlight--
    }
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
    const selected = () => [...docsOf(name).values()].filter((doc) => matches(doc, where))
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
          const sorted = selected().sort((a, b) => {
            for (const [field, direction] of order) {
              const result = compare(a[field], b[field])
              if (result !== 0) return direction === 'asc' ? result : -result
            }
            return 0
          })
          return { data: sorted.slice(0, limit).map((doc) => project(doc, fields)) }
        }),
      update: (arg: unknown) =>
        request(name, 'update', () => {
          const data = unwrap(arg)
          const hits = selected()
          for (const doc of hits) applyUpdate(doc, data)
          return style === 'wx' ? { stats: { updated: hits.length } } : { updated: hits.length }
        }),
      remove: () =>
        request(name, 'remove', () => {
          const hits = selected()
          for (const doc of hits) docsOf(name).delete(doc._id)
          return style === 'wx' ? { stats: { removed: hits.length } } : { deleted: hits.length }
        }),
    }
    return self
  }

  const db: StandInDatabase = {
    command,
    collection: (name: string) => ({
      ...query(name),
      add: (arg: unknown) =>
        request(name, 'add', () => {
          const data = unwrap(arg)
          const id = (data._id as string | undefined) ?? `doc${nextId++}`
          if (docsOf(name).has(id)) throw new Error(`stand-in: duplicate _id ${id}`)
          docsOf(name).set(id, { ...clone(data), _id: id })
          return style === 'wx' ? { _id: id } : { id }
        }),
      doc: (id: string) => ({
        set: (arg: unknown) =>
          request(name, 'set', () => {
            const data = unwrap(arg)
            if ('_id' in data) throw new Error('stand-in: set() data must not carry _id')
            docsOf(name).set(id, { ...clone(data), _id: id })
            return {}
          }),
      }),
    }),
    dump: (name) => [...docsOf(name).values()].map((doc) => clone(doc)),
    requests,
    get maxInFlight() {
      return maxInFlight
    },
    resetStats() {
      requests.length = 0
      maxInFlight = 0
    },
  }
  return db
}
