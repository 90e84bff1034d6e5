import type * as v from 'valibot'
import type { Action, Data } from '../../src/contract/api'
import type { Context } from '../core/context'

export interface Handler<A extends Action> {
  schema: v.GenericSchema
  /** Only the admins may call it; checked before the payload is read. */
  adminOnly: boolean
  run(input: never, ctx: Context): Promise<Data<A>>
}

/** Ties an action's schema to its rules, typing `run`'s input from the schema. */
export function defineHandler<A extends Action, S extends v.GenericSchema>(
  schema: S,
  run: (input: v.InferOutput<S>, ctx: Context) => Promise<Data<A>>,
  { adminOnly = false } = {},
): Handler<A> {
  return { schema, run, adminOnly }
}
