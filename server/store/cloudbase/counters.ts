import type { CloudDriver } from './driver'

/** Numbers to add, possibly nested (`{ byEntry: { chat: 1 } }`). */
export interface Counts {
  [field: string]: number | Counts
}

const increments = (driver: CloudDriver, counts: Counts): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(counts).map(([field, value]) => [
      field,
      typeof value === 'number' ? driver.command.inc(value) : increments(driver, value),
    ]),
  )

/**
 * Adds `counts` to the document `id` with `_.inc`, atomically, whoever else
 * adds at the same time. The first count of a document creates it (with
 * `fields`); when two try at once, the one whose creation lost adds instead.
 * One request when the document exists, as it does after its first count.
 */
export async function bump(
  driver: CloudDriver,
  collection: string,
  id: string,
  fields: Record<string, unknown>,
  counts: Counts,
): Promise<void> {
  const update = increments(driver, counts)
  if ((await driver.update(collection, { _id: id }, update)) > 0) return
  if (await driver.create(collection, id, { ...fields, ...counts })) return
  await driver.update(collection, { _id: id }, update)
}
