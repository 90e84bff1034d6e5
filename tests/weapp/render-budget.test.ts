/**
 * Render budgets of the compiled weapp (issue 7): what a page costs WeChat
 * to draw, measured on Taro's dist/ with every setData recorded.
 *
 * - The largest sample article: its first render's setData payloads fit
 *   WeChat's 256 KB per call, and the page stays under the experience
 *   audit's 1 000 nodes and 30 levels.
 * - The largest sample article with 500 selected comments, each long and with
 *   a long 作者回复: the first render draws ten, within the same budgets, a
 *   reply nested no deeper than Taro's templates draw; 查看更多留言 sends the
 *   next ten alone.
 * - The 资讯 list scrolled to 1 000 cards: each page appended at the bottom
 *   costs a setData of that page's cards only, as small at the thousandth
 *   card as at the hundredth; only the cards near the screen are drawn
 *   (spacers stand for the others), so the page stays under 1 000 nodes
 *   and its list under 60 children however long it gets, and scrolling
 *   back to the top draws the first cards again.
 *
 * With WTT_RENDER_METRICS=<file> set, the figures are written there as JSON
 * for `npm run bench` (scripts/bench/render.ts), also those no test asserts
 * (the list's node count, the time per append in the simulator).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadSeed } from '../../server/dev/seed'
import type { ArticleInput } from '../../server/store/types'
import type { Block } from '../../src/contract/models'
import { makeArticle } from '../support/backend'
import { seedComments } from '../support/commentSeed'
import {
  APPEND_LIMIT,
  ARTICLE_COMMENTS,
  CHILDREN_LIMIT,
  DEPTH_LIMIT,
  LIST_CARDS,
  NODE_LIMIT,
  SCROLL_LIMIT,
  SETDATA_LIMIT,
  type Append,
  type RenderMeasurements,
  type SetDataFigures,
} from '../../scripts/render-budget'
import {
  answerOf,
  CARD_HEIGHT,
  closePage,
  createCloudBackend,
  DIST,
  openPage,
  type PageHandle,
  type RenderMetrics,
} from '../support/weapp'

const ARTICLE = 'pages/article/index'
const LIST = 'pages/index/index'
/** The longest sample article (server/dev/seed/articles.json). */
const LARGEST_ARTICLE = 'textile-industry-annual-review-2026'

const PAGE_SIZE = 10 // services/articles.ts fetchFeed
/** More articles than cards, so that the last card shown is not the end of the feed. */
const FEED_ARTICLES = LIST_CARDS + PAGE_SIZE
/**
 * simulate re-renders the page's whole tree on every setData, as WeChat's
 * view layer does, and jsdom is slower than a phone: 100 appends onto a
 * growing list take minutes here.
 */
const SCROLL_TIMEOUT_MS = 600_000

/** What the tests measured, written for the bench; a failed test leaves its part out. */
const figures: RenderMeasurements = {}

afterAll(() => {
  const file = process.env.WTT_RENDER_METRICS
  if (file) writeFileSync(file, JSON.stringify(figures, null, 2))
})

const setDataOf = ({ setData: { calls, bytes, maxBytes } }: RenderMetrics): SetDataFigures => ({
  calls,
  bytes,
  maxBytes,
})

/** The text a reader should find for each block, whitespace left out (the page adds list markers). */
function blockTexts(blocks: Block[]): string[] {
  const spansText = (spans: { text: string }[]) => spans.map((span) => span.text).join('')
  return blocks
    .flatMap((block) => {
      switch (block.type) {
        case 'heading':
          return [block.text]
        case 'paragraph':
        case 'quote':
          return [spansText(block.spans)]
        case 'list':
          return block.items.map(spansText)
        case 'image':
          return block.caption ? [block.caption] : []
      }
    })
    .map((text) => text.replace(/\s+/g, ''))
}

/** Published articles with the sample articles' titles, summaries and covers in turn: cards as heavy as real ones. */
function feedArticles(count: number): ArticleInput[] {
  const samples = loadSeed().articles
  return Array.from({ length: count }, (_, i) => {
    const sample = samples[i % samples.length]
    return makeArticle(i + 1, { title: sample.title, summary: sample.summary, cover: sample.cover })
  })
}

/**
 * How deep Taro's templates draw (config baseLevel): base.wxml has templates
 * for levels 0 to N - 1, then a container that hands deeper elements to the
 * `comp` component, a component boundary each. Depth d is level d - 1.
 */
function templatedDepth(): number {
  const container = /<template name="tmpl_(\d+)_container"/.exec(readFileSync(join(DIST, 'base.wxml'), 'utf8'))
  if (!container) throw new Error('base.wxml has no container template')
  return Number(container[1])
}

/** The window's height in the wx stub (getWindowInfo). */
const WINDOW_HEIGHT = 763

