import Database from 'better-sqlite3'
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Article } from '../../../src/contract/models'
import { openLocalTarget } from '../../../server/import/local-target'
import { formatReport } from '../../../server/import/report'
import { importArticles, type ImportTarget } from '../../../server/import/run-import'
import { openSqliteStore } from '../../../server/store/sqlite'
import type { Visit } from '../../../server/store/types'
import { fixture, FIXTURES, forbiddenIn, tempDataDir } from './helpers'
import { fakeWeb } from './web'

const NOW = new Date('2026-11-27T10:00:00Z')
/** The remote images the fixtures name, answered from tests/fixtures/import/web. */
const WEB = {
  'https://img.example.com/cotton/field.jpg': fixture('web', 'cotton-field.jpg'),
  'https://img.example.com/wool/fabric.jpg': fixture('web', 'wool-fabric.jpg'),
  'https://mmbiz.qpic.cn/mmbiz_jpg/wutongtai-sample/cashmere-dehairing.jpg': fixture('web', 'cashmere-dehairing.jpg'),
  'https://mmbiz.qpic.cn/mmbiz_png/wutongtai-sample/sweater.png': fixture('web', 'sweater.png'),
}
/** Every article fixture of the file importer (official-account/pages and web are for import by link). */
const ARTICLE_FIXTURES = [
  fixture('batch'),
  fixture('hostile'),
  fixture('markdown'),
  fixture('official-account', 'ningxia-cashmere.html'),
  fixture('plain'),
]
const VISIT: Visit = { openid: null, scene: 1007, entry: 'chat', channel: null, at: NOW.toISOString() }

interface ArticleRow {
  id: string
  title: string
  summary: string
  cover: string | null
  category: string
  source: string
  published_at: string
  read_count: number
  published: number
  blocks: string
}

