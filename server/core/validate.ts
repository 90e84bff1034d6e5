import * as v from 'valibot'
import { invalid } from './errors'
import { ID_PATTERN } from '../../src/contract/rules'

/** The first problem, in the Chinese its schema gives, as INVALID_ARGUMENT. */
export function parseOrReject<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, input, { abortEarly: true })
  if (!result.success) throw invalid(result.issues[0].message)
  return result.output
}

export const id = (field: string) =>
  v.pipe(v.string(`${field} 应为字符串`), v.regex(ID_PATTERN, `${field} 格式不正确（1–64 位字母、数字、_ 或 -）`))

export const pageRequest = {
  cursor: v.optional(v.pipe(v.string('cursor 应为字符串'), v.maxLength(256, 'cursor 无效'))),
  pageSize: v.optional(
    v.pipe(
      v.number('pageSize 应为 1–20 的整数'),
      v.integer('pageSize 应为 1–20 的整数'),
      v.minValue(1, 'pageSize 应为 1–20 的整数'),
      v.maxValue(20, 'pageSize 应为 1–20 的整数'),
    ),
    10,
  ),
}

/** WeChat scene numbers are four digits (1001, 1047, 1154 ...). */
export const scene = v.optional(
  v.pipe(
    v.number('scene 应为微信场景值（整数）'),
    v.integer('scene 应为微信场景值（整数）'),
    v.minValue(1000, 'scene 应为微信场景值（整数）'),
    v.maxValue(9999, 'scene 应为微信场景值（整数）'),
  ),
)

/** A payload is a plain object; unknown keys are ignored. */
export const payload = <E extends v.ObjectEntries>(entries: E) => v.object(entries, 'payload 应为对象')
