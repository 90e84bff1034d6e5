/**
 * Which groups of a long list are drawn: those within `margin` pixels above
 * or below the viewport. The others stand as one spacer above and one below,
 * as tall as the groups they replace, so that nothing on screen moves.
 */
export interface ListWindow {
  /** The first group drawn. */
  start: number
  /** One past the last group drawn. */
  end: number
  /** Height of the groups before `start`, in px. */
  above: number
  /** Height of the groups from `end` on, in px. */
  below: number
}

export const EMPTY_WINDOW: ListWindow = { start: 0, end: 0, above: 0, below: 0 }

/**
 * `heights`: each group's measured height in px, `undefined` for a group never
 * measured, which is always drawn (its height is unknown, so no spacer can
 * stand for it). Positions count from the list's top: `scrollTop` is the
 * page's, so whatever lies above the list (under a screen) shifts the
 * window by that much, which the margin absorbs. Drawn groups are
 * contiguous; at least one is drawn when there is any.
 */
export function listWindow(
  heights: readonly (number | undefined)[],
  scrollTop: number,
  viewport: number,
  margin: number = viewport,
): ListWindow {
  const from = scrollTop - margin
  const to = scrollTop + viewport + margin
  let start = -1
  let end = -1
  let y = 0
  heights.forEach((height, index) => {
    const shown = height === undefined || (y + height > from && y < to)
    if (shown) {
      if (start < 0) start = index
      end = index + 1
    }
    y += height ?? 0
  })
  // Scrolled past every group (the list just got shorter): the last one.
  if (start < 0) {
    if (heights.length === 0) return EMPTY_WINDOW
    start = heights.length - 1
    end = heights.length
  }
  const sum = (first: number, last: number) =>
    heights.slice(first, last).reduce<number>((total, h) => total + (h ?? 0), 0)
  return { start, end, above: sum(0, start), below: sum(end, heights.length) }
}

export const sameWindow = (a: ListWindow, b: ListWindow) =>
  a.start === b.start && a.end === b.end && a.above === b.above && a.below === b.below

/** Consecutive groups of `size` items: a list's pages. */
export function groupsOf<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = []
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size))
  return groups
}
