import type { ArticleSummary } from '../../src/contract/models'
import { ADMIN } from '../support/backend'
import { makeChannel } from '../support/channels'
import {
  answerOf,
  createCloudBackend,
  openPage,
  type CloudBackend,
  type PageHandle,
  type RecordingCanvas,
} from '../support/weapp'

/**
 * A China day `days` from today. The page and the server both go by the
 * machine's clock (the harness's waits go by it too, so it is not faked);
 * reads are put on past days by moving the server's clock alone.
 */
const chinaDay = (days = 0) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10)
const WEEK = Array.from({ length: 7 }, (_, i) => chinaDay(i - 6))
/** Reads and readers on each day of WEEK: a reader's second article of the day is a read, not a reader. */
const READS = [3, 0, 5, 2, 8, 1, 4]
const READERS = [2, 0, 3, 2, 5, 1, 3]

let backend: CloudBackend
let articles: ArticleSummary[]
/** The server's clock: the machine's, unless a test puts it on a day (noon in China). */
let serverDay: string | null = null

beforeEach(async () => {
  serverDay = null
  backend = await createCloudBackend({ now: () => (serverDay ? new Date(`${serverDay}T04:00:00Z`) : new Date()) })
  articles = await backend.articles()
})
afterEach(() => backend.close())

async function read(openid: string, articleId: string, scene = 1007, on?: string) {
  if (on) serverDay = on
  const answer = await backend.dispatch({ action: 'articles.get', payload: { id: articleId, scene } }, openid)
  if (!answer.ok) throw new Error(answer.error.message)
}

/** READS and READERS over WEEK: each reader opens the first article, the first readers a second one. */
async function readThroughTheWeek() {
  for (const [day, date] of WEEK.entries()) {
    for (let reader = 0; reader < READERS[day]; reader++) await read(`reader-${reader}`, articles[0].id, 1007, date)
    for (let extra = 0; extra < READS[day] - READERS[day]; extra++)
      await read(`reader-${extra}`, articles[1].id, 1047, date)
  }
  serverDay = null
}

async function openStats(): Promise<PageHandle> {
  const page = await openPage('packages/admin/index', { backend, openid: ADMIN, stackDepth: 2 })
  await page.waitForText('渠道')
  await page.tap({ text: '统计' })
  await page.waitForText('每日趋势')
  await page.settle()
  return page
}

/** What the chart's last drawing put on the canvas: everything since its last clearRect. */
function lastDrawing(canvas: RecordingCanvas) {
  const calls = canvas.context.calls
  const start = calls.map((call) => 'method' in call && call.method === 'clearRect').lastIndexOf(true)
  return calls.slice(start)
}

/** The dots of the lines, in drawing order (the reads' line first): each day's point. */
function dots(canvas: RecordingCanvas): { x: number; y: number }[] {
  return lastDrawing(canvas).flatMap((call) =>
    'method' in call && call.method === 'arc' ? [{ x: call.args[0] as number, y: call.args[1] as number }] : [],
  )
}

/**
 * Values read back from dots' heights on one linear axis whose zero is the
 * lowest dot of a zero day: y = zero − value × scale.
 */
function valuesOf(points: { y: number }[], zeroY: number, scale: number) {
  return points.map(({ y }) => Math.round((zeroY - y) / scale))
}

async function waitForChart(page: PageHandle, dotsPerLine: number) {
  return page.waitFor(
    () => {
      const canvas = page.wx.canvas.canvases[0]
      return canvas && dots(canvas).length === dotsPerLine * 2 && canvas
    },
    { message: `no chart with ${dotsPerLine} dots a line` },
  )
}

