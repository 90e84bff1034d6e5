import type { ImportTarget } from './run-import'

/**
 * A target that reads from the real one (to tell new from updated) and
 * prints what it would write instead of writing.
 */
export function dryRunTarget(real: ImportTarget, print: (line: string) => void): ImportTarget {
  return {
    store: {
      listCategories: () => real.store.listCategories(),
      hasArticle: (id) => real.store.hasArticle(id),
      async upsertCategory(category) {
        print(`[dry-run] 新建分类 ${category.id}（${category.name}）`)
      },
      async upsertArticle(article) {
        const images = article.blocks.filter((block) => block.type === 'image').length
        print(`[dry-run] 写入文章 ${article.id}：${article.title}（${article.blocks.length} 段，${images} 张图）`)
      },
    },
    media: {
      async put(name, bytes) {
        print(`[dry-run] 保存图片 ${name}（${Math.ceil(bytes.length / 1024)} KB）`)
        return `/media/${name}`
      },
    },
  }
}
