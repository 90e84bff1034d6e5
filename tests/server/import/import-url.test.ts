import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Block } from '../../../src/contract/models'
import { cloudMediaStore } from '../../../server/import/cloud-media'
import { createFetcher, IMAGE_LIMITS, type FetcherOptions } from '../../../server/import/fetch/fetcher'
import type { ImportServices } from '../../../server/import/link/services'
import { localMediaStore, type MediaStore } from '../../../server/import/media-store'
import { ADMIN, createTestBackend, STORE_KINDS, type StoreKind, type TestBackend } from '../../support/backend'
import { allStrings, fixture, tempDataDir } from './helpers'
import { pageFixture, redirect, sendFile, sendHtml, stall, startWebServer, streamBytes, type WebServer } from './web'

const web = (name: string) => fixture('web', name)
const LONG_LINK = '/s?__biz=MzkwNTYxMjM0NQ==&mid=2247483650&idx=1&sn=3f1c2e9a7b6d5c4e3f2a1b0c9d8e7f60'
const TITLE = '柯桥秋冬订货季：功能面料走俏，小单快反成常态'

/** WeChat's article host, its image host, and a host on the same machine that nobody allow-listed. */
let wechat: WebServer
let cdn: WebServer
let outsider: WebServer
const hugePage = streamBytes(64 * 1024 * 1024, 'text/html')
const hugeImage = streamBytes(200 * 1024 * 1024, 'image/jpeg')

beforeAll(async () => {
  ;[wechat, cdn, outsider] = await Promise.all([startWebServer(), startWebServer(), startWebServer()])
  const origins = () => ({
    page: wechat.origin,
    images: cdn.origin,
    private: `http://localhost:${outsider.host.split(':')[1]}`,
  })
  const page = (name: string) => sendHtml(() => pageFixture(name, origins()))
  for (const name of ['deleted', 'violation', 'verify', 'login', 'empty', 'images'])
    wechat.route(`/s/${name}`, page(`${name}.html`))
  wechat.route('/s', page('article.html'))
  wechat.route('/s/keqiao-autumn', page('article.html'))
  wechat.route(
    '/plain',
    sendHtml(() => '<html><head><title>棉花行情</title></head><body><p>今日棉价平稳。</p></body></html>'),
  )
  wechat.route(
    '/s/moved',
    redirect(() => `${cdn.origin}/s/relocated`),
  )
  cdn.route('/s/relocated', page('article.html'))
  wechat.route(
    '/s/away',
    redirect(() => `${outsider.origin}/s/keqiao-autumn`),
  )
  wechat.route(
    '/s/loop-a',
    redirect(() => '/s/loop-b', 301),
  )
  wechat.route(
    '/s/loop-b',
    redirect(() => '/s/loop-a', 307),
  )
  wechat.route('/s/huge', hugePage.route)
  wechat.route('/s/error', (_request, response) => void response.writeHead(500).end())
  wechat.route('/s/cut-off', (_request, response) => {
    const html = pageFixture('article.html', origins())
    response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(Buffer.byteLength(html)) })
    response.write(html.slice(0, 2000))
    setTimeout(() => response.socket?.destroy(), 20)
  })

  cdn.route('/mmbiz_jpg/keqiao-market/640', sendFile(web('keqiao-market.jpg'), 'image/jpeg'))
  cdn.route('/mmbiz_png/fabric-rolls/640', sendFile(web('fabric-rolls.png'), 'image/png'))
  cdn.route('/mmbiz_jpg/keqiao-cover/0', sendFile(web('cashmere-dehairing.jpg'), 'image/jpeg'))
  cdn.route('/huge/640', hugeImage.route)
  cdn.route('/not-an-image/640', sendFile(web('not-an-image.jpg'), 'image/jpeg'))
  // The image host itself, by a name nobody allow-listed: it resolves to a loopback address.
  cdn.route(
    '/to-private/640',
    redirect(() => `http://localhost:${cdn.host.split(':')[1]}/mmbiz_png/fabric-rolls/640`),
  )
})

afterAll(() => Promise.all([wechat, cdn, outsider].map((server) => server.close())))

