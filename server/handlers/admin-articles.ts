import { articleInput } from '../core/article-schema'
import { invalid, notFound } from '../core/errors'
import { id, payload } from '../core/validate'
import { defineHandler } from './define'

const upsertSchema = payload({ article: articleInput })

export const upsertArticle = defineHandler<'admin.articles.upsert', typeof upsertSchema>(
  upsertSchema,
  async ({ article }, { store }) => {
    const categories = await store.listCategories()
    if (!categories.some((category) => category.id === article.category)) throw invalid('分类不存在')
    await store.upsertArticle(article)
    return { id: article.id }
  },
  { adminOnly: true },
)

const unpublishSchema = payload({ id: id('id') })

export const unpublishArticle = defineHandler<'admin.articles.unpublish', typeof unpublishSchema>(
  unpublishSchema,
  async ({ id: articleId }, { store }) => {
    if (!(await store.unpublishArticle(articleId))) throw notFound('文章不存在')
    return {}
  },
  { adminOnly: true },
)
