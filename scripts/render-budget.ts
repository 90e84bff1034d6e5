// The weapp's render budgets and what tests/weapp/render-budget.test.ts
// measures against them: the test asserts them, the bench
// (scripts/bench/render.ts) reports the measurements beside them.

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
/** The comment-heavy article has this many selected comments, each with 作者回复. */
export const ARTICLE_COMMENTS = 500

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
  /** The largest sample article with ARTICLE_COMMENTS selected comments: its first render, then 查看更多留言 once. */
  comments?: SetDataFigures & {
    drawn: number
    nodes: number
    depth: number
    more: SetDataFigures & { drawn: number; nodes: number }
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
