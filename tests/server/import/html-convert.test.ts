import { largeArticleHtml } from '../../../scripts/large-article'
import type { Block } from '../../../src/contract/models'
import { convertHtml } from '../../../server/import/html/convert'
import { readFrontMatter } from '../../../server/import/front-matter'
import { fixtureBody } from './helpers'

const blocks = (html: string) => convertHtml(html).blocks

describe('an official-account article', () => {
  const { blocks: converted, skippedImages } = convertHtml(fixtureBody('official-account', 'ningxia-cashmere.html'))

  it('flattens nested sections and styled spans into clean paragraphs, images and captions', () => {
    expect(converted).toEqual<Block[]>([
      {
        type: 'paragraph',
        spans: [
          { text: '每年四月前后，' },
          { text: '宁夏灵武的羊绒企业', bold: true },
          { text: '开始集中收购原绒。原绒经过洗涤、分梳，去掉粗毛和皮屑，才成为可以纺纱的无毛绒。' },
        ],
      },
      {
        type: 'image',
        src: 'https://mmbiz.qpic.cn/mmbiz_jpg/wutongtai-sample/cashmere-dehairing.jpg',
        width: 1080,
        height: 720,
        caption: '分梳车间里刚下机的无毛绒',
      },
      { type: 'paragraph', spans: [{ text: '一、收购：看细度，也看长度', bold: true }] },
      {
        type: 'paragraph',
        spans: [
          { text: '收购商用手拉、用眼看，' },
          { text: '细度在 15.5 微米以下', bold: true },
          { text: '的白绒最受欢迎。' },
        ],
      },
      { type: 'paragraph', spans: [{ text: '今年的收购价比去年略有回升。' }] },
      { type: 'paragraph', spans: [{ text: '企业负责人告诉我们：' }] },
      { type: 'paragraph', spans: [{ text: '“好绒要从牧户手里一把一把挑出来。”' }] },
      {
        type: 'paragraph',
        spans: [
          { text: '详细数据见' },
          { text: '羊绒年度报告', href: 'https://www.example.com/cashmere-report-2026' },
          { text: '。' },
        ],
      },
      { type: 'image', src: 'https://mmbiz.qpic.cn/mmbiz_png/wutongtai-sample/sweater.png', width: 750, height: 1000 },
      { type: 'paragraph', spans: [{ text: '一件成衣大约需要三到四只山羊一年的绒量。' }] },
    ])
  })

  it('prefers data-src over the placeholder src, so no image is skipped', () => {
    expect(skippedImages).toEqual([])
  })
})

describe('line breaks and white space', () => {
  it('splits a paragraph at a <br>, and a run of them makes one split', () => {
    expect(blocks('<p>棉花<br>羊绒<br><br>&nbsp;<br>蚕丝</p>')).toEqual([
      { type: 'paragraph', spans: [{ text: '棉花' }] },
      { type: 'paragraph', spans: [{ text: '羊绒' }] },
      { type: 'paragraph', spans: [{ text: '蚕丝' }] },
    ])
  })

  it('turns a <br> where a block cannot split (a list item, a heading) into a space', () => {
    expect(blocks('<ul><li>收购价格<br>公检进度</li></ul><h2>棉花<br>行情</h2>')).toEqual([
      { type: 'list', ordered: false, items: [[{ text: '收购价格 公检进度' }]] },
      { type: 'heading', level: 2, text: '棉花 行情' },
    ])
  })

  it('drops spacer paragraphs made of white space, nbsp, zero-width spaces and <br>', () => {
    expect(blocks('<p><br></p><p>&nbsp;</p><p> &#8203; </p><p><span><br/></span></p><section>\n</section>')).toEqual([])
  })

  it('collapses white space; wrapped Chinese lines join without a space, Latin words keep one', () => {
    expect(blocks('<p>  今年的棉花\n   采收很顺利，\tcotton   harvest\n goes  well  </p>')).toEqual([
      { type: 'paragraph', spans: [{ text: '今年的棉花采收很顺利，cotton harvest goes well' }] },
    ])
  })

  it('keeps no space beside full-width punctuation', () => {
    expect(blocks('<p>原绒。&nbsp; 分梳 ，纺纱 <b>织造</b></p>')).toEqual([
      { type: 'paragraph', spans: [{ text: '原绒。分梳，纺纱 ' }, { text: '织造', bold: true }] },
    ])
  })
})

