import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Attributes of built-in components (a button's open-type ...) as WeChat
 * receives them. simulate keeps only the attributes its stand-in components
 * declare, so they are read where Taro put them: the page's data tree, one
 * node per element (found by its `data-sid`), whose keys base.wxml's
 * template for that node maps to attribute names (`open-type="{{i.p11}}"`).
 */

interface TaroNode {
  sid?: string
  nn?: string
  cn?: TaroNode[]
  [key: string]: unknown
}

const templates = new Map<string, string>()

function templateOf(dist: string, nodeName: string): string | undefined {
  if (templates.size === 0) {
    const wxml = readFileSync(join(dist, 'base.wxml'), 'utf8')
    for (const match of wxml.matchAll(/<template name="tmpl_0_(\w+)">([\s\S]*?)<\/template>/g))
      templates.set(match[1], match[2])
  }
  return templates.get(nodeName)
}

function findNode(node: TaroNode, sid: string): TaroNode | undefined {
  if (node.sid === sid) return node
  for (const child of node.cn ?? []) {
    const found = findNode(child, sid)
    if (found) return found
  }
  return undefined
}

export function attributeOf(dist: string, pageData: Record<string, unknown>, element: Element, name: string): unknown {
  const sid = element.getAttribute('data-sid')
  const node = sid ? findNode(pageData.root as TaroNode, sid) : undefined
  if (!node?.nn) throw new Error(`<${element.tagName.toLowerCase()}> is not in the page's data`)
  const own = templateOf(dist, node.nn)
  if (!own) throw new Error(`base.wxml has no template for node ${node.nn}`)
  // An input's own template only picks its focused or blurred form: its attributes are written in those.
  const template = own.includes(` ${name}=`) ? own : (templateOf(dist, `${node.nn}_blur`) ?? own)
  const binding = new RegExp(`\\s${name}="\\{\\{[^}]*?\\bi\\.(\\w+)`).exec(template)
  return binding ? node[binding[1]] : undefined
}
