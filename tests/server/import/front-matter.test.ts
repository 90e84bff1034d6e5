import type { Block } from '../../../src/contract/models'
import { deriveArticleId } from '../../../server/import/article-id'
import { excerpt } from '../../../server/import/excerpt'
import { readFrontMatter } from '../../../server/import/front-matter'
import { parsePublishedAt } from '../../../server/import/published-at'

const withFrontMatter = (yaml: string, body = '正文') => `---\n${yaml}\n---\n${body}`

function reasonFor(yaml: string) {
  const result = readFrontMatter(withFrontMatter(yaml))
  return result.ok ? null : result.reason
}

describe('front matter', () => {
  it('reads every field, as text even where YAML sees numbers, and leaves the body', () => {
    const result = readFrontMatter(
      '\ufeff' +
        withFrontMatter(
          [
            'title: 「 棉花 」周报',
            'id: 20260318',
            'category: market',
            'categoryName: 市场行情',
            'source: 中国棉花网',
            'sourceUrl: https://www.example.com/cotton',
            'author: 王敏',
            'publishedAt: 2026-03-18',
            'summary: 新棉收购进入尾声。',
            'cover: images/cover.jpg',
            'tags: [棉花, 2026, 棉花]',
            'layout: post',
          ].join('\n'),
          '# 正文\n',
        ),
    )
    expect(result).toEqual({
      ok: true,
      fields: {
        title: '「 棉花 」周报',
        id: '20260318',
        category: 'market',
        categoryName: '市场行情',
        source: '中国棉花网',
        sourceUrl: 'https://www.example.com/cotton',
        author: '王敏',
        publishedAt: '2026-03-17T16:00:00.000Z',
        summary: '新棉收购进入尾声。',
        cover: 'images/cover.jpg',
        tags: ['棉花', '2026'],
      },
      body: '# 正文\n',
      unknownFields: ['layout'],
    })
  })

  it('takes tags as one line separated by commas too', () => {
    const result = readFrontMatter(withFrontMatter('title: 标题\ntags: 羊绒，宁夏、 出口, '))
    expect(result.ok && result.fields.tags).toEqual(['羊绒', '宁夏', '出口'])
  })

  it('explains, in Chinese, what is wrong with a file', () => {
    expect(reasonFor('author: 无名')).toBe('缺少 title（文章标题）')
    expect(reasonFor('title:')).toBe('title 不能为空')
    expect(reasonFor('title: "  "')).toBe('title 不能为空')
    expect(reasonFor('title: [一, 二]')).toBe('title 应为文字')
    expect(reasonFor('title: 标题\nid: 有空格 的id')).toBe('id 格式不正确（1–64 位字母、数字、_ 或 -）')
    expect(reasonFor('title: 标题\ncategory: 市场')).toBe('category 格式不正确（1–64 位字母、数字、_ 或 -）')
    expect(reasonFor('title: 标题\npublishedAt: 2026-02-30')).toMatch(/^publishedAt 不是有效日期/)
    expect(reasonFor('title: 标题\npublishedAt: 明天')).toMatch(/^publishedAt 不是有效日期/)
    expect(reasonFor('title: 标题\ntags: {a: 1}')).toBe('tags 应为文字列表')
    expect(reasonFor('title: [未闭合')).toMatch(/^front matter 格式错误：/)
    expect(reasonFor('- 只是\n- 一个列表')).toBe('缺少 title（文章标题）')
    expect(readFrontMatter('没有 front matter 的正文')).toEqual({ ok: false, reason: '缺少 title（文章标题）' })
  })

  it('never runs JavaScript front matter', () => {
    const result = readFrontMatter('---js\n{ title: (globalThis.ranFrontMatter = true, "标题") }\n---\n正文')
    expect(result.ok).toBe(false)
    expect((globalThis as { ranFrontMatter?: boolean }).ranFrontMatter).toBeUndefined()
  })
})

describe('publishedAt', () => {
  it.each([
    ['2026-03-18', '2026-03-17T16:00:00.000Z'],
    ['2026-03-18T10:00', '2026-03-18T02:00:00.000Z'],
    ['2026-03-18 10:00:05', '2026-03-18T02:00:05.000Z'],
    ['2026-03-18T10:00:00Z', '2026-03-18T10:00:00.000Z'],
    ['2026-03-18T10:00:00.5+08:00', '2026-03-18T02:00:00.500Z'],
    ['2026-03-18T10:00:00-0500', '2026-03-18T15:00:00.000Z'],
  ])('reads %s as %s (a date or a time without offset is China time)', (given, instant) => {
    expect(parsePublishedAt(given)).toBe(instant)
  })

  it.each(['2026-02-30', '2026-13-01', '2026-03-18T24:00', '2026-3-18', '2026-03-18Z', '18/03/2026', ''])(
    'rejects %p',
    (given) => {
      expect(parsePublishedAt(given)).toBeNull()
    },
  )
})

describe('the id of an article without one', () => {
  it('is the file name when that is a valid id, or the folder name for index files', () => {
    expect(deriveArticleId('/articles/cotton-harvest_2026.md', '任意')).toBe('cotton-harvest_2026')
    expect(deriveArticleId('/articles/autumn-fair/index.html', '任意')).toBe('autumn-fair')
  })

  it('is a hash of the title otherwise, the same for the same title wherever the file is', () => {
    const id = deriveArticleId('/articles/棉花采收.md', '阿克苏新棉上市')
    expect(id).toMatch(/^a-[0-9a-f]{16}$/)
    expect(deriveArticleId('/elsewhere/with space.html', ' 阿克苏新棉上市 ')).toBe(id)
    expect(deriveArticleId('/articles/棉花采收.md', '另一篇')).not.toBe(id)
  })
})

describe('the default summary', () => {
  const paragraph = (text: string): Block => ({ type: 'paragraph', spans: [{ text }] })

  it('is the opening text, skipping headings, images and lists', () => {
    expect(
      excerpt([
        { type: 'heading', level: 2, text: '标题' },
        { type: 'image', src: 'a.png' },
        paragraph('棉花采收开始。'),
        { type: 'list', ordered: false, items: [[{ text: '列表' }]] },
        { type: 'quote', spans: [{ text: '引用' }, { text: '一句', bold: true }] },
      ]),
    ).toBe('棉花采收开始。引用一句')
  })

  it('cuts long text at a sentence end past 40 characters, or at 79 with an ellipsis', () => {
    const sentence = '新疆棉区的机采率继续提高，轧花厂的加工能力也随之提升，企业普遍延长了生产时间。'
    expect(excerpt([paragraph(sentence.repeat(3))])).toBe(sentence.repeat(2))
    const noStop = '棉'.repeat(200)
    expect(excerpt([paragraph(noStop)])).toBe(`${'棉'.repeat(79)}…`)
    expect(excerpt([])).toBe('')
  })
})