describe('inline text', () => {
  it('reads bold from b, strong and inline font-weight, and lets font-weight: normal undo it', () => {
    expect(
      blocks(
        '<p><b>甲</b><strong>乙</strong><span style="font-weight: 600">丙</span><span style="FONT-WEIGHT:bold !important">丁</span>' +
          '<span style="font-weight:700">戊</span><strong style="font-weight: normal">己</strong><span style="font-weight:400">庚</span></p>',
      ),
    ).toEqual([{ type: 'paragraph', spans: [{ text: '甲乙丙丁戊', bold: true }, { text: '己庚' }] }])
  })

  it('keeps http and https links, and only the words of any other link, which it names', () => {
    const { blocks: converted, skippedLinks } = convertHtml(
      '<p><a href="https://a.example.com/x">甲</a><a href="http://b.example.com/">乙</a><a href="mailto:news@example.com">丙</a>' +
        '<a href="javascript:alert(1)">丁</a><a href="data:text/html,x">戊</a><a href="vbscript:x">己</a><a href="/relative">庚</a><a>辛</a>' +
        '<a href="#top">壬</a><a href="https://c.example.com/a b">癸</a></p>',
    )
    expect(converted).toEqual([
      {
        type: 'paragraph',
        spans: [
          { text: '甲', href: 'https://a.example.com/x' },
          { text: '乙', href: 'http://b.example.com/' },
          { text: '丙丁戊己庚辛壬癸' },
        ],
      },
    ])
    // An anchor within the page, or a link without an address, was never meant to lead anywhere.
    expect(skippedLinks).toEqual([
      'mailto:news@example.com',
      'javascript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '/relative',
      'https://c.example.com/a b',
    ])
  })

  it('reads relative links and images against the page’s address when it has one', () => {
    const { blocks: converted } = convertHtml(
      '<p><a href="/s/earlier">上一篇</a> <a href="#top">顶部</a></p><img data-src="//mmbiz.qpic.cn/a/640" src=""><img src="images/b.png">',
      { baseUrl: 'https://mp.weixin.qq.com/s/current' },
    )
    expect(converted).toEqual([
      { type: 'paragraph', spans: [{ text: '上一篇', href: 'https://mp.weixin.qq.com/s/earlier' }, { text: ' 顶部' }] },
      { type: 'image', src: 'https://mmbiz.qpic.cn/a/640' },
      { type: 'image', src: 'https://mp.weixin.qq.com/s/images/b.png' },
    ])
  })
})