describe('运营后台 · 统计 (compiled weapp)', () => {
  test('近30天 by default: the range is asked of admin.stats, and the totals shown are its answer', async () => {
    await readThroughTheWeek()
    const page = await openStats()

    const [call] = page.apiCalls('admin.stats')
    expect(call.data.payload).toEqual({ from: chinaDay(-29), to: chinaDay() })
    const stats = answerOf(call)
    expect(stats.reads).toBe(23)
    expect(page.texts('operators-page__number')).toEqual(['23', String(stats.readers)])
    expect(page.hasText(`${chinaDay(-29)} 至 ${chinaDay()}`)).toBe(true)
    await waitForChart(page, 30)
  })

  test('近7天: one dot a day on each line, at heights that are the day’s reads and readers', async () => {
    await readThroughTheWeek()
    const page = await openStats()
    await page.tap({ text: '近7天' })
    await page.settle()

    expect(page.apiCalls('admin.stats').at(-1)?.data.payload).toEqual({ from: WEEK[0], to: WEEK[6] })
    const canvas = await waitForChart(page, 7)
    // Drawn for the phone's screen: CSS size × pixel ratio (3 on the harness's phone).
    expect(canvas.width).toBe(390 * 3)
    const points = dots(canvas)
    const [reads, readers] = [points.slice(0, 7), points.slice(7)]

    // One dot a day, evenly spaced from left to right, both lines on the same days.
    const xs = reads.map((point) => point.x)
    const step = xs[1] - xs[0]
    expect(step).toBeGreaterThan(0)
    xs.forEach((x, day) => expect(x).toBeCloseTo(xs[0] + step * day, 5))
    expect(readers.map((point) => point.x)).toEqual(xs)

    // Heights: the second day read nothing; the fifth had 8 reads.
    const zeroY = reads[1].y
    const scale = (zeroY - reads[4].y) / 8
    expect(valuesOf(reads, zeroY, scale)).toEqual(READS)
    expect(valuesOf(readers, zeroY, scale)).toEqual(READERS)

    // The axis' labels are the days as MM-DD (some may be left out to fit), and the legend.
    const labels = canvas.texts().map((text) => text.text)
    expect(labels).toEqual(expect.arrayContaining([WEEK[0].slice(5), WEEK[6].slice(5), '阅读', '读者']))
  })

  test('reads by entry, with 扫码 and 聊天 as admin.stats counts them', async () => {
    await readThroughTheWeek()
    const page = await openStats()
    await page.waitFor(() => page.findAll('stats-table').length > 0)
    const { byEntry } = answerOf(page.apiCalls('admin.stats')[0])
    const rows = page.findAll('stats-table__row').map((row) => row.textContent ?? '')
    expect(rows).toEqual(
      expect.arrayContaining([`扫码${byEntry.qrcode}`, `聊天${byEntry.chat}`, `海报${byEntry.poster}`]),
    )
    expect(byEntry.chat).toBe(16)
    expect(byEntry.qrcode).toBe(7)
  })

  test('导出 CSV writes the table to a file of the mini-program and shares it to a chat', async () => {
    await readThroughTheWeek()
    const page = await openStats()
    await page.tap({ text: '近7天' })
    await page.settle()
    await waitForChart(page, 7)
    await page.tap({ text: '导出 CSV 发送到聊天' })
    await page.waitFor(() => page.wx.of('shareFileMessage').length > 0, { message: 'nothing shared' })

    const fileName = `梧桐台-阅读统计-${WEEK[0]}至${WEEK[6]}.csv`
    const filePath = `wxfile://usr/${fileName}`
    expect(page.wx.of('shareFileMessage').map((call) => call.options)).toEqual([{ filePath, fileName }])
    const csv = page.wx.files.get(filePath) as string
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    expect(lines.slice(0, 4)).toEqual(['统计对象,全部阅读', `日期范围,${WEEK[0]} 至 ${WEEK[6]}`, '', '日期,阅读,读者'])
    expect(lines.slice(4, 11)).toEqual(WEEK.map((day, i) => `${day},${READS[i]},${READERS[i]}`))
    expect(lines[11]).toBe(`合计,23,${READERS.reduce((a, b) => a + b)}`)
    expect(lines).toEqual(expect.arrayContaining(['来源,阅读', '扫码,7', '聊天,16', '海报,0']))
    await page.waitFor(() => page.wx.of('showToast').some((call) => call.options.title === '已导出'), {
      message: 'no 已导出',
    })
  })

  test('a channel tapped in 渠道效果: its statistics, its name in the file, quoted there', async () => {
    const channel = await makeChannel(backend, { name: '柯桥, "秋季" 纺博会', articleId: articles[0].id })
    await backend.dispatch({ action: 'articles.get', payload: { channel: channel.code, scene: 1047 } }, 'reader-x')
    const page = await openStats()
    const row = await page.waitFor(
      () => page.findAll('stats-table__row--link').find((el) => el.textContent?.includes(channel.name)),
      { message: 'the channel is not in 渠道效果' },
    )
    await page.tap(row)
    await page.settle()

    expect(page.apiCalls('admin.stats').at(-1)?.data.payload).toEqual({
      channel: channel.code,
      from: chinaDay(-29),
      to: chinaDay(),
    })
    await page.waitForText(`渠道「${channel.name}」`)
    expect(page.texts('operators-page__number')).toEqual(['1', '1'])
    await page.tap({ text: '导出 CSV 发送到聊天' })
    await page.waitFor(() => page.wx.of('shareFileMessage').length > 0, { message: 'nothing shared' })
    const [file] = [...page.wx.files.entries()]
    // The name loses what file names may not hold (quotes, spaces); the file keeps it whole, RFC 4180-quoted.
    expect(file[0]).toBe(`wxfile://usr/梧桐台-阅读统计-柯桥,秋季纺博会-${chinaDay(-29)}至${chinaDay()}.csv`)
    expect(file[1]).toContain('统计对象,"渠道「柯桥, ""秋季"" 纺博会」"\r\n')

    await page.tap({ text: '看全部' })
    await page.settle()
    expect(page.apiCalls('admin.stats').at(-1)?.data.payload).toEqual({ from: chinaDay(-29), to: chinaDay() })
  })

  test('a custom range picked on the calendar: the first day tapped, then the last, then 确定', async () => {
    const today = chinaDay()
    const [year, month] = today.split('-').map(Number)
    /** `YYYY-MM-DD` of a day `back` months before this one. */
    const dayOf = (back: number, date: number) => {
      const first = new Date(Date.UTC(year, month - 1 - back, date))
      return first.toISOString().slice(0, 10)
    }
    const title = (back: number) => {
      const [y, m] = dayOf(back, 1).split('-').map(Number)
      return `${y}年${m}月`
    }
    const page = await openStats()
    await page.tap({ text: '自定义' })
    await page.waitForText(title(0))
    await page.tap({ text: '‹' })
    await page.tap({ text: '‹' })
    await page.waitForText(title(2))
    await page.tap({ text: '3' })
    await page.tap({ text: '›' })
    await page.waitForText(title(1))
    await page.tap({ text: '12' })
    const [from, to] = [dayOf(2, 3), dayOf(1, 12)]
    const length = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1
    await page.waitForText(`${from} 至 ${to}，共 ${length} 天`)
    await page.tap({ text: '确定' })
    await page.settle()

    expect(page.apiCalls('admin.stats').at(-1)?.data.payload).toEqual({ from, to })
    expect(page.find('day-range__day')).toBeUndefined()
    expect(page.hasText(`${from} 至 ${to}`)).toBe(true)

    // Days after today cannot be picked, nor a month after this one.
    await page.tap({ text: '自定义' })
    await page.waitForText(title(1))
    await page.tap({ text: '›' })
    await page.waitForText(title(0))
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
    const later = Array.from({ length: daysInMonth - Number(today.slice(8)) }, (_, i) =>
      String(Number(today.slice(8)) + 1 + i),
    )
    expect(page.findAll('day-range__day--off').map((day) => day.textContent)).toEqual(later)
    expect(page.find('day-range__step--off')).toBeDefined()
  })

  test('a failed answer says so with 重试, which asks again', async () => {
    const page = await openPage('packages/admin/index', { backend, openid: ADMIN, stackDepth: 2 })
    await page.waitForText('渠道')
    backend.goOffline()
    await page.tap({ text: '统计' })
    await page.waitForText('统计加载失败')
    backend.goOnline()
    await page.tap({ text: '重试' })
    await page.waitForText('每日趋势')
    await page.settle()
    expect(answerOf(page.apiCalls('admin.stats').at(-1))).toMatchObject({ reads: 0 })
  })
})
