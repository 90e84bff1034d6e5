/**
 * What the search page does with the answer (compiled weapp): a body-only
 * match's `snippet` shown instead of its summary, the words marked; the
 * most-read articles when nothing is found; a query past 50 characters said
 * to be too long, not cut; 最近搜索 keeps queries trimmed. The ranking and
 * the snippets themselves are the backend's (server tests): here the answer
 * is given what the contract says it may carry, to see the page use it.
 */
import type { ApiResponse, Data } from '../../src/contract/api'
import type { ArticleSummary } from '../../src/contract/models'
import { answerOf, openPage, type CloudBackend, type PageHandle, samplePerTest } from '../support/weapp'

const SEARCH = 'packages/search/index'
const sample = samplePerTest()

/** The backend, its search answers completed as the contract allows: a snippet on the first item, `popular` when empty. */
function searchWithExtras(backend: CloudBackend, popular: ArticleSummary[]): CloudBackend {
  return Object.create(backend, {
    dispatch: {
      value: async (body: { action?: string }, openid?: string | null) => {
        const answer = await backend.dispatch(body, openid)
        if (body.action !== 'articles.search' || !answer.ok) return answer
        const data = answer.data as Data<'articles.search'>
        const [first, ...rest] = data.items
        const items = first ? [{ ...first, snippet: first.snippet ?? '…印染车间里，废水先经调节池…' }, ...rest] : []
        return { ok: true, data: { ...data, items, ...(items.length ? {} : { popular }) } } as ApiResponse
      },
    },
  }) as CloudBackend
}

/** Types `value` and presses 搜索 on the keyboard; resolves once the page shows the answer. */
async function search(page: PageHandle, value: string) {
  const asked = page.apiCalls('articles.search').length
  await page.trigger('search-bar__input', 'input', { value, cursor: value.length, keyCode: 0 })
  await page.trigger('search-bar__input', 'confirm', { value })
  await page.waitFor(() => page.apiCalls('articles.search').length > asked, { message: 'nothing was searched' })
  await page.settle()
  await page.waitFor(() => page.find('article-card') ?? page.find('status-view'), { message: 'no results shown' })
}

describe('search results (compiled weapp)', () => {
  test('a result with a snippet shows it instead of its summary, the query’s words marked', async () => {
    const page = await openPage(SEARCH, { backend: searchWithExtras(sample.backend, []), stackDepth: 2 })
    await search(page, '印染')
    const [first] = answerOf(page.apiCalls('articles.search')[0]).items
    expect(first.snippet).toBeDefined()
    const [summary] = page.findAll('article-card__summary')
    expect(summary.textContent?.replace(/\s+/g, '')).toBe(first.snippet)
    const hits = page.findAll('search-hit').filter((hit) => summary.contains(hit))
    expect(hits.map((hit) => hit.textContent)).toEqual(['印染'])
  })

  test('nothing found: the most-read articles of the last 30 days, which open like any result', async () => {
    const popular = sample.articles.slice(0, 3)
    const page = await openPage(SEARCH, { backend: searchWithExtras(sample.backend, popular), stackDepth: 2 })
    await search(page, '量子纠缠')
    expect(page.hasText('没有找到相关文章')).toBe(true)
    expect(page.texts('search-page__popular-title')).toEqual(['近 30 天热门文章'])
    expect(page.texts('article-card__title')).toEqual(popular.map((article) => article.title))
    await page.tap(page.findAll('article-card')[1])
    expect(page.wx.navigations).toEqual([
      expect.objectContaining({ api: 'navigateTo', url: `/pages/article/index?id=${popular[1].id}` }),
    ])
  })

  test('a query past 50 characters is said to be too long as it is typed, kept whole, and not sent', async () => {
    const page = await openPage(SEARCH, { backend: sample.backend, stackDepth: 2 })
    const input = page.find('search-bar__input') as Element
    // The box takes what is typed: nothing is cut without a word.
    expect(page.attribute(input, 'maxlength')).toBe(-1)
    const long = '纺织'.repeat(26)
    await page.trigger(input, 'input', { value: long, cursor: long.length, keyCode: 0 })
    await page.waitForClass('search-page__too-long')
    expect(page.texts('search-page__too-long')).toEqual(['关键词最多 50 个字，已输入 52 个，请删减后再搜索'])

    await page.trigger(input, 'confirm', { value: long })
    await page.waitFor(() => page.wx.of('showToast').length > 0, { message: 'nothing was said' })
    expect(page.apiCalls()).toEqual([])
    expect(page.wx.of('showToast').map((call) => call.options.title)).toEqual(['关键词最多 50 个字，请删减后再搜索'])

    // Cut back to 50, the hint goes and the query is searched.
    await search(page, long.slice(0, 50))
    expect(page.find('search-page__too-long')).toBeUndefined()
    expect(page.apiCalls('articles.search').map((call) => call.data.payload.q)).toEqual([long.slice(0, 50)])
  })

  test('最近搜索 keeps each query trimmed, once', async () => {
    const page = await openPage(SEARCH, { backend: sample.backend, stackDepth: 2 })
    await search(page, '  棉花 ')
    await search(page, ' 羊绒')
    await search(page, '棉花')
    await page.tap('search-bar__clear')
    await page.waitForClass('recent-searches__item')
    expect(page.texts('recent-searches__item')).toEqual(['棉花', '羊绒'])
  })
})
