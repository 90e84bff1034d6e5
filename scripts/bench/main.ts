// `npm run bench`: every figure beside its target. Exits 0 whenever it could
// measure; `--check` fails only on missed deterministic budgets (sizes);
// `--json` prints JSON lines instead (DESIGN.md: targets).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { apiFigures } from './api-latency'
import { cloudBundleFigures } from './cloud-bundle'
import {
  cloudCosts,
  cloudLatencyFigures,
  expoDayFigures,
  expoRushFigures,
  growthFigures,
  printCloudCosts,
  type CloudCost,
} from './cloud-cost'
import { h5LoadFigures } from './h5-load'
import { importFigures } from './import'
import { importLinkFigures } from './import-link'
import { weappPackageFigures } from './package-size'
import { renderFigures } from './render'
import { missedGates, printFigures, printFiguresAsJson, type Figure } from './report'

const ROOT = join(__dirname, '../..')
const check = process.argv.includes('--check')
const json = process.argv.includes('--json')

function ensureWeappBuild() {
  if (existsSync(join(ROOT, 'dist/app.json'))) return
  // On stderr with --json, so that stdout holds JSON lines only.
  console.error('dist/ is missing: building the weapp package first…')
  const { status } = spawnSync('npm', ['run', '--silent', 'build:weapp'], { cwd: ROOT, stdio: [0, json ? 2 : 1, 2] })
  if (status !== 0) process.exit(status ?? 1)
}

async function main() {
  ensureWeappBuild()
  const figures: Figure[] = [
    ...weappPackageFigures(join(ROOT, 'dist')),
    ...(await cloudBundleFigures({ timed: !check })),
  ]
  let costs: CloudCost[] = []
  if (!check) {
    figures.push(...(await apiFigures()), ...(await importFigures()), ...(await h5LoadFigures()), ...renderFigures())
    figures.push(...(await importLinkFigures()))
    costs = await cloudCosts()
    figures.push(
      ...growthFigures(costs),
      ...expoDayFigures(costs),
      ...(await cloudLatencyFigures()),
      ...(await expoRushFigures()),
    )
  }
  if (json) {
    for (const cost of costs) console.log(JSON.stringify({ name: 'cloud cost', ...cost }))
    printFiguresAsJson(figures)
  } else {
    if (costs.length > 0) printCloudCosts(costs)
    printFigures(figures)
  }

  const missed = missedGates(figures)
  if (check && missed.length > 0) {
    console.error(`\nbudget missed: ${missed.map((f) => f.name).join(', ')}`)
    process.exit(1)
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
