import * as v from 'valibot'
import { invalid } from './errors'
import { ID_PATTERN } from '../../src/contract/rules'

/** The first problem, in Chinese and naming the field, as INVALID_ARGUMENT. */
export function parseOrReject<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, input, { abortEarly: true })
  if (!result.success) throw invalid(describeIssue(result.issues[0]))
  return result.output
}

const HAS_CHINESE = /[\u4e00-\u9fff]/

/**
 * A missing key is reported by valibot with its object's message ("article
 * 应为对象"), and checks given no message of their own speak English: both
 * name the field by its path instead. A nested field's own message (written
 * for the field, "标题 不能为空") gets the path beside it.
 */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map(({ key }) => key as string | number)
  if (path.length === 0) return HAS_CHINESE.test(issue.message) ? issue.message : '请求参数有误'
  const field = path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key),
    '',
  )
  if (issue.received === 'undefined') return `${field} 不能为空`
  if (!HAS_CHINESE.test(issue.message)) return `${field} 格式不正确`
  const named = path.length === 1 || issue.message.includes(String(path[path.length - 1]))
  return named ? issue.message : `${issue.message}（${field}）`
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
