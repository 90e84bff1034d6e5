import { EMPTY_WINDOW, groupsOf, listWindow, sameWindow } from '../../src/utils/listWindow'

const VIEWPORT = 800
/** Ten groups of 1 000 px: the list is 10 000 px tall. */
const TEN = Array.from({ length: 10 }, () => 1000)

describe('listWindow', () => {
  it('draws nothing for an empty list', () => {
    expect(listWindow([], 0, VIEWPORT)).toEqual(EMPTY_WINDOW)
  })

  it('at the top: the groups down to a screen below the viewport, one spacer below for the rest', () => {
    // The window reaches 0 + 800 + 800 = 1 600 px: groups 0 and 1.
    expect(listWindow(TEN, 0, VIEWPORT)).toEqual({ start: 0, end: 2, above: 0, below: 8000 })
  })

  it('in the middle: a screen above and below, spacers as tall as the groups left out', () => {
    // Viewport 5 000–5 800 px, window 4 200–6 600 px: groups 4, 5 and 6.
    expect(listWindow(TEN, 5000, VIEWPORT)).toEqual({ start: 4, end: 7, above: 4000, below: 3000 })
  })

  it('at the bottom: no spacer below', () => {
    expect(listWindow(TEN, 10000 - VIEWPORT, VIEWPORT)).toEqual({ start: 8, end: 10, above: 8000, below: 0 })
  })

  it('a group just touching the window edge is left out', () => {
    // Window 1 000–2 600 px with a zero margin: group 0 ends at 1 000, group 2 starts at 2 000.
    expect(listWindow(TEN, 1000, 1600, 0)).toEqual({ start: 1, end: 3, above: 1000, below: 7000 })
  })

  it('always draws a group never measured, and every group between it and the window', () => {
    const heights = [...TEN.slice(0, 9), undefined]
    expect(listWindow(heights, 0, VIEWPORT)).toEqual({ start: 0, end: 10, above: 0, below: 0 })
    // The usual case: the page just appended stands at the bottom, next to the window.
    expect(listWindow(heights, 9000 - VIEWPORT, VIEWPORT)).toEqual({ start: 7, end: 10, above: 7000, below: 0 })
  })

  it('a list not measured at all is drawn whole', () => {
    expect(listWindow([undefined, undefined], 5000, VIEWPORT)).toEqual({ start: 0, end: 2, above: 0, below: 0 })
  })

  it('scrolled past the end (the list got shorter): the last group', () => {
    expect(listWindow([1000, 1000], 9000, VIEWPORT)).toEqual({ start: 1, end: 2, above: 1000, below: 0 })
  })

  it('groups of different heights: the spacers sum their own', () => {
    const heights = [300, 500, 1200, 400, 900, 700]
    // Window 1 400–3 800 px with a margin of 800: groups 2 (800–2 000), 3 (to 2 400), 4 (to 3 300), 5 (to 4 000).
    expect(listWindow(heights, 2200, VIEWPORT)).toEqual({ start: 2, end: 6, above: 800, below: 0 })
    expect(listWindow(heights, 0, 300, 0)).toEqual({ start: 0, end: 1, above: 0, below: 3700 })
  })

  it('the spacers and the groups drawn always add up to the whole list', () => {
    const heights = [420, 1180, 960, 1310, 870, 1020, 990, 1100]
    const total = heights.reduce((a, b) => a + b, 0)
    for (let scrollTop = 0; scrollTop <= total; scrollTop += 97) {
      const { start, end, above, below } = listWindow(heights, scrollTop, 640)
      const drawn = heights.slice(start, end).reduce((a, b) => a + b, 0)
      expect(above + drawn + below).toBe(total)
      expect(end).toBeGreaterThan(start)
    }
  })
})

describe('sameWindow', () => {
  it('tells windows apart by any field', () => {
    const window = { start: 1, end: 3, above: 100, below: 200 }
    expect(sameWindow(window, { ...window })).toBe(true)
    expect(sameWindow(window, { ...window, end: 4 })).toBe(false)
    expect(sameWindow(window, { ...window, above: 101 })).toBe(false)
  })
})

describe('groupsOf', () => {
  it('cuts a list into pages, the last one partial', () => {
    expect(groupsOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
    expect(groupsOf([], 10)).toEqual([])
  })
})
