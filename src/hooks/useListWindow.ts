import Taro, { usePageScroll } from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react'
import { groupsOf, listWindow, sameWindow } from '../utils/listWindow'

/** A page of the list: one group is drawn or left out as a whole. */
const GROUP_SIZE = 10
/** When WeChat does not say (an old base library): about a phone's. */
const FALLBACK_HEIGHT = 700

function windowHeight(): number {
  try {
    return Taro.getWindowInfo().windowHeight || FALLBACK_HEIGHT
  } catch {
    return FALLBACK_HEIGHT
  }
}

interface Measured {
  /** Cards in the group when it was measured: a group that got more is measured again. */
  size: number
  height: number
}

export interface ListGroup<T> {
  /** The group's place in the list, a stable key. */
  index: number
  items: T[]
}

/**
 * Draws only the part of a long list near the screen (WeChat's audit wants
 * fewer than 1 000 nodes on a page): its items in groups of 10, those within
 * a screen above or below the viewport drawn, the others standing as one
 * spacer above (`above` px) and one below (`below` px), as tall as they were
 * measured. The page itself scrolls (usePageScroll).
 *
 * `groupClass` is the class of the view each group is drawn in, measured
 * after the render that drew it (a group never measured is always drawn).
 * Heights are kept by the group's first item: a list replaced (another tab, a
 * refresh) brings new items and is measured anew. The page re-renders only
 * when the groups drawn or the spacers change, not on every scroll event.
 */
export function useListWindow<T extends object>(items: T[], groupClass: string) {
  const groups = useMemo(() => groupsOf(items, GROUP_SIZE), [items])
  const measured = useRef(new WeakMap<T, Measured>())
  const scrollTop = useRef(0)
  const [viewport] = useState(windowHeight)
  const [, rerender] = useReducer((n: number) => n + 1, 0)

  const windowOf = useCallback(
    (of: T[][]) =>
      listWindow(
        of.map((group) => {
          const known = measured.current.get(group[0])
          return known && known.size === group.length ? known.height : undefined
        }),
        scrollTop.current,
        viewport,
      ),
    [viewport],
  )
  const shown = windowOf(groups)
  /** What the last render drew, and from which groups: scroll events compare against it. */
  const latest = useRef({ groups, shown })
  latest.current = { groups, shown }

  const update = useCallback(() => {
    const { groups: now, shown: drawn } = latest.current
    if (!sameWindow(windowOf(now), drawn)) rerender()
  }, [windowOf])

  usePageScroll(({ scrollTop: top }) => {
    scrollTop.current = top
    update()
  })

  const { start, end } = shown
  useEffect(() => {
    if (start === end) return
    // Taro runs the query once this render's setData has landed (weapp:
    // the page's next update, or 100 ms), so the DOM it sees is the latest
    // render's: its groups are the ones drawn now, in order. When they are
    // not (a count that differs), the render that changed them measures again.
    Taro.createSelectorQuery()
      .selectAll(`.${groupClass}`)
      .boundingClientRect((rects) => {
        const { groups: now, shown: drawn } = latest.current
        if (!Array.isArray(rects) || rects.length !== drawn.end - drawn.start) return
        rects.forEach((rect, i) => {
          const group = now[drawn.start + i]
          measured.current.set(group[0], { size: group.length, height: rect.height })
        })
        update()
      })
      .exec()
  }, [groups, start, end, groupClass, update])

  const drawn: ListGroup<T>[] = groups.slice(start, end).map((group, i) => ({ index: start + i, items: group }))
  return { groups: drawn, above: shown.above, below: shown.below }
}
