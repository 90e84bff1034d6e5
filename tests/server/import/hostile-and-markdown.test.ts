import type { Block } from '../../../src/contract/models'
import { convertHtml } from '../../../server/import/html/convert'
import { markdownToHtml } from '../../../server/import/markdown'
import { allStrings, fixtureBody, forbiddenIn } from './helpers'

describe('a hostile page', () => {
  const { blocks, skippedImages } = convertHtml(fixtureBody('hostile', 'hostile.html'))
  const text = allStrings(blocks).join('\n')

  it('leaves nothing active in any field', () => {
    expect(forbiddenIn(blocks)).toEqual([])
  })

  it('drops scripts, styles, frames, objects, forms, svg and math with their content', () => {
    for (const gone of [
      '注入的段落',
      'document',
      'background',
      '框架里的文字',
      '对象里的文字',
      '表单里的文字',
      '13800000000',
    ])
      expect(text).not.toContain(gone)
    for (const gone of ['矢量里的文字', '公式里的文字', '请开启脚本', 'evil.example.com', 'comment', 'cdata'])
      expect(text).not.toContain(gone)
  })

  it('keeps the text of harmless elements, and only the words of unsafe links', () => {
    expect(blocks.filter((block) => block.type === 'paragraph').slice(0, 2)).toEqual<Block[]>([
      { type: 'paragraph', spans: [{ text: '纺织品出口' }, { text: '稳中有升', bold: true }, { text: '。' }] },
      {
        type: 'paragraph',
        spans: [
          { text: '点击领取 大写 带制表符 实体编码 数据链接 VB ' },
          { text: '正常链接', href: 'https://www.example.com/ok' },
        ],
      },
    ])
    for (const kept of ['嵌套', '未闭合', '第二段', '棉花 羊绒', '结尾标题', '最后一段']) expect(text).toContain(kept)
  })

  it('reads a tag split to slip past naive filters (`</scr<script>ipt>`) as inert text, as a browser does', () => {
    expect(text).toContain('ipt>alert(1)')
    expect(text).not.toContain('<script')
  })

  it('skips images whose address is a script or data, and keeps a plain relative one for the importer to look up', () => {
    expect(skippedImages.map((src) => src.slice(0, 11))).toEqual(['javascript:', 'data:image/', 'vbscript:ms'])
    expect(blocks.filter((block) => block.type === 'image')).toEqual([{ type: 'image', src: 'x' }])
  })
})

describe('Markdown', () => {
  const blocks = convertHtml(markdownToHtml(fixtureBody('markdown', 'wool-weaving.md'))).blocks

  it('goes through the same converter: headings, bold, links, lists, quotes, images and captions', () => {
    expect(blocks).toEqual<Block[]>([
      { type: 'heading', level: 2, text: '毛纺织企业的绿色改造' },
      {
        type: 'paragraph',
        spans: [
          { text: '江苏一家毛纺织企业去年完成了染整车间的改造，' },
          { text: '蒸汽消耗', bold: true },
          { text: '下降了近两成。改造方案见 ' },
          { text: 'https://www.example.com/green-mill', href: 'https://www.example.com/green-mill' },
          { text: '。' },
        ],
      },
      { type: 'image', src: 'images/wool-yarn.png', alt: '毛纱', caption: '图：车间里待染的毛纱' },
      { type: 'heading', level: 2, text: '改造做了什么' },
      {
        type: 'list',
        ordered: true,
        items: [[{ text: '更换低浴比染色机：节水；节汽' }], [{ text: '回收定型机废气余热' }]],
      },
      { type: 'quote', spans: [{ text: '改造投入两年左右就能收回。' }] },
      { type: 'image', src: 'images/loom-rotated.jpg', alt: '织机', caption: '剑杆织机' },
      { type: 'image', src: 'https://img.example.com/wool/fabric.jpg', alt: '远程图片' },
      {
        type: 'paragraph',
        spans: [{ text: '企业还在车间里加装了' }, { text: '能耗监测', bold: true }, { text: '仪表。' }],
      },
      { type: 'paragraph', spans: [{ text: '不安全的链接' }] },
    ])
  })

  it('sanitises raw HTML and unsafe links inside Markdown like any HTML', () => {
    const converted = convertHtml(
      markdownToHtml(
        '[点我](javascript:alert(1)) ![图](data:image/png;base64,AAAA)\n\n<img src=x onerror=alert(1)><iframe src="https://evil.example.com"></iframe>\n\n<script>alert(1)</script>',
      ),
    ).blocks
    expect(forbiddenIn(converted)).toEqual([])
    expect(converted).toEqual([
      { type: 'paragraph', spans: [{ text: '点我' }] },
      { type: 'image', src: 'x' },
    ])
  })
})
