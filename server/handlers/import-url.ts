import * as v from 'valibot'
import { MAX_URL_LENGTH } from '../core/urls'
import { id, payload } from '../core/validate'
import { defineHandler } from './define'

const importUrlSchema = payload({
  url: v.pipe(
    v.string('url 应为字符串'),
    v.trim(),
    v.nonEmpty('请粘贴公众号文章链接'),
    v.maxLength(MAX_URL_LENGTH, '链接太长'),
  ),
  category: v.optional(id('category')),
})

/** Imports an official-account article by its link (server/import/link). */
export const importUrl = defineHandler<'admin.articles.importUrl', typeof importUrlSchema>(
  importUrlSchema,
  ({ url, category }, { store, importer, now }) =>
    importer.importLink({ url, ...(category ? { category } : {}) }, { store, now: now() }),
  { adminOnly: true },
)
