import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  APPEND_LIMIT,
  ARTICLE_COMMENTS,
  CHILDREN_LIMIT,
  DEPTH_LIMIT,
  LIST_CARDS,
  NODE_LIMIT,
  SCROLL_LIMIT,
  SETDATA_LIMIT,
  type RenderMeasurements,
} from '../render-budget'
import type { Figure } from './report'

const ROOT = join(__dirname, '../..')
const TEST = 'tests/weapp/render-budget.test.ts'

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

function commentFigures(comments: NonNullable<RenderMeasurements['comments']>): Figure[] {
  const what = `(${comments.calls} calls; ${comments.drawn} of ${ARTICLE_COMMENTS} comments drawn, ${comments.nodes} nodes)`
  return [
    {
      name: 'weapp article with comments, first render: setData, largest call',
      value: comments.maxBytes,
      unit: 'KB',
      limit: SETDATA_LIMIT,
      note: what,
    },
    {
      name: 'weapp article with comments, first render: nodes',
      value: comments.nodes,
      unit: 'count',
      limit: NODE_LIMIT - 1,
    },
    {
      name: 'weapp article with comments, 查看更多留言: setData',
      value: comments.more.bytes,
      unit: 'KB',
      note: `(${comments.more.drawn} comments drawn, ${comments.more.nodes} nodes)`,
    },
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
    ...(measured.comments ? commentFigures(measured.comments) : []),
    ...(measured.list ? listFigures(measured.list) : []),
  ]
}
