/**
 * Layout checks on the h5 app in chromium, by geometry and computed style
 * rather than class names where it matters (TOOLCHAIN.md, "Layout checks in
 * headless chromium"): Taro scrolls each page inside its own `.taro_page`,
 * keeps the pages below the one shown in the DOM (hidden), and draws its
 * navigation and tab bars outside them.
 *
 *   await installLayoutProbes(page)
 *   const lines = await page.evaluate(() => window.wttLayout.linesOf('.article-card__meta'))
 */
import type { Page } from 'playwright-core'

export interface Line {
  /** The text node's text. */
  text: string
  top: number
  bottom: number
  /** The centre of the line box. */
  x: number
  y: number
}

export interface Box {
  selector: string
  text: string
  width: number
  height: number
}

export interface ContrastFailure {
  text: string
  color: string
  background: string
  ratio: number
  needed: number
}

/** What the probes installed on `window` offer the tests' page.evaluate calls. */
export interface LayoutProbes {
  /** The page the router shows. */
  shownPage(): HTMLElement
  /** Each line box of each text node under the elements matching `selector` in the page shown, by element. */
  linesOf(selector: string): Line[][]
  /**
   * The text lines under `selector` in the page shown whose centre is in the
   * viewport but not drawn there: something else is (`over`: the classes of
   * the fixed element it belongs to, else its own).
   */
  coveredLines(selector: string): (Line & { over: string })[]
  /** Boxes of the visible elements matching `selector`, in the document (sheets, bars) or the page shown. */
  boxes(selector: string): Box[]
  /** Every visible text in the document whose contrast with what is behind it is below WCAG AA. */
  contrastFailures(): ContrastFailure[]
}

declare global {
  interface Window {
    wttLayout: LayoutProbes
  }
}

/** Rounding in the browser's layout: a box of 43.99 px is a 44 px box. */
export const EPSILON = 0.5
/** The smallest tap target, in CSS px (WeChat's and Apple's guidance). */
const MIN_TARGET = 44

/** How wide the page shown is drawn, and how wide it is on screen. */
export const pageWidths = (page: Page) =>
  page.evaluate(() => {
    const scroller = window.wttLayout.shownPage()
    return { scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth }
  })

/**
 * The tap targets smaller than 44 × 44 px among those matching each
 * selector; a selector that matches nothing visible fails the test, so that
 * a renamed class cannot pass by finding nothing.
 */
export async function tooSmallTargets(page: Page, selectors: string[]): Promise<Box[]> {
  const found = await Promise.all(
    selectors.map((selector) => page.evaluate((s) => window.wttLayout.boxes(s), selector)),
  )
  const missing = selectors.filter((_selector, i) => found[i].length === 0)
  if (missing.length > 0) throw new Error(`nothing visible matches ${missing.join(', ')}`)
  return found.flat().filter((box) => box.width + EPSILON < MIN_TARGET || box.height + EPSILON < MIN_TARGET)
}

/** Installs the probes on the page, for this document and each one the page loads later. */
export async function installLayoutProbes(page: Page): Promise<void> {
  await page.addInitScript(defineProbes)
  await page.evaluate(defineProbes)
}

