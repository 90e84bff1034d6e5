import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { importedHref, importedImage, storedImageSrc, webUrl } from '../../../server/core/urls'
import { openLocalTarget } from '../../../server/import/local-target'
import { importArticles } from '../../../server/import/run-import'
import { openSqliteStore } from '../../../server/store/sqlite'
import { ADMIN, createTestBackend, makeArticle, STORE_KINDS, type TestBackend } from '../../support/backend'
import { tempDataDir } from './helpers'
import { fakeWeb } from './web'

/** Written the way they reach the importer or the API: quotes, white space and schemes in disguise. */
const NOT_WEB_ADDRESSES = [
  'javascript:alert(1)',
  'mailto:javascript:alert(1)',
  'mailto:news@example.com',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'ftp://example.com/a',
  '//example.com/a',
  '/relative/path',
  'https://example.com/a"onmouseover="alert(1)',
  "https://example.com/it's",
  'https://example.com/a b',
  'https://example.com/a\nb',
  'https://example.com/<script>',
  'https://example.com\\@evil.example.com/',
  'https://user:secret@example.com/',
  'https://mp.weixin.qq.com@evil.example.com/',
  'http://',
  `https://example.com/${'a'.repeat(2100)}`,
]

describe('the URL policy', () => {
  it('takes web addresses only, normalised as the URL parser writes them', () => {
    expect(webUrl('https://www.example.com/green-mill?a=1#b')).toBe('https://www.example.com/green-mill?a=1#b')
    expect(webUrl('HTTP://Example.COM')).toBe('http://example.com/')
    expect(webUrl('https://例子.测试/路径')).toBe('https://xn--fsqu00a.xn--0zwm56d/%E8%B7%AF%E5%BE%84')
    for (const value of NOT_WEB_ADDRESSES) expect([value, webUrl(value)]).toEqual([value, null])
  })

  it('takes as a stored image a web address, a /media/ name or a cloud file id, and nothing that climbs out', () => {
    for (const value of [
      'https://img.example.com/a.jpg',
      '/media/0123456789abcdef0123.jpg',
      '/media/cotton-field.jpg',
      'cloud://prod-env.7072-prod-env-1300000000/media/0123456789abcdef0123.png',
    ])
      expect(storedImageSrc(value)).toBe(value)
    for (const value of [
      ...NOT_WEB_ADDRESSES,
      '/media/../../etc/passwd',
      '/media/..',
      '/media/a/../../b.jpg',
      '/media/%2e%2e/secret.jpg',
      '/media/a%2Fb.jpg',
      '/media/.hidden.jpg',
      '/media/',
      '/media/a b.jpg',
      '/media/a.jpg?x=1',
      '/elsewhere/a.jpg',
      'cloud://prod-env.bucket/media/../secret.jpg',
      'cloud://prod-env/media/a.jpg',
      'data:image/png;base64,AAAA',
    ])
      expect([value, storedImageSrc(value)]).toEqual([value, null])
  })

  it('reads an imported page’s links and images as HTML does, against the page’s address when there is one', () => {
    expect(importedHref('  https://www.example.com/a \n')).toBe('https://www.example.com/a')
    expect(importedHref('/s/earlier', 'https://mp.weixin.qq.com/s/now')).toBe('https://mp.weixin.qq.com/s/earlier')
    expect(importedHref('/s/earlier')).toBeNull()
    expect(importedHref('#top', 'https://mp.weixin.qq.com/s/now')).toBeNull()
    expect(importedHref('javascript:;', 'https://mp.weixin.qq.com/s/now')).toBeNull()
    expect(importedImage('//mmbiz.qpic.cn/a/640?wx_fmt=png')).toEqual({
      remote: 'https://mmbiz.qpic.cn/a/640?wx_fmt=png',
    })
    expect(importedImage('images/a b.png')).toBeNull()
    expect(importedImage('images/a%20b.png')).toEqual({ local: 'images/a%20b.png' })
    expect(importedImage('images/a.png', 'https://example.com/post/1')).toEqual({
      remote: 'https://example.com/post/images/a.png',
    })
    for (const value of NOT_WEB_ADDRESSES.filter((address) => /^[a-z]+:/i.test(address)))
      expect([value, importedImage(value)]).toEqual([value, null])
  })
})

