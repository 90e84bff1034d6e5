/** One line of the bench: a figure beside its target. */
export interface Figure {
  name: string
  value: number
  /** 'count': nodes, levels, children. */
  unit: 'B' | 'KB' | 'ms' | 'count'
  /** The largest value that meets the target; undefined for a figure shown for reference. */
  limit?: number
  /** Sizes are deterministic and gate CI (`--check`); timings and render figures only report. */
  gate?: boolean
  note?: string
}

function show(value: number, unit: Figure['unit']): string {
  switch (unit) {
    case 'ms':
      return `${value.toFixed(3)} ms`
    case 'KB':
      return `${(value / 1024).toFixed(1)} KB`
    case 'B':
      return `${value} B`
    case 'count':
      return String(value)
  }
}

export function printFigures(figures: Figure[]) {
  const width = Math.max(...figures.map((f) => f.name.length))
  for (const figure of figures) {
    const target = figure.limit === undefined ? '' : `target ≤ ${show(figure.limit, figure.unit)}`
    const verdict = figure.limit === undefined ? '' : figure.value <= figure.limit ? 'ok' : 'MISSED'
    console.log(
      [
        figure.name.padEnd(width),
        show(figure.value, figure.unit).padStart(12),
        target.padEnd(22),
        verdict,
        figure.note ?? '',
      ]
        .join('  ')
        .trimEnd(),
    )
  }
}

/** The figures that fail `--check`: deterministic budgets that were missed. */
export const missedGates = (figures: Figure[]) =>
  figures.filter((f) => f.gate && f.limit !== undefined && f.value > f.limit)

/** `--json`: one line per figure, `{ name, value, unit, target? }`, for tools outside the app. */
export function printFiguresAsJson(figures: Figure[]) {
  for (const { name, value, unit, limit } of figures)
    console.log(JSON.stringify({ name, value, unit, ...(limit === undefined ? {} : { target: limit }) }))
}