/** Where the test's imported images go: the media folder for SQLite, recorded uploads for CloudBase. */
function mediaFor(kind: StoreKind) {
  if (kind === 'sqlite') {
    const data = tempDataDir()
    return {
      media: localMediaStore(data.mediaRoot) as MediaStore,
      bytesOf: (src: string) => readFileSync(join(data.mediaRoot, src.replace(/^\/media\//, ''))),
      srcPattern: /^\/media\/[0-9a-f]{20}\.(jpg|png)$/,
      remove: data.remove,
    }
  }
  const uploads = new Map<string, Buffer>()
  return {
    media: cloudMediaStore({
      async uploadFile({ cloudPath, fileContent }) {
        const fileID = `cloud://test-env.7465-test-env-1300000000/${cloudPath}`
        uploads.set(fileID, fileContent)
        return { fileID }
      },
    }),
    bytesOf: (src: string) => uploads.get(src) as Buffer,
    srcPattern: /^cloud:\/\/test-env\.7465-test-env-1300000000\/media\/[0-9a-f]{20}\.(jpg|png)$/,
    remove: () => undefined,
  }
}

const imagesOf = (blocks: Block[]) => blocks.filter((block) => block.type === 'image')

describe.each(STORE_KINDS)('admin.articles.importUrl on %s', (kind) => {
  let backend: TestBackend
  let media: ReturnType<typeof mediaFor>
  let asked: () => string[]

  /** The handlers with a fetcher that allows the two test servers. */
  async function start(fetcher: FetcherOptions = {}, services: Partial<ImportServices> = {}) {
    media = mediaFor(kind)
    const importer = {
      fetcher: createFetcher({ extraHosts: [wechat.host, cdn.host], ...fetcher }),
      media: media.media,
      ...services,
    }
    backend = await createTestBackend({ kind, importer })
    for (const server of [wechat, cdn, outsider]) server.requests.length = 0
    asked = () => [wechat, cdn, outsider].flatMap((server) => server.requests)
  }

  afterEach(async () => {
    await backend.close()
    media.remove()
  })

  const importUrl = (url: unknown, openid: string | null = ADMIN, category?: string) =>
    backend.call('admin.articles.importUrl', { url, ...(category ? { category } : {}) }, openid)

  describe('an article page', () => {
    beforeEach(() => start())

    it('imports title, account, author, time, source link and body, with every image stored', async () => {
      const answer = await backend.data(
        'admin.articles.importUrl',
        { url: `${wechat.origin}${LONG_LINK}&chksm=c0ffee00&scene=27#rd` },
        ADMIN,
      )
      expect(answer).toEqual({
        id: expect.stringMatching(/^oa-[0-9a-f]{16}$/),
        title: TITLE,
        warnings: ['链接 javascript:; 不是 http(s) 网址，只保留文字'],
      })

      const { article } = await backend.data('articles.get', { id: answer.id })
      expect(article).toMatchObject({
        title: TITLE,
        source: '梧桐台纺织服装',
        author: '梧桐台编辑部',
        publishedAt: '2025-09-22T08:00:00.000Z',
        sourceUrl: `${wechat.origin}${LONG_LINK}`,
        summary: '柯桥面料市场秋冬订货季开局：功能性面料询单增加，小单快反成为常态。',
        category: 'news',
        readCount: 1,
      })
      const [market, rolls] = imagesOf(article.blocks)
      expect(article.blocks).toEqual<Block[]>([
        {
          type: 'paragraph',
          spans: [
            { text: '九月下旬，柯桥中国轻纺城的秋冬订货季正式开局。' },
            { text: '功能性面料', bold: true },
            { text: '的询单明显增加，防风、保暖、抗菌成了采购商问得最多的三个词。' },
          ],
        },
        {
          type: 'image',
          src: market.type === 'image' ? market.src : '',
          width: 9,
          height: 6,
          caption: '轻纺城北市场的面料档口',
        },
        { type: 'heading', level: 2, text: '一、小单快反成常态' },
        {
          type: 'paragraph',
          spans: [{ text: '不少档口老板说，今年的订单“量小、款多、要得急”。一张订单几百米、七天交货，已经不稀奇。' }],
        },
        {
          type: 'paragraph',
          spans: [
            { text: '更多数据见' },
            { text: '订货季观察', href: 'https://www.example.com/keqiao-autumn-2026' },
            { text: '，往期报道见' },
            { text: '上一篇', href: `${wechat.origin}/s/wutongtai-earlier-report` },
            { text: '。' },
          ],
        },
        { type: 'image', src: rolls.type === 'image' ? rolls.src : '', width: 8, height: 8 },
        {
          type: 'list',
          ordered: true,
          items: [[{ text: '防风面料：冲锋衣、羽绒服外层' }], [{ text: '保暖面料：摇粒绒、仿羊羔绒' }]],
        },
        { type: 'quote', spans: [{ text: '“先打小样，卖得好再追单。”' }] },
        { type: 'paragraph', spans: [{ text: '在小程序里查看面料' }] },
      ])

      // Stored, never hot-linked: no address of the image host is left, and the bytes are the served ones.
      expect(allStrings(article).filter((text) => text.includes(cdn.host))).toEqual([])
      for (const [image, file] of [
        [market, 'keqiao-market.jpg'],
        [rolls, 'fabric-rolls.png'],
      ] as const) {
        const src = image.type === 'image' ? image.src : ''
        expect(src).toMatch(media.srcPattern)
        expect(media.bytesOf(src)).toEqual(readFileSync(web(file)))
      }
      expect(article.cover).toMatch(media.srcPattern)
      expect(media.bytesOf(article.cover as string)).toEqual(readFileSync(web('cashmere-dehairing.jpg')))
    })

    it('updates the same article when the link comes again, with other tracking or in its short form, and keeps its read count', async () => {
      const first = await backend.data(
        'admin.articles.importUrl',
        { url: `${wechat.origin}${LONG_LINK}&scene=27` },
        ADMIN,
      )
      await backend.data('articles.get', { id: first.id })
      await backend.data('articles.get', { id: first.id })

      for (const url of [
        `${wechat.origin}${LONG_LINK}&chksm=0ddba11&scene=1&from=timeline#wechat_redirect`,
        `${wechat.origin}/s/keqiao-autumn`,
      ]) {
        expect(await backend.data('admin.articles.importUrl', { url }, ADMIN)).toMatchObject({ id: first.id })
      }
      const { items } = await backend.data('articles.list', {})
      expect(items.filter((item) => item.title === TITLE)).toEqual([
        expect.objectContaining({ id: first.id, readCount: 2 }),
      ])
    })

    it('files the article under the category it is given; an unknown one is refused before anything is fetched', async () => {
      const { id } = await backend.data(
        'admin.articles.importUrl',
        { url: `${wechat.origin}/s/keqiao-autumn`, category: 'market' },
        ADMIN,
      )
      expect((await backend.data('articles.get', { id })).article.category).toBe('market')

      wechat.requests.length = 0
      const before = backend.snapshot()
      expect(await importUrl(`${wechat.origin}/s/keqiao-autumn`, ADMIN, 'no-such-category')).toEqual({
        ok: false,
        error: { code: 'INVALID_ARGUMENT', message: '分类不存在' },
      })
      expect(backend.snapshot()).toEqual(before)
      expect(wechat.requests).toEqual([])
    })

    it('follows a redirect to another allow-listed host', async () => {
      const { id } = await backend.data('admin.articles.importUrl', { url: `${wechat.origin}/s/moved` }, ADMIN)
      expect(wechat.requests).toEqual(['/s/moved'])
      expect(cdn.requests).toContain('/s/relocated')
      expect((await backend.data('articles.get', { id })).article.title).toBe(TITLE)
    })
  })

  describe('refusals, which write nothing', () => {
    beforeEach(() => start())

    const refuses = async (url: unknown, code: string, message: string | RegExp, openid: string | null = ADMIN) => {
      const before = backend.snapshot()
      const answer = await importUrl(url, openid)
      expect(answer).toEqual({ ok: false, error: { code, message: expect.stringMatching(message) } })
      expect(backend.snapshot()).toEqual(before)
    }

    it.each([
      ['an anonymous caller', null],
      ['a reader', 'reader-1'],
    ])('refuses %s with FORBIDDEN, fetching nothing', async (_label, openid) => {
      await refuses(`${wechat.origin}/s/keqiao-autumn`, 'FORBIDDEN', /./, openid)
      expect(asked()).toEqual([])
    })

    it.each([
      ['not text', 42, 'url 应为字符串'],
      ['empty', '   ', '请粘贴公众号文章链接'],
      ['without a scheme', 'mp.weixin.qq.com/s/abcdefgh', '链接格式不正确'],
      ['ftp', 'ftp://mp.weixin.qq.com/s/abcdefgh', '只能导入 http 或 https 链接'],
      ['javascript:', 'javascript:alert(1)', '只能导入 http 或 https 链接'],
      ['with a password', 'https://user:secret@mp.weixin.qq.com/s/abcdefgh', '链接中不能包含用户名或密码'],
      ['too long', `https://mp.weixin.qq.com/s/${'a'.repeat(3000)}`, '链接太长'],
      ['from another site', 'https://evil.example.com/s/abcdefgh', 'evil.example.com 不在允许列表中'],
      ['from a host on this machine nobody listed', 'http://127.0.0.1:9/s/abcdefgh', '127.0.0.1:9 不在允许列表中'],
    ])('refuses a link %s as INVALID_ARGUMENT, fetching nothing', async (_label, url, message) => {
      await refuses(url, 'INVALID_ARGUMENT', message)
      expect(asked()).toEqual([])
    })

    it.each([
      ['deleted by its publisher', 'deleted', '这篇文章已无法查看（页面提示：该内容已被发布者删除），不能导入'],
      ['taken down for a violation', 'violation', /^这篇文章已无法查看（页面提示：此内容因违规无法查看/],
      ['behind a verification wall', 'verify', /^公众号要求先完成验证才能查看这个页面（页面提示：环境异常/],
      [
        'behind a login wall',
        'login',
        '这个页面要在微信中登录后才能查看（页面提示：请在微信客户端打开链接），不能导入',
      ],
      ['with an empty body', 'empty', '文章正文是空的（#js_content 里没有文字或图片），不能导入'],
    ])('refuses a page %s as INVALID_ARGUMENT, in the page’s words', async (_label, name, message) => {
      await refuses(`${wechat.origin}/s/${name}`, 'INVALID_ARGUMENT', message)
      expect(cdn.requests).toEqual([])
    })

    it('refuses a page that is no official-account article', async () => {
      await refuses(
        `${wechat.origin}/plain`,
        'INVALID_ARGUMENT',
        '这个页面不是公众号文章（找不到正文 #js_content），不能导入',
      )
    })

    it('refuses a redirect that leaves the allow-list, without asking the other host', async () => {
      await refuses(`${wechat.origin}/s/away`, 'INVALID_ARGUMENT', `链接跳转到了不在允许列表中的网站 ${outsider.host}`)
      expect(outsider.requests).toEqual([])
    })

    it('gives up on a redirect loop as UPSTREAM', async () => {
      await refuses(`${wechat.origin}/s/loop-a`, 'UPSTREAM', '反复跳转')
      expect(wechat.requests).toEqual(['/s/loop-a', '/s/loop-b'])
    })

    it('refuses a page over 5 MB and stops reading it', async () => {
      await refuses(`${wechat.origin}/s/huge`, 'INVALID_ARGUMENT', '页面超过 5 MB')
      await hugePage.closed
      expect(hugePage.closedEarly).toBe(true)
      expect(hugePage.sent).toBeLessThan(64 * 1024 * 1024)
    })

    it.each([
      ['answers 500', '/s/error', 'UPSTREAM', `${'127.0.0.1'}:\\d+ 答复 HTTP 500`],
      ['answers 404', '/s/no-such-article', 'INVALID_ARGUMENT', '答复 HTTP 404'],
      ['hangs up halfway through the page', '/s/cut-off', 'UPSTREAM', '断开了连接'],
    ])('answers a source that %s, and writes nothing', async (_label, path, code, message) => {
      await refuses(`${wechat.origin}${path}`, code, new RegExp(message))
      expect(cdn.requests).toEqual([])
    })

    it('answers UPSTREAM when the source cannot be reached at all', async () => {
      const gone = await startWebServer()
      await gone.close()
      await backend.close()
      media.remove()
      await start({ extraHosts: [gone.host] })
      await refuses(`${gone.origin}/s/keqiao-autumn`, 'UPSTREAM', `无法连接 ${gone.host}（ECONNREFUSED）`)
    })

    it('refuses mp.weixin.qq.com itself when its name resolves to a private address (DNS rebinding)', async () => {
      const looked: string[] = []
      await backend.close()
      media.remove()
      await start({
        extraHosts: [],
        // The name answers a loopback address, as a rebinding attacker's DNS would.
        lookup: (hostname, options, callback) => {
          looked.push(hostname)
          callback(null, options.all ? [{ address: '127.0.0.1', family: 4 }] : '127.0.0.1', 4)
        },
      })
      await refuses(
        'http://mp.weixin.qq.com/s/keqiao-autumn',
        'INVALID_ARGUMENT',
        '内网或本机地址（127.0.0.1），不能访问',
      )
      expect(looked).toEqual(['mp.weixin.qq.com'])
    })

    it('writes no article when an image cannot be stored', async () => {
      await backend.close()
      media.remove()
      const failing: MediaStore = {
        put: async () => {
          throw new Error('磁盘已满')
        },
      }
      await start({}, { media: failing })
      const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined)
      try {
        await refuses(`${wechat.origin}/s/keqiao-autumn`, 'UPSTREAM', '图片保存失败，请稍后再试')
        expect(logged).toHaveBeenCalledWith('[importUrl] storing an image failed', new Error('磁盘已满'))
      } finally {
        logged.mockRestore()
      }
    })
  })

  describe('images that cannot be had', () => {
    beforeEach(() => start())

    it('leaves each out with its reason and imports the rest, never reaching a private address', async () => {
      const answer = await backend.data('admin.articles.importUrl', { url: `${wechat.origin}/s/images` }, ADMIN)
      const privateHost = `localhost:${outsider.host.split(':')[1]}`
      expect(answer.warnings).toEqual([
        expect.stringMatching(/\/huge\/640\?wx_fmt=jpeg：图片超过 20 MB，已跳过$/),
        expect.stringMatching(/\/not-an-image\/640\?wx_fmt=jpeg：不是可识别的图片，已跳过$/),
        expect.stringMatching(/\/gone\/640\?wx_fmt=jpeg：127\.0\.0\.1:\d+ 答复 HTTP 404，已跳过$/),
        expect.stringMatching(
          /\/to-private\/640\?wx_fmt=jpeg：localhost:\d+ 指向内网或本机地址（127\.0\.0\.1），不能访问，已跳过$/,
        ),
        `图片 http://${privateHost}/mmbiz_png/fabric-rolls/640?wx_fmt=png：${privateHost} 指向内网或本机地址（127.0.0.1），不能访问，已跳过`,
        '图片 http://169.254.169.254/latest/meta-data/：169.254.169.254 指向内网或本机地址（169.254.169.254），不能访问，已跳过',
        expect.stringMatching(
          /^封面 http:\/\/127\.0\.0\.1:\d+\/cover-gone\/0\?wx_fmt=jpeg：.*HTTP 404，改用正文第一张图片$/,
        ),
      ])

      const { article } = await backend.data('articles.get', { id: answer.id })
      const images = imagesOf(article.blocks)
      expect(images).toEqual([
        { type: 'image', src: expect.stringMatching(media.srcPattern), width: 9, height: 6 },
        { type: 'image', src: expect.stringMatching(media.srcPattern), width: 8, height: 8 },
      ])
      expect(article.cover).toBe(images[0].type === 'image' && images[0].src)
      // The endless image was cut off at the limit; the private addresses were never connected to.
      await hugeImage.closed
      expect(hugeImage.closedEarly).toBe(true)
      expect(hugeImage.sent).toBeLessThan(64 * 1024 * 1024)
      expect(outsider.requests).toEqual([])
      expect(cdn.requests.filter((path) => path.startsWith('/mmbiz_png/fabric-rolls/'))).toHaveLength(1)
    })

    it('leaves out an image that does not arrive in time (the limit shortened here from 10 s to 0.3 s)', async () => {
      await backend.close()
      media.remove()
      await start({ imageLimits: { ...IMAGE_LIMITS, timeoutMs: 300 } })
      cdn.route('/mmbiz_jpg/keqiao-market/640', stall)
      try {
        const answer = await backend.data(
          'admin.articles.importUrl',
          { url: `${wechat.origin}/s/keqiao-autumn` },
          ADMIN,
        )
        expect(answer.warnings).toContainEqual(
          expect.stringMatching(
            /\/keqiao-market\/640\?wx_fmt=jpeg&from=appmsg：127\.0\.0\.1:\d+ 在 0\.3 秒内没有传完图片，已跳过$/,
          ),
        )
        const { article } = await backend.data('articles.get', { id: answer.id })
        expect(imagesOf(article.blocks)).toEqual([
          { type: 'image', src: expect.stringMatching(media.srcPattern), width: 8, height: 8 },
        ])
      } finally {
        cdn.route('/mmbiz_jpg/keqiao-market/640', sendFile(web('keqiao-market.jpg'), 'image/jpeg'))
      }
    })
  })
})