/**
 * The cards the list stands for: those drawn, and those its spacers replace
 * (the stub lays every card out CARD_HEIGHT tall).
 */
function cardsShown(page: PageHandle): number {
  const spacers = page.findAll('feed-spacer').reduce((sum, spacer) => sum + parseFloat(styleHeight(spacer)), 0)
  return page.findAll('article-card').length + spacers / CARD_HEIGHT
}

const styleHeight = (element: Element) => /height:\s*([\d.]+)px/.exec(element.getAttribute('style') ?? '')?.[1] ?? '0'

/** Scrolls so that the last card is at the bottom of the window, and waits until the page is quiet. */
async function scrollToBottom(page: PageHandle, cards: number): Promise<void> {
  await page.scrollTo(Math.max(0, cards * CARD_HEIGHT - WINDOW_HEIGHT))
  await page.settle()
}

/** Reaches the bottom and waits until the next page's cards are in the list and the page is quiet. */
async function appendPage(page: PageHandle, cards: number): Promise<Append> {
  page.resetMetrics()
  const started = Date.now()
  page.instance.onReachBottom?.()
  await page.waitFor(() => cardsShown(page) === cards, {
    timeout: 30_000,
    message: `the list never reached ${cards} cards`,
  })
  const ms = Date.now() - started
  await page.settle()
  const metrics = page.metrics()
  return { cards, ...setDataOf(metrics), ms, nodes: metrics.nodes }
}

