export interface RateLimitOptions {
  /** Lines written per label and window; the rest are only counted. */
  limit?: number
  windowMs?: number
  write?: (...args: unknown[]) => void
  now?: () => number
}

interface Window {
  start: number
  written: number
  suppressed: number
}

/**
 * A log for warnings that anyone can trigger at will (a forged QR scene, a
 * broken image): each label writes at most `limit` lines a window, and its
 * first line of a later window says how many were left out meanwhile.
 */
export function rateLimitedLog({
  limit = 10,
  windowMs = 60_000,
  // Looked up at each call, so that a test's console spy sees it.
  write = (...args) => console.warn(...args),
  now = Date.now,
}: RateLimitOptions = {}) {
  const windows = new Map<string, Window>()
  return (label: string, ...details: unknown[]) => {
    const time = now()
    let window = windows.get(label)
    if (!window || time - window.start >= windowMs) {
      if (window?.suppressed)
        write(label, `(${window.suppressed} more not logged since ${new Date(window.start).toISOString()})`)
      window = { start: time, written: 0, suppressed: 0 }
      windows.set(label, window)
    }
    if (window.written < limit) {
      window.written++
      write(label, ...details)
    } else window.suppressed++
  }
}

/** console.warn, at most 10 lines a minute per label. */
export const warnRateLimited = rateLimitedLog()