// Runs in the browser: self-contained, nothing from this module's scope.
function defineProbes() {
  const visible = (element: Element) => {
    const rect = element.getBoundingClientRect()
    const style = getComputedStyle(element)
    return rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && style.opacity !== '0'
  }

  const shownPage = (): HTMLElement => {
    const pages = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter(
      (page) => getComputedStyle(page).display !== 'none',
    )
    const page = pages[pages.length - 1]
    if (!page) throw new Error('no page is shown')
    return page
  }

  const textNodes = (root: Element): Text[] => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node.textContent?.trim() && node.parentElement && visible(node.parentElement)) nodes.push(node as Text)
    return nodes
  }

  /** Whether a point of a text is cut away by a box around it that clips (a two-line clamp, an ellipsis). */
  const clippedAt = (node: Text, x: number, y: number) => {
    // The page's own scrolling is no clipping: only the boxes inside it count.
    for (let at = node.parentElement; at && !at.classList.contains('taro_page'); at = at.parentElement) {
      if (getComputedStyle(at).overflow === 'visible') continue
      const rect = at.getBoundingClientRect()
      if (x < rect.left || x > rect.right || y < rect.top || y > rect.bottom) return true
    }
    return false
  }

  /** The lines a text node is laid out in, but those a box around it cuts away (a clamp: 2 lines of a summary). */
  const linesOfNode = (node: Text): Line[] => {
    const range = document.createRange()
    range.selectNodeContents(node)
    return Array.from(range.getClientRects())
      .filter(
        (rect) =>
          rect.width > 0 && rect.height > 0 && !clippedAt(node, rect.left + rect.width / 2, rect.top + rect.height / 2),
      )
      .map((rect) => ({
        text: node.textContent ?? '',
        top: rect.top,
        bottom: rect.bottom,
        x: rect.left + rect.width / 2,
        y: rect.top + rect.height / 2,
      }))
  }

  const rgba = (color: string): number[] => {
    const [r, g, b, a = 1] = (color.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number)
    return [r, g, b, color.startsWith('rgba') ? a : 1]
  }
  /** `top` laid over `bottom` (opaque). */
  const over = (top: number[], bottom: number[]) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3]))
  const luminance = (rgb: number[]) => {
    const [r, g, b] = rgb.map((value) => {
      const v = value / 255
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  /** What is painted behind an element: its own and its ancestors' backgrounds, laid over white. */
  const backgroundOf = (element: Element): number[] => {
    const layers: number[][] = []
    for (let at: Element | null = element; at; at = at.parentElement) {
      const layer = rgba(getComputedStyle(at).backgroundColor)
      if (layer[3] > 0) layers.push(layer)
      if (layer[3] === 1) break
    }
    return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255])
  }

  window.wttLayout = {
    shownPage,
    linesOf: (selector) =>
      Array.from(shownPage().querySelectorAll(selector))
        .filter(visible)
        .map((element) => textNodes(element).flatMap(linesOfNode)),
    coveredLines: (selector) => {
      // Lines wholly on screen: those scrolled past the page's own edges are clipped by it, not covered.
      const { top, bottom } = shownPage().getBoundingClientRect()
      return (
        Array.from(shownPage().querySelectorAll(selector))
          .flatMap((element) =>
            textNodes(element).flatMap((node) =>
              linesOfNode(node)
                .filter((line) => line.top >= top && line.bottom <= Math.min(bottom, window.innerHeight))
                .map((line) => ({ line, hit: document.elementFromPoint(line.x, line.y) })),
            ),
          )
          // Uncovered, the text's own element (or what it is in) is what is drawn at its centre.
          .filter(({ line, hit }) => !hit || !textNodes(hit).some((node) => node.textContent === line.text))
          .map(({ line, hit }) => {
            let fixed: Element | null = hit
            while (fixed && getComputedStyle(fixed).position !== 'fixed') fixed = fixed.parentElement
            return { ...line, over: (fixed ?? hit)?.getAttribute('class') ?? '(nothing)' }
          })
      )
    },
    boxes: (selector) =>
      Array.from(document.querySelectorAll(selector))
        .filter((element) => visible(element) && (!element.closest('.taro_page') || shownPage().contains(element)))
        .map((element) => {
          const rect = element.getBoundingClientRect()
          return {
            selector,
            text: (element.textContent ?? '').trim().slice(0, 20),
            width: rect.width,
            height: rect.height,
          }
        }),
    contrastFailures: () =>
      textNodes(document.body)
        .filter((node) => {
          const page = (node.parentElement as Element).closest('.taro_page')
          return !page || page === shownPage()
        })
        .flatMap((node): ContrastFailure[] => {
          const element = node.parentElement as Element
          const style = getComputedStyle(element)
          const background = backgroundOf(element)
          const color = over(rgba(style.color), background)
          const [light, dark] = [luminance(color), luminance(background)].sort((a, b) => b - a)
          const ratio = (light + 0.05) / (dark + 0.05)
          const size = parseFloat(style.fontSize)
          // WCAG AA: 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold).
          const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700)
          const needed = large ? 3 : 4.5
          return ratio + 0.005 >= needed
            ? []
            : [
                {
                  text: (node.textContent ?? '').trim().slice(0, 20),
                  color: style.color,
                  background: `rgb(${background.map(Math.round).join(', ')})`,
                  ratio: Math.round(ratio * 100) / 100,
                  needed,
                },
              ]
        }),
  }
}
