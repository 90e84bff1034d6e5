import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Figure } from './report'

const ROOT = join(__dirname, '../..')
const TEST = 'tests/weapp/render-budget.test.ts'

/** WeChat refuses a setData whose payload exceeds 256 KB. */
export const SETDATA_LIMIT = 256 * 1024
/** WeChat's experience audit: fewer than this many nodes on a page… */
export const NODE_LIMIT = 1000
/** …nested less than this deep… */
export const DEPTH_LIMIT = 30
/** …and at most this many children under one node. */
export const CHILDREN_LIMIT = 60
/** A page of 10 cards appended to the list: its own cards and the list foot, never the list. */
export const APPEND_LIMIT = 16 * 1024
/**
 * Scrolling down the list past a page of cards changes the groups drawn:
 * the list's groups are sent again (Taro re-sends a parent's children when
 * one is removed), a few screens of cards, never the whole list.
 */
export const SCROLL_LIMIT = 64 * 1024
/** The list is scrolled to this many cards. */
export const LIST_CARDS = 1000

export interface SetDataFigures {
  calls: number
  /** UTF-8 bytes of every payload's JSON, summed. */
  bytes: number
  maxBytes: number
}

/** One page of cards appended by reaching the bottom of the list. */
export interface Append extends SetDataFigures {
  /** Cards on the page once it is drawn. */
  cards: number
  /** From onReachBottom to the cards drawn in the simulator, cloud call included. */
  ms: number
  nodes: number
}

/** What tests/weapp/render-budget.test.ts writes to $WTT_RENDER_METRICS; a failed test leaves its part out. */
export interface RenderMeasurements {
  article?: SetDataFigures & {
    id: string
    textChars: number
    imageBlocks: number
    images: number
    nodes: number
    depth: number
  }
  list?: {
    articles: number
    firstPage: SetDataFigures & { cards: number; nodes: number; depth: number }
    appends: Append[]
    /** Scrolling to the bottom before each append: the groups drawn move down. */
    scrolls: SetDataFigures[]
    /** Scrolling back from the last card to the top. */
    backToTop: SetDataFigures
    /** At the bottom of the list once all the cards are loaded. */
    nodes: number
    /** The most nodes on the page at any point of the scroll. */
    mostNodes: number
    depth: number
    /** Cards drawn at the bottom of the whole list (the others stand as spacers). */
    drawnCards: number
    /** Children of the list view at the bottom of the whole list. */
    listChildren: number
    /** The most children of the list view at any point of the scroll. */
    mostListChildren: number
  }
}

/** Runs the render-budget test alone (the path before --selectProjects, which would take it for a project). */
function measure(): RenderMeasurements | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'wtt-bench-render-'))
  const file = join(dir, 'render.json')
  try {
    const run = spawnSync('npx', ['jest', TEST, '--selectProjects', 'weapp'], {
      cwd: ROOT,
      env: { ...process.env, WTT_RENDER_METRICS: file },
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    if (run.status !== 0) console.warn(`render budgets: ${TEST} failed; reporting what it measured\n${run.stderr}`)
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RenderMeasurements) : undefined
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function articleFigures(article: NonNullable<RenderMeasurements['article']>): Figure[] {
  const what = `${article.textChars} chars, ${article.images} images`
  return [
    {
      name: 'weapp article first render: setData, largest call',
      value: article.maxBytes,
      unit: 'KB',
      limit: SETDATA_LIMIT,
      note: `(${article.calls} calls, ${(article.bytes / 1024).toFixed(1)} KB in all; ${what})`,
    },
    { name: 'weapp article first render: nodes', value: article.nodes, unit: 'count', limit: NODE_LIMIT - 1 },
    { name: 'weapp article first render: depth', value: article.depth, unit: 'count', limit: DEPTH_LIMIT - 1 },
  ]
}

function listFigures(list: NonNullable<RenderMeasurements['list']>): Figure[] {
  const at = (cards: number) => list.appends.find((append) => append.cards === cards)
  const early = at(100)
  const late = at(LIST_CARDS)
  const overBudget = list.appends.find((append) => append.nodes >= NODE_LIMIT)
  const figures: Figure[] = [
    {
      name: 'weapp list first page: setData',
      value: list.firstPage.bytes,
      unit: 'KB',
      note: `(${list.firstPage.calls} calls; ${list.firstPage.nodes} nodes)`,
    },
    {
      name: `weapp list appends to ${LIST_CARDS} cards: largest setData`,
      value: Math.max(...list.appends.map((append) => append.maxBytes)),
      unit: 'KB',
      limit: APPEND_LIMIT,
    },
  ]
  for (const append of [early, late]) {
    if (!append) continue
    figures.push(
      { name: `weapp list append at ${append.cards} cards: setData`, value: append.bytes, unit: 'KB' },
      {
        name: `weapp list append at ${append.cards} cards: render`,
        value: append.ms,
        unit: 'ms',
        note: '(simulator, cloud call included)',
      },
    )
  }
  figures.push(
    {
      name: `weapp list scrolled to ${LIST_CARDS} cards: largest setData of a scroll`,
      value: Math.max(...list.scrolls.map((scroll) => scroll.maxBytes)),
      unit: 'KB',
      limit: SCROLL_LIMIT,
      note: `(the groups drawn change; back to the top: ${(list.backToTop.bytes / 1024).toFixed(1)} KB)`,
    },
    {
      name: `weapp list at ${LIST_CARDS} cards: nodes`,
      value: list.nodes,
      unit: 'count',
      limit: NODE_LIMIT - 1,
      note: overBudget
        ? `(past ${NODE_LIMIT - 1} from ${overBudget.cards} cards)`
        : `(${list.drawnCards} cards drawn; ${list.mostNodes} at most while scrolling)`,
    },
    {
      name: `weapp list at ${LIST_CARDS} cards: children of the list`,
      value: list.listChildren,
      unit: 'count',
      limit: CHILDREN_LIMIT,
      note: `(${list.mostListChildren} at most while scrolling)`,
    },
  )
  return figures
}

/**
 * First-render setData and node counts of the compiled weapp, from the
 * render-budget test in the simulator (needs dist/). Reported beside their
 * targets, never a gate: they come from a simulator, not a phone.
 */
export function renderFigures(): Figure[] {
  const measured = measure()
  if (!measured) {
    console.warn('render budgets: nothing measured')
    return []
  }
  return [
    ...(measured.article ? articleFigures(measured.article) : []),
    ...(measured.list ? listFigures(measured.list) : []),
  ]
}