describe('headings, quotes and lists', () => {
  it('maps h1 and h2 to level 2 and h3 to h6 to level 3, as plain text', () => {
    expect(
      blocks('<h1>一</h1><h2><b>二</b></h2><h3>三</h3><h4><a href="https://x.example.com">四</a></h4><h6>六</h6>'),
    ).toEqual([
      { type: 'heading', level: 2, text: '一' },
      { type: 'heading', level: 2, text: '二' },
      { type: 'heading', level: 3, text: '三' },
      { type: 'heading', level: 3, text: '四' },
      { type: 'heading', level: 3, text: '六' },
    ])
  })

  it('makes each paragraph of a blockquote a quote, and keeps a list inside it a list', () => {
    expect(
      blocks('<blockquote><p>第一句</p><p><b>第二句</b></p><ul><li>要点</li></ul></blockquote><p>正文</p>'),
    ).toEqual([
      { type: 'quote', spans: [{ text: '第一句' }] },
      { type: 'quote', spans: [{ text: '第二句', bold: true }] },
      { type: 'list', ordered: false, items: [[{ text: '要点' }]] },
      { type: 'paragraph', spans: [{ text: '正文' }] },
    ])
  })

  it('folds nested lists into their parent item so the outer numbering stays true', () => {
    expect(
      blocks(
        '<ol><li>原料<ul><li>棉花</li><li>羊绒。</li><li><b>蚕丝</b><ol><li>桑蚕丝</li></ol></li></ul></li><li>制造</li></ol>',
      ),
    ).toEqual([
      {
        type: 'list',
        ordered: true,
        items: [
          [{ text: '原料：棉花；羊绒。' }, { text: '蚕丝', bold: true }, { text: '：桑蚕丝' }],
          [{ text: '制造' }],
        ],
      },
    ])
  })

  it('lifts a list nested straight into a list, and images in items, out in order', () => {
    expect(
      blocks('<ul><li>甲</li><ul><li>乙</li></ul><li>丙<img src="https://img.example.com/a.jpg"></li></ul>'),
    ).toEqual([
      { type: 'list', ordered: false, items: [[{ text: '甲' }], [{ text: '乙' }], [{ text: '丙' }]] },
      { type: 'image', src: 'https://img.example.com/a.jpg' },
    ])
  })

  it('keeps headings and quotes inside a list item as words of that item', () => {
    expect(blocks('<ul><li>要点<blockquote>引用</blockquote><h2>标题</h2></li></ul>')).toEqual([
      { type: 'list', ordered: false, items: [[{ text: '要点 引用 标题' }]] },
    ])
  })

  it('reads a table row as one line with its cells apart', () => {
    expect(blocks('<table><tr><th>品种</th><th>价格</th></tr><tr><td>长绒棉</td><td>上涨</td></tr></table>')).toEqual([
      { type: 'paragraph', spans: [{ text: '品种 价格' }] },
      { type: 'paragraph', spans: [{ text: '长绒棉 上涨' }] },
    ])
  })
})

describe('images', () => {
  it('takes remote sizes from width/height, or from data-w and data-ratio', () => {
    expect(
      blocks(
        '<img src="https://img.example.com/a.jpg" width="640" height="427px">' +
          '<img data-src="https://img.example.com/b.jpg" data-w="1080" data-ratio="0.5625">' +
          '<img src="https://img.example.com/c.jpg" width="100%" height="auto">' +
          '<img src="//img.example.com/d.jpg" alt="  织机\n车间 ">',
      ),
    ).toEqual([
      { type: 'image', src: 'https://img.example.com/a.jpg', width: 640, height: 427 },
      { type: 'image', src: 'https://img.example.com/b.jpg', width: 1080, height: 608 },
      { type: 'image', src: 'https://img.example.com/c.jpg' },
      { type: 'image', src: 'https://img.example.com/d.jpg', alt: '织机 车间' },
    ])
  })

  it('splits a paragraph around an image in its text', () => {
    expect(blocks('<p>前文<img src="images/a.png">后文</p>')).toEqual([
      { type: 'paragraph', spans: [{ text: '前文' }] },
      { type: 'image', src: 'images/a.png' },
      { type: 'paragraph', spans: [{ text: '后文' }] },
    ])
  })

  it('skips images without an address or with an unsafe one, and names them', () => {
    const { blocks: converted, skippedImages } = convertHtml(
      '<img><img src="data:image/png;base64,AAAA"><img src="javascript:alert(1)"><img src="file:///etc/passwd">',
    )
    expect(converted).toEqual([])
    expect(skippedImages).toEqual(['', 'data:image/png;base64,AAAA', 'javascript:alert(1)', 'file:///etc/passwd'])
  })

  it('captions from figcaption, else from title', () => {
    expect(
      blocks(
        '<figure><img src="a.png" title="标题说明"><figcaption>细纱<b>车间</b></figcaption></figure>' +
          '<img src="b.png" title="剑杆织机">' +
          '<figure><figcaption>没有图片的图注</figcaption></figure>',
      ),
    ).toEqual([
      { type: 'image', src: 'a.png', caption: '细纱车间' },
      { type: 'image', src: 'b.png', caption: '剑杆织机' },
      { type: 'paragraph', spans: [{ text: '没有图片的图注' }] },
    ])
  })

  it('takes the short line after an image as its caption when marked as one or set in small print', () => {
    expect(
      blocks(
        '<img src="a.png"><p>图：轧花厂</p>' +
          '<img src="b.png"><p>▲ 棉包等待公检</p>' +
          '<img src="c.png"><p><span style="font-size: 12px">梳绒机</span></p>' +
          '<img src="d.png"><p class="img-caption">染色车间</p>',
      ),
    ).toEqual([
      { type: 'image', src: 'a.png', caption: '图：轧花厂' },
      { type: 'image', src: 'b.png', caption: '棉包等待公检' },
      { type: 'image', src: 'c.png', caption: '梳绒机' },
      { type: 'image', src: 'd.png', caption: '染色车间' },
    ])
  })

  it('leaves an ordinary line after an image, a long one or one with a link, as a paragraph', () => {
    const long = `图：${'很长的说明文字'.repeat(8)}`
    expect(
      blocks(
        `<img src="a.png"><p>今年新棉上市较早。</p><img src="b.png"><p>${long}</p>` +
          '<img src="c.png"><p style="font-size:12px"><a href="https://x.example.com">来源链接</a></p>',
      ),
    ).toEqual([
      { type: 'image', src: 'a.png' },
      { type: 'paragraph', spans: [{ text: '今年新棉上市较早。' }] },
      { type: 'image', src: 'b.png' },
      { type: 'paragraph', spans: [{ text: long }] },
      { type: 'image', src: 'c.png' },
      { type: 'paragraph', spans: [{ text: '来源链接', href: 'https://x.example.com/' }] },
    ])
  })
})

