import { readFileSync } from 'node:fs'
import { hostAndBrowser, operatorsUrl } from '../support/e2e'

const ADMIN = 'e2e-admin'

/** A China day, `days` from today (the host and the browser both keep China time by the clock). */
const chinaDay = (days = 0) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10)

describe('运营后台 · 统计 in the browser (h5 build on the local host)', () => {
  const e2e = hostAndBrowser({ WTT_ADMIN_OPENIDS: ADMIN })

  it('today’s reads in the totals and on the chart; 导出 CSV downloads the table with its file name', async () => {
    // Three reads by two readers today: one of them opens two articles.
    const [first, second] = (await e2e.host.callAs('e2e-reader-0', 'articles.list', { pageSize: 2 })).items
    await e2e.host.callAs('e2e-reader-0', 'articles.get', { id: first.id, scene: 1007 })
    await e2e.host.callAs('e2e-reader-0', 'articles.get', { id: second.id, scene: 1007 })
    await e2e.host.callAs('e2e-reader-1', 'articles.get', { id: first.id, scene: 1047 })

    const page = await e2e.browse({ openid: ADMIN, acceptDownloads: true })
    await page.goto(operatorsUrl(e2e.host))
    await page.getByText('统计', { exact: true }).click()
    await page.getByText('近7天', { exact: true }).click()
    await page.getByText(`${chinaDay(-6)} 至 ${chinaDay()}`).waitFor()
    await page.locator('.operators-page__number', { hasText: '3' }).first().waitFor()
    expect(await page.locator('.operators-page__number').allInnerTexts()).toEqual(['3', '2'])

    // Drawn on the browser's own canvas, at the screen's pixel ratio: axes and labels, and both lines in their
    // colours (antialiased: near them). Where each dot lies is checked on the weapp build's recording canvas.
    await page.locator('.stats-chart__cover').waitFor({ state: 'detached' })
    const inks = await page.locator('.stats-chart canvas').evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d') as CanvasRenderingContext2D
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
      const near = (i: number, [r, g, b]: number[]) =>
        Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 60
      const count = { reads: 0, readers: 0, ink: 0 }
      for (let i = 0; i < data.length; i += 4) {
        if (near(i, [0x2f, 0x6b, 0x4f])) count.reads++
        if (near(i, [0xe0, 0xa5, 0x26])) count.readers++
        if (!near(i, [0xff, 0xff, 0xff])) count.ink++
      }
      return { ...count, width: canvas.width, css: canvas.getBoundingClientRect().width }
    })
    expect(inks.reads).toBeGreaterThan(20)
    expect(inks.readers).toBeGreaterThan(20)
    expect(inks.ink).toBeGreaterThan(1000)
    expect(inks.width).toBe(Math.round(inks.css * (await page.evaluate(() => window.devicePixelRatio))))

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('导出 CSV').click()])
    expect(download.suggestedFilename()).toBe(`梧桐台-阅读统计-${chinaDay(-6)}至${chinaDay()}.csv`)
    const csv = readFileSync(await download.path())
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = csv.toString('utf8').slice(1).split('\r\n')
    expect(lines[0]).toBe('统计对象,全部阅读')
    expect(lines.slice(4, 11).map((line) => line.split(',')[0])).toEqual(
      Array.from({ length: 7 }, (_, i) => chinaDay(i - 6)),
    )
    expect(lines[10]).toBe(`${chinaDay()},3,2`)
    expect(lines).toEqual(expect.arrayContaining(['合计,3,2', '聊天,2', '扫码,1']))
  })
})
