import { BRAND_NAME } from '../constants/brand'
import { articleUrl, PAGES } from '../contract/rules'
import type { ArticleSummary } from '../contract/models'
import { SHARE_COVER, sizedImage } from './imageUrl'

/** A chat card for an article: its title, its cover cropped to the card's 5:4, a path that opens it. */
export const articleCard = (article: ArticleSummary) => ({
  title: article.title,
  path: articleUrl(article.id),
  ...(article.cover ? { imageUrl: sizedImage(article.cover, SHARE_COVER) } : {}),
})

/** A Moments post opens this page in single-page mode with the query (WeChat takes no path here). */
export const articleMoment = (article: ArticleSummary) => ({
  title: article.title,
  query: `id=${article.id}`,
  ...(article.cover ? { imageUrl: article.cover } : {}),
})

/** The list itself, shared from the page menu. */
export const HOME_CARD = { title: `${BRAND_NAME}：纺织服装产业资讯`, path: PAGES.home }
