/**
 * Zero-delay timers not run yet: the page's work in progress. In jsdom
 * (no MessageChannel, no setImmediate) React renders in slices chained by
 * setTimeout(0), Taro sends each setData from one, and the wx stand-in
 * answers from one; a timer with a delay (a retry, a timeout) is a wait, not
 * work. While any is pending, the page is not settled.
 */
const pending = new Set<unknown>()

/** Wraps the global timers; must run before dist/app.js, whose scheduler keeps its own reference. */
export function trackContinuations(): void {
  const { setTimeout: set, clearTimeout: clear } = globalThis
  globalThis.setTimeout = ((callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => {
    if (delay) return set(callback, delay, ...args)
    const id = set(() => {
      pending.delete(id)
      callback(...args)
    }, 0)
    pending.add(id)
    return id
  }) as typeof setTimeout
  globalThis.clearTimeout = ((id?: Parameters<typeof clearTimeout>[0]) => {
    pending.delete(id)
    clear(id)
  }) as typeof clearTimeout
}

export const continuationsPending = (): number => pending.size