describe('importing into a SQLite store', () => {
  let data: ReturnType<typeof tempDataDir>
  let local: ReturnType<typeof openLocalTarget>
  let db: Database.Database

  beforeEach(() => {
    data = tempDataDir()
    local = openLocalTarget(data)
    db = new Database(data.dbFile, { readonly: true })
  })

  afterEach(async () => {
    db.close()
    await local.close()
    data.remove()
  })

  const row = (id: string) => db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?').get(id)
  const articleIds = () =>
    db
      .prepare<[], { id: string }>('SELECT id FROM articles ORDER BY id')
      .all()
      .map((r) => r.id)
  const importAll = (...paths: string[]) => importArticles(paths, local.target, { now: NOW, fetcher: fakeWeb(WEB) })

  it('imports every fixture: articles published, categories created, bad files named, others ignored', async () => {
    const report = await importAll(...ARTICLE_FIXTURES)

    expect(report.imported.map((article) => article.id).sort()).toEqual([
      '2026-spring-fair',
      'autumn',
      'cotton-market',
      'hostile-sample',
      'oa-ningxia-cashmere',
      'wool-weaving',
    ])
    expect(report.updated).toEqual([])
    expect(report.failed).toEqual([{ file: fixture('batch', 'no-title.md'), reason: '缺少 title（文章标题）' }])
    expect(articleIds()).toEqual(report.imported.map((article) => article.id).sort())
    expect(db.prepare('SELECT count(*) AS n FROM articles WHERE published = 1').get()).toEqual({ n: 6 })
    expect(db.prepare('SELECT id, name FROM categories ORDER BY id').all()).toEqual([
      { id: 'industry', name: '产业动态' },
      { id: 'market', name: '市场行情' },
      { id: 'news', name: '资讯' },
    ])
    expect(forbiddenIn(db.prepare('SELECT * FROM articles').all())).toEqual([])
  })

  it('stores the front matter, its defaults and the converted body', async () => {
    await importAll(fixture('official-account', 'ningxia-cashmere.html'), fixture('batch', 'autumn'))

    const cashmere = row('oa-ningxia-cashmere') as ArticleRow
    expect(cashmere).toMatchObject({
      title: '宁夏羊绒：从原绒分梳到一件毛衫',
      category: 'industry',
      source: '梧桐台公众号',
      source_url: 'https://mp.weixin.qq.com/s/wutongtai-sample-cashmere',
      author: '梧桐台编辑部',
      published_at: '2026-03-17T16:00:00.000Z',
      tags: JSON.stringify(['羊绒', '宁夏', '2026']),
      cover: expect.stringMatching(/^\/media\/[0-9a-f]{20}\.jpg$/),
      summary:
        '每年四月前后，宁夏灵武的羊绒企业开始集中收购原绒。原绒经过洗涤、分梳，去掉粗毛和皮屑，才成为可以纺纱的无毛绒。',
      read_count: 0,
      published: 1,
    })
    expect(JSON.parse(cashmere.blocks)).toHaveLength(10)

    expect(row('autumn')).toMatchObject({
      title: '秋冬羊毛面料订货会观察',
      category: 'news',
      source: '梧桐台',
      published_at: NOW.toISOString(),
      summary: '订货会上，精纺羊毛面料的询单量明显增加。',
      cover: null,
    })
  })

  it('stores local and remote images under their content hash, measured, never keeping a remote address', async () => {
    const report = await importAll(fixture('plain'), fixture('markdown'))
    const market = row('cotton-market') as ArticleRow
    const images = (JSON.parse(market.blocks) as Article['blocks']).filter((block) => block.type === 'image')

    expect(images).toEqual([
      {
        type: 'image',
        src: expect.stringMatching(/^\/media\/[0-9a-f]{20}\.png$/),
        alt: '细纱机',
        caption: '纺纱车间的细纱机',
        width: 4,
        height: 3,
      },
      {
        type: 'image',
        src: expect.stringMatching(/^\/media\/[0-9a-f]{20}\.jpg$/),
        width: 12,
        height: 8,
        alt: '棉田',
        caption: '图：阿克苏的棉田',
      },
      { type: 'image', src: expect.stringMatching(/^\/media\/[0-9a-f]{20}\.jpg$/), width: 16, height: 8 },
    ])
    expect(market.cover).toBe(images[2].type === 'image' && images[2].src)
    for (const image of images) {
      if (image.type !== 'image' || !image.src.startsWith('/media/')) continue
      const stored = join(data.mediaRoot, image.src.slice('/media/'.length))
      expect(existsSync(stored)).toBe(true)
    }
    expect(readFileSync(join(data.mediaRoot, (images[0] as { src: string }).src.slice(7)))).toEqual(
      readFileSync(fixture('plain', 'images', 'spinning-frame.png')),
    )
    expect(readFileSync(join(data.mediaRoot, (images[1] as { src: string }).src.slice(7)))).toEqual(
      readFileSync(fixture('web', 'cotton-field.jpg')),
    )

    // A JPEG turned by its EXIF orientation shows with its sides swapped.
    const wool = JSON.parse((row('wool-weaving') as ArticleRow).blocks) as Article['blocks']
    expect(wool.find((block) => block.type === 'image' && block.caption === '剑杆织机')).toMatchObject({
      width: 16,
      height: 24,
    })
    // Three images from each article, nothing else (no partial copies).
    expect(readdirSync(data.mediaRoot)).toHaveLength(6)
    expect(report.failed).toEqual([])
  })

  it('drops an image it cannot find or read, with a warning naming the file and the image', async () => {
    const report = await importAll(fixture('plain', 'cotton-market.html'))
    expect(report.imported).toHaveLength(1)
    expect(report.warnings).toEqual([
      {
        file: fixture('plain', 'cotton-market.html'),
        message: `图片 images/missing-photo.jpg：找不到文件 ${fixture('plain', 'images', 'missing-photo.jpg')}，已跳过`,
      },
      { file: fixture('plain', 'cotton-market.html'), message: '图片 images/broken.png：不是可识别的图片，已跳过' },
    ])
    expect(formatReport(report, FIXTURES)).toEqual([
      '新增  plain/cotton-market.html → cotton-market（阿克苏新棉上市，轧花厂开足马力）',
      `警告  plain/cotton-market.html：图片 images/missing-photo.jpg：找不到文件 ${fixture('plain', 'images', 'missing-photo.jpg')}，已跳过`,
      '警告  plain/cotton-market.html：图片 images/broken.png：不是可识别的图片，已跳过',
      '导入完成：新增 1 篇，更新 0 篇，失败 0 个，警告 2 条',
    ])
  })

  it('warns, and falls back, on a missing cover, unknown fields, an empty body and a renamed category', async () => {
    const work = join(data.dir, 'articles')
    cpSync(fixture('markdown'), work, { recursive: true })
    const file = join(work, 'wool-weaving.md')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'source: 梧桐台',
        'cover: images/gone.png\ncategory: dyeing\ncategoryName: 染整\nlayout: post',
      ),
    )
    writeFileSync(join(work, 'empty.md'), '---\ntitle: 只有标题\n---\n')

    const report = await importAll(work)
    expect(report.warnings.map(({ message }) => message)).toEqual([
      '正文为空',
      '未知的 front matter 字段 layout，已忽略',
      '链接 javascript:alert(1) 不是 http(s) 网址，只保留文字',
      `封面 images/gone.png：找不到文件 ${join(work, 'images', 'gone.png')}，改用正文第一张图片`,
    ])
    const first = (JSON.parse((row('wool-weaving') as ArticleRow).blocks) as Article['blocks']).find(
      (block) => block.type === 'image',
    )
    expect((row('wool-weaving') as ArticleRow).cover).toBe(first?.type === 'image' && first.src)
    expect(db.prepare('SELECT id, name FROM categories ORDER BY id').all()).toEqual([
      { id: 'dyeing', name: '染整' },
      { id: 'news', name: '资讯' },
    ])

    writeFileSync(file, readFileSync(file, 'utf8').replace('categoryName: 染整', 'categoryName: 印染'))
    const again = await importAll(file)
    expect(again.warnings.map(({ message }) => message)).toContain('分类 dyeing 已存在，名称仍为“染整”')
  })

  it('updates an article imported again in place and keeps its read count', async () => {
    const work = join(data.dir, 'articles')
    cpSync(fixture('official-account', 'ningxia-cashmere.html'), join(work, 'ningxia-cashmere.html'))
    cpSync(fixture('batch'), join(work, 'batch'), { recursive: true })
    await importAll(work)
    const store = openSqliteStore(data.dbFile)
    for (let i = 0; i < 3; i++) await store.openArticle('oa-ningxia-cashmere', VISIT)
    await store.openArticle('2026-spring-fair', VISIT)
    await store.close()

    const file = join(work, 'ningxia-cashmere.html')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('title: 宁夏羊绒：从原绒分梳到一件毛衫', 'title: 宁夏羊绒（修订）'),
    )
    const again = await importAll(work)

    expect(again.imported).toEqual([])
    expect(again.updated.map((article) => article.id).sort()).toEqual([
      '2026-spring-fair',
      'autumn',
      'oa-ningxia-cashmere',
    ])
    expect(row('oa-ningxia-cashmere')).toMatchObject({ title: '宁夏羊绒（修订）', read_count: 3 })
    expect(row('2026-spring-fair')).toMatchObject({ read_count: 1 })
    expect(articleIds()).toEqual(['2026-spring-fair', 'autumn', 'oa-ningxia-cashmere'])
  })

  it('fails a second file that comes to the same id, rather than overwrite the first', async () => {
    const work = join(data.dir, 'articles')
    cpSync(fixture('batch', 'autumn'), join(work, 'a'), { recursive: true })
    writeFileSync(join(work, 'b.md'), '---\ntitle: 另一篇\nid: a\n---\n正文')
    cpSync(fixture('batch', 'autumn', 'index.html'), join(work, 'c', 'a.html'))

    const report = await importAll(join(work, 'a'), join(work, 'c'))
    expect(report.imported.map((article) => article.file)).toEqual([join(work, 'a', 'index.html')])
    expect(report.failed).toEqual([
      {
        file: join(work, 'c', 'a.html'),
        reason: `id “a” 与 ${join(work, 'a', 'index.html')} 重复，请在 front matter 中写明不同的 id`,
      },
    ])
  })

  it('names missing paths and explicit non-article files, and fails when it finds nothing', async () => {
    const report = await importAll(join(data.dir, 'nowhere'), fixture('batch', 'notes.txt'))
    expect(report.failed).toEqual([
      { file: join(data.dir, 'nowhere'), reason: '文件或文件夹不存在' },
      { file: fixture('batch', 'notes.txt'), reason: '不是 .md、.html 或 .htm 文件' },
    ])
    const empty = await importAll(data.dir)
    expect(empty.failed).toEqual([{ file: data.dir, reason: '没有找到 .md、.html 或 .htm 文件' }])
  })

  it('writes no part of an article whose images cannot be stored', async () => {
    const failingMedia: ImportTarget = {
      ...local.target,
      media: {
        put: async () => {
          throw new Error('磁盘已满')
        },
      },
    }
    const report = await importArticles([fixture('plain'), fixture('batch', 'autumn')], failingMedia, {
      now: NOW,
      fetcher: fakeWeb(WEB),
    })
    expect(report.failed).toEqual([{ file: fixture('plain', 'cotton-market.html'), reason: '图片保存失败：磁盘已满' }])
    expect(articleIds()).toEqual(['autumn'])
    expect(db.prepare('SELECT id FROM categories ORDER BY id').all()).toEqual([{ id: 'news' }])
  })
})
