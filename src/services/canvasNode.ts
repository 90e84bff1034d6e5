import Taro from '@tarojs/taro'

/** What a WeChat 2d canvas node and an HTML canvas both offer, as far as this app draws. */
export interface CanvasNode {
  width: number
  height: number
  getContext(type: '2d'): CanvasRenderingContext2D | null
  /** WeChat's: a 2d canvas draws only pictures it made itself. */
  createImage?: () => HTMLImageElement
  toDataURL(type?: string): string
}

/**
 * A rendered <Canvas type="2d">'s node, with its size on screen in CSS
 * pixels. The size is a query of its own: Taro's h5 answers a `node` field
 * with the node alone.
 */
export function canvasNode(selector: string): Promise<{ node: CanvasNode; width: number; height: number }> {
  return new Promise((resolve, reject) => {
    Taro.createSelectorQuery()
      .select(selector)
      .fields({ node: true })
      .select(selector)
      .boundingClientRect()
      .exec(([found, box]: [{ node?: CanvasNode } | null, { width: number; height: number } | null]) =>
        found?.node && box
          ? resolve({ node: found.node, width: box.width, height: box.height })
          : reject(new Error(`no canvas ${selector}`)),
      )
  })
}
