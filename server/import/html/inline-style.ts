/** What the converter reads from an inline `style`; everything else in it is ignored. */
export interface InlineStyleHints {
  bold?: boolean
  /** In CSS pixels. */
  fontSize?: number
}

const BOLD_KEYWORDS = new Set(['bold', 'bolder'])
const NORMAL_KEYWORDS = new Set(['normal', 'lighter'])

function fontWeight(value: string): boolean | undefined {
  if (BOLD_KEYWORDS.has(value)) return true
  if (NORMAL_KEYWORDS.has(value)) return false
  const weight = Number(value)
  return Number.isFinite(weight) && weight > 0 ? weight >= 600 : undefined
}

function fontSize(value: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(px|pt)$/.exec(value)
  if (!match) return undefined
  return match[2] === 'pt' ? (Number(match[1]) * 4) / 3 : Number(match[1])
}

/** Reads `font-weight` and `font-size` from a `style` attribute's declarations. */
export function readInlineStyle(style: string | undefined): InlineStyleHints {
  const hints: InlineStyleHints = {}
  if (!style) return hints
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':')
    if (colon < 0) continue
    const property = declaration.slice(0, colon).trim().toLowerCase()
    const value = declaration
      .slice(colon + 1)
      .replace(/!important/i, '')
      .trim()
      .toLowerCase()
    if (property === 'font-weight') hints.bold = fontWeight(value)
    else if (property === 'font-size') hints.fontSize = fontSize(value)
  }
  return hints
}
