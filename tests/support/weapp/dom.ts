/**
 * The rendered page as jsdom holds it. exparser (simulate's engine) writes
 * the composed tree into the DOM — nested custom components included — but
 * prefixes class names with the component's tag (`main--article-card`), so
 * classes are read from the exparser element behind each DOM node.
 */

interface ExparserElement {
  classList?: { getRawNames(): string[] } | null
  /** The id the WXML wrote (the DOM node has none). */
  id?: string
}

interface Exparser {
  Event: {
    create(name: string, detail: Record<string, unknown>, options: Record<string, unknown>): unknown
    dispatchEvent(target: ExparserElement, event: unknown): void
  }
}

type Rendered = Element & { __wxElement?: ExparserElement }

/** The class names as the WXML wrote them, without exparser's prefix. */
export function classesOf(element: Element): string[] {
  return (element as Rendered).__wxElement?.classList?.getRawNames() ?? []
}

/** The element's id as the WXML wrote it, what `#id` selectors match. */
export const idOf = (element: Element): string => (element as Rendered).__wxElement?.id ?? ''

export function findAll(root: Element, className: string): Element[] {
  return Array.from(root.querySelectorAll('*')).filter((element) => classesOf(element).includes(className))
}

/** Text as a reader sees it: whitespace runs collapsed. */
export const textOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()

/** The innermost elements whose whole text is `text` (a button, a link, a tab). */
export function findByText(root: Element, text: string): Element[] {
  const matches = Array.from(root.querySelectorAll('*')).filter((element) => textOf(element) === text)
  return matches.filter((element) => !matches.some((other) => other !== element && element.contains(other)))
}

/**
 * A tap as WeChat delivers it: a bubbling, composed `tap` on the element,
 * which reaches Taro's `eh` handler through the bindings in base.wxml.
 */
export function tap(element: Element): void {
  dispatch(
    element,
    'tap',
    { x: 0, y: 0 },
    { bubbles: true, composed: true, capturePhase: true, extraFields: { touches: {}, changedTouches: {} } },
  )
}

/**
 * A component event as WeChat fires it on the element itself, e.g. a
 * button's `getphonenumber` or `agreeprivacyauthorization` with its detail:
 * they do not bubble.
 */
export function trigger(element: Element, type: string, detail: Record<string, unknown>): void {
  dispatch(element, type, detail, {})
}

function dispatch(element: Element, type: string, detail: Record<string, unknown>, options: Record<string, unknown>) {
  const target = (element as Rendered).__wxElement
  if (!target) throw new Error(`<${element.tagName.toLowerCase()}> is not a rendered mini-program element`)
  // eslint-disable-next-line @typescript-eslint/no-var-requires -- untyped, and the instance simulate loaded
  const exparser = require('miniprogram-exparser') as Exparser
  exparser.Event.dispatchEvent(target, exparser.Event.create(type, detail, options))
}

/** Element nodes under `root` (not counting it), and the deepest nesting (its children are depth 1). */
export function measureTree(root: Element): { nodes: number; depth: number } {
  let nodes = 0
  let depth = 0
  const walk = (element: Element, level: number) => {
    for (const child of Array.from(element.children)) {
      nodes += 1
      depth = Math.max(depth, level)
      walk(child, level + 1)
    }
  }
  walk(root, 1)
  return { nodes, depth }
}
