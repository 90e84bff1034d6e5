import { Parser } from 'htmlparser2'
import { normalizeLine } from '../html/text'
import { parsePublishedAt } from '../published-at'

/**
 * What an official-account article page says about its article. The page
 * (mp.weixin.qq.com/s/…) carries it three ways, and each field is read from
 * the first that has it: share metadata (`og:title`, `og:description`,
 * `og:image`, `og:url`, `<meta name="author">`), the page's own elements
 * (`#activity-name` for the title, `#js_name` for the account), and the
 * variables of its inline scripts (`msg_title`, `nickname`, `msg_desc`,
 * `msg_cdn_url`, `msg_link`, and `ct`, the publish time in Unix seconds).
 * The body is the inner HTML of `#js_content`.
 */
export interface OfficialAccountPage {
  title?: string
  /** The account's name: the article's 文章来源. */
  account?: string
  author?: string
  /** ISO instant. */
  publishedAt?: string
  description?: string
  /** The share picture, as written (a web address). */
  cover?: string
  /** The page's own link to itself, as written. */
  link?: string
  /** The inner HTML of `#js_content`; null when the page has none. */
  body: string | null
  /** What the page says instead of an article (该内容已被发布者删除 ...), and its other visible text. */
  notice: string
  visibleText: string
}

/** Elements whose text is kept, by id. */
const TEXT_BY_ID: Record<string, Field> = {
  'activity-name': 'heading',
  js_name: 'account',
  publish_time: 'publishTime',
}
/** Where WeChat writes why there is no article: the title and description of its message page. */
const NOTICE_CLASSES = ['weui-msg__title', 'weui-msg__desc', 'global_error_msg']
const NOT_VISIBLE = new Set(['script', 'style', 'title', 'noscript', 'template'])
/** Enough visible text to tell a message page by its words. */
const VISIBLE_TEXT_LIMIT = 4000

type Field = 'heading' | 'account' | 'publishTime' | 'notice' | 'documentTitle'

interface Frame {
  fields: Field[]
  script: boolean
  hidden: boolean
}

/** `\x26`, `\u4e2d`, `\'`: the escapes WeChat's inline scripts write into their strings. */
function unescapeScript(value: string) {
  return value.replace(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(.))/g, (_match, hex, unicode, char: string) =>
    hex || unicode ? String.fromCharCode(parseInt(hex ?? unicode, 16)) : char,
  )
}

/** Entities decoded by the same parser that reads the page (`&amp;` in msg_link, `&quot;` in titles). */
function decodeEntities(value: string) {
  let text = ''
  new Parser({ ontext: (part) => (text += part) }, { decodeEntities: true }).end(value.replace(/</g, '&lt;'))
  return text
}

/** A string an inline script assigns to `name`: `var name = "…"`, `name = htmlDecode('…')`, `msg_title = '…'.html(false)`. */
function scriptString(scripts: string, name: string): string | undefined {
  const pattern = new RegExp(
    `(?:^|[^\\w$])${name}\\s*=\\s*(?:htmlDecode\\(\\s*)?(?:"((?:\\\\.|[^"\\\\\\n])*)"|'((?:\\\\.|[^'\\\\\\n])*)')`,
  )
  const match = pattern.exec(scripts)
  if (!match) return undefined
  return normalizeLine(decodeEntities(unescapeScript(match[1] ?? match[2]))) || undefined
}

