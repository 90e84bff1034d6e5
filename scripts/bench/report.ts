/** One line of the bench: a figure beside its target. */
export interface Figure {
  name: string
  value: number
  unit: 'B' | 'KB' | 'ms'
  /** The largest value that meets the target; undefined for a figure shown for reference. */
  limit?: number
  /** Sizes are deterministic and gate CI (`--check`); timings only report. */
  gate?: boolean
  note?: string
}

const show = (value: number, unit: Figure['unit']) =>
  unit === 'ms' ? `${value.toFixed(3)} ms` : unit === 'KB' ? `${(value / 1024).toFixed(1)} KB` : `${value} B`

export function printFigures(figures: Figure[]) {
  const width = Math.max(...figures.map((f) => f.name.length))
  for (const figure of figures) {
    const target = figure.limit === undefined ? '' : `target ≤ ${show(figure.limit, figure.unit)}`
    const verdict = figure.limit === undefined ? '' : figure.value <= figure.limit ? 'ok' : 'MISSED'
    console.log(
      [figure.name.padEnd(width), show(figure.value, figure.unit).padStart(12), target.padEnd(22), verdict, figure.note ?? '']
        .join('  ')
        .trimEnd(),
    )
  }
}

/** The figures that fail `--check`: deterministic budgets that were missed. */
export const missedGates = (figures: Figure[]) =>
  figures.filter((f) => f.gate && f.limit !== undefined && f.value > f.limit)
