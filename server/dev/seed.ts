import { cpSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Article, Category } from '../../src/contract/models'
import type { Store } from '../store/types'

export const SEED_DIR = join(__dirname, 'seed')

const readJson = <T>(name: string): T => JSON.parse(readFileSync(join(SEED_DIR, name), 'utf8')) as T

export const loadSeed = () => ({
  categories: readJson<Category[]>('categories.json'),
  articles: readJson<Article[]>('articles.json'),
})

/**
 * Fills an empty database with the project's sample articles and copies
 * their images into the data folder; a database that has content is left as
 * it is.
 */
export async function seedIfEmpty(store: Store, mediaRoot: string): Promise<number> {
  const [anyCategory] = await store.listCategories()
  const [anyArticle] = await store.listArticles({ limit: 1 })
  if (anyCategory || anyArticle) return 0

  const { categories, articles } = loadSeed()
  mkdirSync(mediaRoot, { recursive: true })
  cpSync(join(SEED_DIR, 'media'), mediaRoot, { recursive: true })
  for (const category of categories) await store.upsertCategory(category)
  for (const article of articles) await store.upsertArticle(article)
  return articles.length
}