describe('render budgets (compiled weapp)', () => {
  test(`the largest sample article renders in setData calls of ≤ 256 KB, with < ${NODE_LIMIT} nodes and < ${DEPTH_LIMIT} levels`, async () => {
    const page = await openPage(ARTICLE, { query: { id: LARGEST_ARTICLE }, scene: 1007, stackDepth: 1 })
    await page.waitForClass('article-header__title', { timeout: 10_000 })
    await page.settle()
    const metrics = page.metrics()

    const { article } = answerOf(page.apiCalls('articles.get')[0])
    const texts = blockTexts(article.blocks)
    const textChars = texts.join('').length
    const imageBlocks = article.blocks.filter((block) => block.type === 'image').length
    // The budget means something only on an article as large as the requirement's.
    expect(textChars).toBeGreaterThanOrEqual(8000)
    expect(imageBlocks).toBeGreaterThanOrEqual(30)

    // Everything is drawn, so the budget cannot be met by leaving the body out.
    const images = page.findAll('article-body__image').length
    expect(images).toBe(imageBlocks)
    const body = page.texts('article-body').join('').replace(/\s+/g, '')
    expect(texts.filter((text) => !body.includes(text))).toEqual([])

    figures.article = {
      id: article.id,
      textChars,
      imageBlocks,
      images,
      ...setDataOf(metrics),
      nodes: metrics.nodes,
      depth: metrics.depth,
    }
    expect(metrics.setData.maxBytes).toBeLessThanOrEqual(SETDATA_LIMIT)
    expect(metrics.nodes).toBeLessThan(NODE_LIMIT)
    expect(metrics.depth).toBeLessThan(DEPTH_LIMIT)
    expect(metrics.depth).toBeLessThanOrEqual(templatedDepth())
  })

  test(`an article with ${ARTICLE_COMMENTS} selected comments draws ten of them at first, within the same budgets`, async () => {
    const backend = await createCloudBackend()
    try {
      // Long comments with long replies: the heaviest a page of them can be.
      const text = (n: number) => `第 ${n + 1} 条：${'今年新疆棉采收机械化率继续提高，轧花厂开足马力，'.repeat(8)}`
      await seedComments(backend.store, LARGEST_ARTICLE, ARTICLE_COMMENTS, { text, reply: '感谢关注，'.repeat(40) })
      const page = await openPage(ARTICLE, { backend, query: { id: LARGEST_ARTICLE }, scene: 1007 })
      await page.waitForClass('comment', { timeout: 10_000 })
      await page.settle()
      const first = page.metrics()

      const { comments } = answerOf(page.apiCalls('articles.get')[0])
      expect(comments.count).toBe(ARTICLE_COMMENTS)
      const drawn = page.findAll('comment').length
      expect(drawn).toBe(10)
      expect(page.findAll('comment__reply')).toHaveLength(10)
      expect(page.texts('comment-section__more')).toEqual(['查看更多留言'])

      page.resetMetrics()
      await page.tap('comment-section__more')
      await page.waitFor(() => page.findAll('comment').length === 20, { message: 'no next page' })
      await page.settle()
      const more = page.metrics()
      expect(page.apiCalls('comments.list')).toHaveLength(1)

      figures.comments = {
        ...setDataOf(first),
        drawn,
        nodes: first.nodes,
        depth: first.depth,
        more: { ...setDataOf(more), drawn: 20, nodes: more.nodes },
      }
      expect(first.setData.maxBytes).toBeLessThanOrEqual(SETDATA_LIMIT)
      expect(first.nodes).toBeLessThan(NODE_LIMIT)
      expect(first.depth).toBeLessThan(DEPTH_LIMIT)
      expect(first.depth).toBeLessThanOrEqual(templatedDepth())
      // A page of them travels alone: its comments, not the list again.
      expect(more.setData.maxBytes).toBeLessThan(first.setData.maxBytes / 2)
      expect(more.depth).toBeLessThanOrEqual(templatedDepth())
    } finally {
      await closePage() // before its backend goes
      await backend.close()
    }
  })

  test(
    `scrolling the list to ${LIST_CARDS} cards: small appends that do not grow, < ${NODE_LIMIT} nodes, ≤ ${CHILDREN_LIMIT} children in the list`,
    async () => {
      const backend = await createCloudBackend({ articles: feedArticles(FEED_ARTICLES) })
      try {
        const page = await openPage(LIST, { backend })
        const list = await page.waitFor(
          () => page.findAll('article-card').length === PAGE_SIZE && page.find('index-page__list'),
          { message: 'no first page' },
        )
        await page.settle()
        const first = page.metrics()
        const firstTitles = page.texts('article-card__title')

        const appends: Append[] = []
        /** What scrolling down a page of cards costs: the groups drawn change. */
        const scrolls: SetDataFigures[] = []
        let mostNodes = first.nodes
        let mostChildren = list.childElementCount
        for (let cards = 2 * PAGE_SIZE; cards <= LIST_CARDS; cards += PAGE_SIZE) {
          page.resetMetrics()
          await scrollToBottom(page, cards - PAGE_SIZE)
          const scrolled = page.metrics()
          scrolls.push(setDataOf(scrolled))
          mostNodes = Math.max(mostNodes, scrolled.nodes)
          mostChildren = Math.max(mostChildren, list.childElementCount)
          const append = await appendPage(page, cards)
          appends.push(append)
          mostNodes = Math.max(mostNodes, append.nodes)
          mostChildren = Math.max(mostChildren, list.childElementCount)
        }
        await scrollToBottom(page, LIST_CARDS)
        const atEnd = page.metrics()
        const listChildren = list.childElementCount
        // Each append asked for the next page by cursor: nothing reloaded the list.
        expect(page.apiCalls('articles.list')).toHaveLength(LIST_CARDS / PAGE_SIZE)
        expect(cardsShown(page)).toBe(LIST_CARDS)
        // At the bottom: the last card is drawn, the first is not.
        const drawn = page.findAll('article-card').length
        expect(drawn).toBeLessThan(LIST_CARDS / 10)

        // Back at the top: the first cards are drawn again, with nothing above them.
        page.resetMetrics()
        await page.scrollTo(0)
        await page.settle()
        const backToTop = setDataOf(page.metrics())
        expect(page.texts('article-card__title').slice(0, PAGE_SIZE)).toEqual(firstTitles)
        expect(styleHeight(page.findAll('feed-spacer')[0])).toBe('0')
        expect(cardsShown(page)).toBe(LIST_CARDS)

        figures.list = {
          articles: FEED_ARTICLES,
          firstPage: { cards: PAGE_SIZE, ...setDataOf(first), nodes: first.nodes, depth: first.depth },
          appends,
          scrolls,
          backToTop,
          nodes: atEnd.nodes,
          mostNodes,
          depth: atEnd.depth,
          drawnCards: drawn,
          listChildren,
          mostListChildren: mostChildren,
        }

        const at = (cards: number) => appends.find((append) => append.cards === cards)
        const early = at(100)
        const late = at(LIST_CARDS)
        if (!early || !late) throw new Error('the appends at 100 and 1 000 cards were not measured')
        expect(Math.max(...appends.map((append) => append.maxBytes))).toBeLessThanOrEqual(APPEND_LIMIT)
        // Only the new cards travel: the thousandth card's page costs what the
        // hundredth's did (a few bytes more for longer indexes in the data paths).
        expect(late.bytes).toBeLessThan(early.bytes * 1.2)
        // However long the list, the page stays within WeChat's audit.
        expect(mostNodes).toBeLessThan(NODE_LIMIT)
        expect(atEnd.depth).toBeLessThanOrEqual(templatedDepth())
        expect(atEnd.nodes).toBeLessThan(NODE_LIMIT)
        expect(mostChildren).toBeLessThanOrEqual(CHILDREN_LIMIT)
        expect(listChildren).toBeLessThanOrEqual(CHILDREN_LIMIT)
        // A scroll that changes the groups drawn sends the groups drawn at most, never the list.
        expect(Math.max(...scrolls.map((scroll) => scroll.maxBytes))).toBeLessThanOrEqual(SCROLL_LIMIT)
      } finally {
        await closePage() // before its backend goes
        await backend.close()
      }
    },
    SCROLL_TIMEOUT_MS,
  )
})
