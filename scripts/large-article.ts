// A generated official-account-style article, the same for the bench
// (import speed) and the converter's tests (a large page converts whole).

const DOCUMENT_BYTES = 1024 * 1024

/** One section of an official-account article as its editor writes it: nested sections, inline styles, spacers. */
const section = (n: number) =>
  `<section style="margin: 10px 0%;"><h2>第 ${n} 节：从纤维到面料</h2>` +
  `<section style="padding: 0px 8px; line-height: 1.75;">` +
  `<p><span style="font-size: 15px;">第 ${n} 节正文：</span><span style="font-size: 15px; font-weight: bold;">棉纺、毛纺与化纤</span>` +
  `<span style="font-size: 15px;">在这一环节相互配合，&nbsp;企业用数字化排产缩短交期。</span></p><p><br></p>` +
  `<p><img data-src="https://mmbiz.qpic.cn/wutongtai-bench/${n}.jpg" data-w="1080" data-ratio="0.75" src=""></p>` +
  `<p style="text-align: center;"><span style="font-size: 12px;">图 ${n}：车间一角</span></p>` +
  `<ul><li>订单 ${n}</li><li>交期</li></ul>` +
  `<p><a href="https://www.example.com/reading/${n}">延伸阅读 ${n}</a></p></section></section>\n`

/**
 * A generated official-account-style article of about `bytes` bytes, with
 * front matter; each of its `sections` converts to five blocks (heading,
 * paragraph, captioned image, list, link paragraph).
 */
export function largeArticleHtml(bytes = DOCUMENT_BYTES) {
  const parts = ['---\ntitle: 纺织产业链长文\nid: bench-large-article\npublishedAt: 2026-11-01\n---\n']
  let size = Buffer.byteLength(parts[0])
  let sections = 0
  while (size < bytes) {
    const next = section(++sections)
    parts.push(next)
    size += Buffer.byteLength(next)
  }
  return { html: parts.join(''), bytes: size, sections }
}