/** `var ct = "1710720000"` (Unix seconds), else `publish_time` as a date, else the shown publish time. */
function publishTime(scripts: string, shown: string): string | undefined {
  const seconds = /(?:^|[^\w$])(?:ct|create_time)\s*=\s*["']?(\d{9,11})\b/.exec(scripts)?.[1]
  if (seconds) return new Date(Number(seconds) * 1000).toISOString()
  const written = scriptString(scripts, 'publish_time') ?? shown
  return (written && parsePublishedAt(written)) || undefined
}

const firstOf = (...values: (string | undefined)[]) => values.map((value) => value?.trim()).find(Boolean)

/** Reads an official-account article page (or what WeChat answers instead of one). */
export function readOfficialAccountPage(html: string): OfficialAccountPage {
  const meta = new Map<string, string>()
  const texts: Record<Field, string> = { heading: '', account: '', publishTime: '', notice: '', documentTitle: '' }
  let scripts = ''
  let visibleText = ''
  let bodyStart = -1
  let bodyEnd = -1
  let bodyDepth = -1
  const frames: Frame[] = []
  const open = { fields: new Map<Field, number>(), script: 0, hidden: 0 }

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta') {
          const key = (attributes.property ?? attributes.name ?? '').toLowerCase()
          if (key && attributes.content !== undefined && !meta.has(key)) meta.set(key, attributes.content)
        }
        const fields: Field[] = []
        const byId = Object.hasOwn(TEXT_BY_ID, attributes.id ?? '') ? TEXT_BY_ID[attributes.id] : undefined
        if (byId) fields.push(byId)
        const classes = (attributes.class ?? '').split(/\s+/)
        if (NOTICE_CLASSES.some((notice) => classes.includes(notice))) fields.push('notice')
        if (name === 'title') fields.push('documentTitle')
        for (const field of fields) open.fields.set(field, (open.fields.get(field) ?? 0) + 1)
        const frame = { fields, script: name === 'script', hidden: NOT_VISIBLE.has(name) }
        if (frame.script) open.script++
        if (frame.hidden) open.hidden++
        frames.push(frame)
        if (attributes.id === 'js_content' && bodyStart < 0) {
          bodyStart = parser.endIndex + 1
          bodyDepth = frames.length
        }
      },
      ontext(text) {
        if (open.script > 0) scripts += text
        for (const [field, depth] of open.fields) if (depth > 0) texts[field] += text
        if (open.hidden === 0 && visibleText.length < VISIBLE_TEXT_LIMIT) visibleText += text
      },
      onclosetag() {
        if (frames.length === bodyDepth && bodyEnd < 0) bodyEnd = parser.startIndex
        const frame = frames.pop()
        if (!frame) return
        for (const field of frame.fields) open.fields.set(field, (open.fields.get(field) ?? 1) - 1)
        if (frame.script) open.script--
        if (frame.hidden) open.hidden--
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.end(html)

  const line = (value: string | undefined) => (value ? normalizeLine(value) : undefined)
  return {
    title: firstOf(line(meta.get('og:title')), line(texts.heading), scriptString(scripts, 'msg_title')),
    account: firstOf(line(texts.account), scriptString(scripts, 'nickname')),
    author: firstOf(line(meta.get('author'))),
    publishedAt: publishTime(scripts, normalizeLine(texts.publishTime)),
    description: firstOf(line(meta.get('og:description')), scriptString(scripts, 'msg_desc')),
    cover: firstOf(scriptString(scripts, 'msg_cdn_url'), meta.get('og:image')),
    link: firstOf(scriptString(scripts, 'msg_link'), meta.get('og:url')),
    body: bodyStart < 0 ? null : html.slice(bodyStart, bodyEnd < 0 ? html.length : bodyEnd),
    notice: normalizeLine(texts.notice),
    visibleText: normalizeLine(`${texts.documentTitle} ${visibleText}`),
  }
}

/** Words of WeChat's message pages: an article taken down, a verification wall, a login wall. */
const GONE = /删除|违规|无法查看|被投诉|已注销|被屏蔽|被冻结|已迁移|已过期/
const VERIFY = /环境异常|完成验证|去验证|验证码|访问过于频繁/
const LOGIN = /登录|微信客户端打开/

/**
 * Why a page gave no article (no `#js_content`, or one with nothing in it),
 * in the operator's words, quoting what the page itself says where it says
 * something.
 */
export function whyNotAnArticle(page: OfficialAccountPage): string {
  const said = page.notice ? `（页面提示：${Array.from(page.notice).slice(0, 60).join('')}）` : ''
  const words = `${page.notice} ${page.visibleText}`
  if (GONE.test(words)) return `这篇文章已无法查看${said}，不能导入`
  if (VERIFY.test(words)) return `公众号要求先完成验证才能查看这个页面${said}，暂时不能导入，请稍后再试`
  if (LOGIN.test(words)) return `这个页面要在微信中登录后才能查看${said}，不能导入`
  if (said) return `这个页面没有文章正文${said}，不能导入`
  return page.body === null
    ? '这个页面不是公众号文章（找不到正文 #js_content），不能导入'
    : '文章正文是空的（#js_content 里没有文字或图片），不能导入'
}