describe('broken and extreme markup', () => {
  it('survives 5 000 levels of nested sections, spans and lists and keeps their text', () => {
    const depth = 5000
    const nested =
      '<section><span style="font-size: 15px">'.repeat(depth) + '深处的文字' + '</span></section>'.repeat(depth)
    expect(blocks(nested)).toEqual([{ type: 'paragraph', spans: [{ text: '深处的文字' }] }])
    const lists = '<ul><li>层'.repeat(depth)
    expect(blocks(lists)).toEqual([
      { type: 'list', ordered: false, items: [[{ text: Array(depth).fill('层').join('：') }]] },
    ])
    expect(blocks('<b><i><div>'.repeat(depth) + '未闭合')).toEqual([
      { type: 'paragraph', spans: [{ text: '未闭合', bold: true }] },
    ])
  })

  it('reads unclosed and stray tags the forgiving way', () => {
    expect(blocks('</p></div><p>第一段<p>第二段<b>加粗</i>仍加粗</b></span>结束<li>孤立的条目')).toEqual([
      { type: 'paragraph', spans: [{ text: '第一段' }] },
      { type: 'paragraph', spans: [{ text: '第二段' }, { text: '加粗仍加粗', bold: true }, { text: '结束' }] },
      { type: 'paragraph', spans: [{ text: '孤立的条目' }] },
    ])
  })

  it('converts a generated 1 MB official-account article completely', () => {
    const { html, bytes, sections } = largeArticleHtml()
    expect(bytes).toBeGreaterThanOrEqual(1024 * 1024)
    const front = readFrontMatter(html)
    if (!front.ok) throw new Error(front.reason)
    const converted = blocks(front.body)
    expect(converted).toHaveLength(sections * 5)
    expect(converted.slice(-5)).toEqual<Block[]>([
      { type: 'heading', level: 2, text: `第 ${sections} 节：从纤维到面料` },
      {
        type: 'paragraph',
        spans: [
          { text: `第 ${sections} 节正文：` },
          { text: '棉纺、毛纺与化纤', bold: true },
          { text: '在这一环节相互配合，企业用数字化排产缩短交期。' },
        ],
      },
      {
        type: 'image',
        src: `https://mmbiz.qpic.cn/wutongtai-bench/${sections}.jpg`,
        width: 1080,
        height: 810,
        caption: `图 ${sections}：车间一角`,
      },
      { type: 'list', ordered: false, items: [[{ text: `订单 ${sections}` }], [{ text: '交期' }]] },
      {
        type: 'paragraph',
        spans: [{ text: `延伸阅读 ${sections}`, href: `https://www.example.com/reading/${sections}` }],
      },
    ])
  })
})