describe.each(STORE_KINDS)('admin.articles.upsert on %s, by the same policy', (kind) => {
  let backend: TestBackend
  beforeEach(async () => {
    backend = await createTestBackend({ kind })
  })
  afterEach(() => backend.close())

  const { readCount: _ignored, ...article } = makeArticle(1, { id: 'policy' })
  const paragraph = (href: string) => [{ type: 'paragraph' as const, spans: [{ text: '链接', href }] }]

  it.each([
    [
      'a link to mailto:javascript:',
      { blocks: paragraph('mailto:javascript:alert(1)') },
      '正文链接 href 应为 http(s) 网址',
    ],
    ['a mail link', { blocks: paragraph('mailto:news@example.com') }, '正文链接 href 应为 http(s) 网址'],
    [
      'a link with a quote',
      { blocks: paragraph('https://example.com/"onclick="x') },
      '正文链接 href 应为 http(s) 网址',
    ],
    ['a source link with a quote', { sourceUrl: 'https://mp.weixin.qq.com/s/abc"def' }, 'sourceUrl 应为 http(s) 网址'],
    ['a source link that is no web address', { sourceUrl: 'javascript:alert(1)' }, 'sourceUrl 应为 http(s) 网址'],
    ['a cover out of the media folder', { cover: '/media/../../package.json' }, /^cover 应为/],
    ['an encoded way out', { cover: '/media/%2e%2e/%2e%2e/package.json' }, /^cover 应为/],
    ['an image out of the media folder', { blocks: [{ type: 'image', src: '/media/../x.jpg' }] }, /^正文图片 src 应为/],
  ])('refuses %s as INVALID_ARGUMENT naming the field, and writes nothing', async (_label, change, message) => {
    const before = backend.snapshot()
    const answer = await backend.call('admin.articles.upsert', { article: { ...article, ...change } }, ADMIN)
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        message: typeof message === 'string' ? message : expect.stringMatching(message),
      },
    })
    expect(backend.snapshot()).toEqual(before)
  })

  it('stores good addresses as the URL parser writes them', async () => {
    await backend.data(
      'admin.articles.upsert',
      {
        article: {
          ...article,
          sourceUrl: 'HTTPS://MP.WEIXIN.QQ.COM/s/abcdefgh',
          cover: 'cloud://prod-env.7072-prod-env-1300000000/media/0123456789abcdef0123.jpg',
          blocks: [...paragraph('https://www.example.com'), { type: 'image', src: '/media/0123456789abcdef0123.png' }],
        },
      },
      ADMIN,
    )
    const { article: stored } = await backend.data('articles.get', { id: 'policy' })
    expect(stored).toMatchObject({
      sourceUrl: 'https://mp.weixin.qq.com/s/abcdefgh',
      cover: 'cloud://prod-env.7072-prod-env-1300000000/media/0123456789abcdef0123.jpg',
      blocks: [
        { type: 'paragraph', spans: [{ text: '链接', href: 'https://www.example.com/' }] },
        { type: 'image', src: '/media/0123456789abcdef0123.png' },
      ],
    })
  })
})

describe('front matter, by the same policy', () => {
  it('drops a sourceUrl that is no web address with a warning, and still imports the file', async () => {
    const data = tempDataDir()
    const local = openLocalTarget(data)
    try {
      const folder = join(data.dir, 'articles')
      mkdirSync(folder)
      writeFileSync(
        join(folder, 'quoted.md'),
        "---\ntitle: 引号\nsourceUrl: https://mp.weixin.qq.com/s/abc'onmouseover='x\n---\n正文。",
      )
      const report = await importArticles([folder], local.target, { fetcher: fakeWeb({}) })
      expect(report.imported.map((article) => article.id)).toEqual(['quoted'])
      expect(report.warnings.map(({ message }) => message)).toEqual([
        "sourceUrl https://mp.weixin.qq.com/s/abc'onmouseover='x 不是 http(s) 网址，已忽略",
      ])
      const store = openSqliteStore(data.dbFile)
      const stored = await store.openArticle('quoted', {
        openid: null,
        scene: null,
        entry: 'other',
        channel: null,
        at: '2026-11-27T00:00:00.000Z',
      })
      await store.close()
      expect(stored).not.toHaveProperty('sourceUrl')
    } finally {
      await local.close()
      data.remove()
    }
  })
})
