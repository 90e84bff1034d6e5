/**
 * Which declared index serves a query (cloudbase/database.json), by the
 * rule a document database plans with: the equality fields are the index's
 * first keys, then the sort fields follow in the index's order (or all
 * reversed), and every range field is one of those following keys. A query
 * on `_id` is served by the primary key; a query with no condition and no
 * order is a bounded read in natural order.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface DeclaredIndex {
  name: string
  keys: { name: string; direction: 1 | -1 }[]
}

/** Declared indexes by collection. */
export type DeclaredIndexes = Record<string, DeclaredIndex[]>

/** The fields a query pins to one value, the fields it bounds, and its order. */
export interface QueryShape {
  collection: string
  equal: string[]
  range: string[]
  order: [string, 'asc' | 'desc'][]
}

export const DATABASE_JSON = join(__dirname, '../../../../cloudbase/database.json')

/** The indexes cloudbase/database.json declares, with each collection's primary key. */
export function declaredIndexes(file = DATABASE_JSON): DeclaredIndexes {
  const { collections } = JSON.parse(readFileSync(file, 'utf8')) as {
    collections: Record<string, { indexes: { name: string; keys: { name: string; direction: string }[] }[] }>
  }
  return Object.fromEntries(
    Object.entries(collections).map(([collection, { indexes }]) => [
      collection,
      indexes.map((index) => ({
        name: index.name,
        keys: index.keys.map((key) => ({ name: key.name, direction: key.direction === '-1' ? -1 : 1 }) as const),
      })),
    ]),
  )
}

const PRIMARY: DeclaredIndex = { name: '_id', keys: [{ name: '_id', direction: 1 }] }

/** The index that serves this shape, by name; null when the query would scan the collection. */
export function servingIndex(shape: QueryShape, indexes: DeclaredIndexes): string | null {
  if (shape.equal.includes('_id')) return PRIMARY.name
  if (shape.equal.length === 0 && shape.range.length === 0 && shape.order.length === 0) return 'natural order'
  const served = [PRIMARY, ...(indexes[shape.collection] ?? [])].find((index) => serves(index, shape))
  return served?.name ?? null
}

function serves(index: DeclaredIndex, { equal, range, order }: QueryShape): boolean {
  const names = index.keys.map((key) => key.name)
  const prefix = names.slice(0, equal.length)
  if (prefix.length !== equal.length || !equal.every((field) => prefix.includes(field))) return false
  const rest = index.keys.slice(equal.length)
  if (order.length > rest.length) return false
  const flips = order.map(([field, direction], i) => {
    if (rest[i].name !== field) return null
    return (direction === 'asc' ? 1 : -1) === rest[i].direction
  })
  if (flips.includes(null) || new Set(flips).size > 1) return false
  return range.every((field) => rest.some((key) => key.name === field))
}
