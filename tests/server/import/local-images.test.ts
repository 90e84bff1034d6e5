import { copyFileSync, mkdirSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Article } from '../../../src/contract/models'
import { openLocalTarget } from '../../../server/import/local-target'
import { importArticles } from '../../../server/import/run-import'
import { openSqliteStore } from '../../../server/store/sqlite'
import { fixture, tempDataDir } from './helpers'
import { fakeWeb } from './web'

/**
 * An article folder whose images try every way out of it. Only the first and
 * the last image are the folder's own regular image files; the importer
 * must read nothing else, not even to find out what it is.
 */
describe('local images', () => {
  let data: ReturnType<typeof tempDataDir>
  let folder: string
  let outside: string

  beforeEach(() => {
    data = tempDataDir()
    folder = join(data.dir, 'articles', 'fair')
    outside = join(data.dir, 'private')
    mkdirSync(join(folder, 'images'), { recursive: true })
    mkdirSync(outside)
    copyFileSync(fixture('plain', 'images', 'spinning-frame.png'), join(folder, 'images', 'frame.png'))
    copyFileSync(fixture('web', 'cotton-field.jpg'), join(outside, 'secret.jpg'))
    // A link that stays inside the folder is fine; one that leads out is not.
    symlinkSync(join(folder, 'images', 'frame.png'), join(folder, 'same-frame.png'))
    symlinkSync(join(outside, 'secret.jpg'), join(folder, 'images', 'innocent.jpg'))
    symlinkSync(outside, join(folder, 'images', 'elsewhere'))
    symlinkSync('/dev/zero', join(folder, 'zero.jpg'))
    writeFileSync(join(folder, 'notes.jpg'), '这是一段文字，只是文件名叫 .jpg。\n')
    writeFileSync(join(folder, 'huge.png'), '')
    truncateSync(join(folder, 'huge.png'), 21 * 1024 * 1024)
    mkdirSync(join(folder, 'folder.png'))
    writeFileSync(
      join(folder, 'index.md'),
      [
        '---',
        'title: 春季面料展',
        'cover: ../private/secret.jpg',
        '---',
        '展会现场。',
        '',
        '![细纱机](images/frame.png)',
        '![](../private/secret.jpg)',
        `![](${join(outside, 'secret.jpg')})`,
        '![](images/%2e%2e/%2e%2e/../private/secret.jpg)',
        '![](images/innocent.jpg)',
        '![](images/elsewhere/secret.jpg)',
        '<img src="/dev/zero">',
        '![](zero.jpg)',
        '![](notes.jpg)',
        '![](huge.png)',
        '![](folder.png)',
        '![](same-frame.png)',
      ].join('\n'),
    )
  })

  afterEach(() => data.remove())

  it('reads only regular image files inside the article’s own folder, and names every other one', async () => {
    const local = openLocalTarget(data)
    try {
      const report = await importArticles([folder], local.target, { fetcher: fakeWeb({}) })
      expect(report.failed).toEqual([])
      const shown = (path: string) => join(folder, path)
      expect(report.warnings.map(({ message }) => message)).toEqual([
        '图片 ../private/secret.jpg：只能使用文章所在文件夹里的图片（不能用绝对路径或 ../），已跳过',
        `图片 ${join(outside, 'secret.jpg')}：只能使用文章所在文件夹里的图片（不能用绝对路径或 ../），已跳过`,
        '图片 images/%2e%2e/%2e%2e/../private/secret.jpg：只能使用文章所在文件夹里的图片（不能用绝对路径或 ../），已跳过',
        `图片 images/innocent.jpg：${shown('images/innocent.jpg')} 指向文章文件夹之外，不能使用，已跳过`,
        `图片 images/elsewhere/secret.jpg：${shown('images/elsewhere/secret.jpg')} 指向文章文件夹之外，不能使用，已跳过`,
        '图片 /dev/zero：只能使用文章所在文件夹里的图片（不能用绝对路径或 ../），已跳过',
        `图片 zero.jpg：${shown('zero.jpg')} 指向文章文件夹之外，不能使用，已跳过`,
        '图片 notes.jpg：不是可识别的图片，已跳过',
        '图片 huge.png：图片超过 20 MB，已跳过',
        `图片 folder.png：${shown('folder.png')} 不是普通文件，已跳过`,
        '封面 ../private/secret.jpg：只能使用文章所在文件夹里的图片（不能用绝对路径或 ../），改用正文第一张图片',
      ])

      const store = openSqliteStore(data.dbFile)
      const opened = await store.openArticle('fair', {
        openid: null,
        scene: null,
        entry: 'other',
        channel: null,
        at: '2026-11-27T00:00:00.000Z',
      })
      const article = opened?.article as Article
      await store.close()
      const images = article.blocks.filter((block) => block.type === 'image')
      // The folder's own image, and the link to it that stays inside: the same bytes, stored once.
      expect(images).toEqual([
        {
          type: 'image',
          src: expect.stringMatching(/^\/media\/[0-9a-f]{20}\.png$/),
          alt: '细纱机',
          width: 4,
          height: 3,
        },
        { type: 'image', src: images[0].type === 'image' ? images[0].src : '', width: 4, height: 3 },
      ])
      expect(article.cover).toBe(images[0].type === 'image' && images[0].src)
      expect(readdirSync(data.mediaRoot)).toHaveLength(1)
    } finally {
      await local.close()
    }
  })
})
