import matter from 'gray-matter'
import { CORE_SCHEMA, load } from 'js-yaml'
import * as v from 'valibot'
import { ID_PATTERN } from '../../src/contract/rules'
import { parsePublishedAt } from './published-at'

/**
 * YAML's core schema, without timestamps: js-yaml's default would turn
 * `publishedAt: 2026-03-18` into midnight UTC, and then that day in China
 * could no longer be told apart from a given instant.
 */
const yamlEngine = (source: string) => (load(source, { schema: CORE_SCHEMA }) ?? {}) as object

/** gray-matter would `eval` front matter that opens with `---js`: an imported file must never run code. */
const ENGINES = {
  yaml: yamlEngine,
  javascript: (): object => {
    throw new Error('不支持 JavaScript 形式的 front matter，请用 YAML')
  },
}

/** YAML reads `id: 2026` or `tags: [2026]` as numbers; they are meant as text. */
const textual = (field: string) =>
  v.pipe(
    v.union([v.string(), v.number()], (issue) => (issue.input == null ? `${field} 不能为空` : `${field} 应为文字`)),
    v.transform(String),
    v.trim(),
  )

const text = (field: string, max: number) =>
  v.pipe(textual(field), v.nonEmpty(`${field} 不能为空`), v.maxLength(max, `${field} 不能超过 ${max} 个字`))

const idText = (field: string) =>
  v.pipe(textual(field), v.regex(ID_PATTERN, `${field} 格式不正确（1–64 位字母、数字、_ 或 -）`))

const TAG_SEPARATORS = /[,，、]/

const FIELDS = {
  title: text('title', 100),
  id: v.nullish(idText('id')),
  category: v.nullish(idText('category')),
  categoryName: v.nullish(text('categoryName', 20)),
  source: v.nullish(text('source', 50)),
  // Checked against the URL policy when the article is prepared: a bad one is dropped with a warning.
  sourceUrl: v.nullish(text('sourceUrl', 2048)),
  author: v.nullish(text('author', 50)),
  publishedAt: v.nullish(
    v.pipe(
      textual('publishedAt'),
      v.transform(parsePublishedAt),
      v.string('publishedAt 不是有效日期：应为 YYYY-MM-DD（当天北京时间零点）或完整时间，如 2026-03-18T10:00:00+08:00'),
    ),
  ),
  summary: v.nullish(text('summary', 150)),
  cover: v.nullish(text('cover', 2048)),
  // A list, or one line of tags separated by commas.
  tags: v.nullish(
    v.pipe(
      v.union([v.array(textual('tags 的每一项')), textual('tags')], 'tags 应为文字列表'),
      v.transform((tags) => (Array.isArray(tags) ? tags : tags.split(TAG_SEPARATORS))),
      v.transform((tags) => [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))]),
      v.maxLength(20, 'tags 最多 20 个'),
      v.check((tags) => tags.every((tag) => tag.length <= 20), 'tags 的每一项不能超过 20 个字'),
    ),
  ),
}

// Only `title` is required, so a missing key is always the title.
const FrontMatterSchema = v.object(FIELDS, (issue) =>
  issue.path ? '缺少 title（文章标题）' : '文件开头的 front matter 应为“字段: 值”的形式',
)

export type FrontMatter = v.InferOutput<typeof FrontMatterSchema>

export type FrontMatterResult =
  { ok: true; fields: FrontMatter; body: string; unknownFields: string[] } | { ok: false; reason: string }

/** Splits a file into its front matter (checked) and its body. */
export function readFrontMatter(source: string): FrontMatterResult {
  let parsed: matter.GrayMatterFile<string>
  try {
    parsed = matter(source.replace(/^\ufeff/, ''), { engines: ENGINES })
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
    return { ok: false, reason: `front matter 格式错误：${detail}` }
  }
  const result = v.safeParse(FrontMatterSchema, parsed.data, { abortEarly: true })
  if (!result.success) return { ok: false, reason: result.issues[0].message }
  const unknownFields = Object.keys(parsed.data).filter((key) => !Object.hasOwn(FIELDS, key))
  return { ok: true, fields: result.output, body: parsed.content, unknownFields }
}
