import * as v from 'valibot'
import { storedImageSrc, webUrl } from './urls'
import { utcInstant } from './iso-instant'
import { id } from './validate'

const text = (field: string, max: number) =>
  v.pipe(
    v.string(`${field} 应为字符串`),
    v.trim(),
    v.minLength(1, `${field} 不能为空`),
    v.maxLength(max, `${field} 不能超过 ${max} 个字`),
  )

/** A web address (server/core/urls), stored as the URL parser writes it; the message names the field. */
const webAddress = (field: string) =>
  v.pipe(
    v.string(`${field} 应为字符串`),
    v.check((value) => webUrl(value) !== null, `${field} 应为 http(s) 网址`),
    v.transform((value) => webUrl(value) as string),
  )

const image = (field: string) =>
  v.pipe(
    v.string(`${field} 应为字符串`),
    v.check((value) => storedImageSrc(value) !== null, `${field} 应为 http(s) 网址、/media/ 下的图片或云存储文件 ID`),
    v.transform((value) => storedImageSrc(value) as string),
  )
const dimension = v.pipe(v.number('图片尺寸应为数字'), v.integer('图片尺寸应为整数'), v.minValue(1), v.maxValue(20_000))

const span = v.object({
  text: v.pipe(v.string('文字应为字符串'), v.maxLength(20_000, '段落太长')),
  bold: v.optional(v.boolean()),
  href: v.optional(webAddress('正文链接 href')),
})
const spans = v.pipe(v.array(span, 'spans 应为数组'), v.minLength(1, '段落不能为空'), v.maxLength(500))

const block = v.variant(
  'type',
  [
    v.object({ type: v.literal('heading'), level: v.picklist([2, 3], '标题级别应为 2 或 3'), text: text('标题', 200) }),
    v.object({ type: v.literal('paragraph'), spans }),
    v.object({ type: v.literal('quote'), spans }),
    v.object({
      type: v.literal('list'),
      ordered: v.boolean('ordered 应为布尔值'),
      items: v.pipe(v.array(spans), v.minLength(1), v.maxLength(500)),
    }),
    v.object({
      type: v.literal('image'),
      src: image('正文图片 src'),
      width: v.optional(dimension),
      height: v.optional(dimension),
      alt: v.optional(v.pipe(v.string(), v.maxLength(200))),
      caption: v.optional(v.pipe(v.string(), v.maxLength(500))),
    }),
  ],
  '正文块类型无效',
)

/** Stored as the instant in UTC, so that every store compares and pages dates alike. */
const isoDate = v.pipe(
  v.string('publishedAt 应为 ISO 日期'),
  v.isoTimestamp('publishedAt 应为 ISO 日期（如 2026-03-18T09:30:00+08:00）'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const instant = utcInstant(dataset.value)
    if (instant) return instant
    addIssue({ message: 'publishedAt 应为 1000–9999 年间真实存在的日期' })
    return NEVER
  }),
)

/** An article as operators and tools write it (the read count is the store's). */
export const articleInput = v.object(
  {
    id: id('id'),
    title: text('标题', 100),
    summary: text('摘要', 300),
    cover: v.optional(image('cover')),
    category: id('category'),
    source: text('来源', 50),
    publishedAt: isoDate,
    author: v.optional(text('作者', 50)),
    sourceUrl: v.optional(webAddress('sourceUrl')),
    tags: v.optional(v.pipe(v.array(text('标签', 20)), v.maxLength(10, '标签最多 10 个'))),
    blocks: v.pipe(v.array(block, 'blocks 应为数组'), v.minLength(1, '正文不能为空'), v.maxLength(5_000, '正文块太多')),
  },
  'article 应为对象',
)
