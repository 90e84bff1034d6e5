// `npm run bench`: every figure beside its target. Exits 0 whenever it could
// measure; `--check` fails only on missed deterministic budgets (sizes).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { apiFigures } from './api-latency'
import { cloudBundleFigures } from './cloud-bundle'
import { h5LoadFigures } from './h5-load'
import { importFigures } from './import'
import { importLinkFigures } from './import-link'
import { weappPackageFigures } from './package-size'
import { renderFigures } from './render'
import { missedGates, printFigures, type Figure } from './report'

const ROOT = join(__dirname, '../..')
const check = process.argv.includes('--check')

function ensureWeappBuild() {
  if (existsSync(join(ROOT, 'dist/app.json'))) return
  console.log('dist/ is missing: building the weapp package first…')
  const { status } = spawnSync('npm', ['run', '--silent', 'build:weapp'], { cwd: ROOT, stdio: 'inherit' })
  if (status !== 0) process.exit(status ?? 1)
}

async function main() {
  ensureWeappBuild()
  const figures: Figure[] = [
    ...weappPackageFigures(join(ROOT, 'dist')),
    ...(await cloudBundleFigures({ timed: !check })),
  ]
  if (!check) {
    figures.push(...(await apiFigures()), ...(await importFigures()), ...(await h5LoadFigures()), ...renderFigures())
    figures.push(...(await importLinkFigures()))
  }
  printFigures(figures)

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
