import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildCloudFunction, CLOUD_FUNCTION_FILES } from '../cloud-function'
import type { Figure } from './report'

const BUNDLE_TARGET = 150 * 1024
const RUNS = 5

/** Loads the bundle in a fresh Node process with a stand-in wx-server-sdk and prints how long `require` took. */
const COLD_REQUIRE = `
const Module = require('module')
const load = Module._load
const sdk = {
  DYNAMIC_CURRENT_ENV: Symbol('env'),
  init() {},
  database: () => ({ command: {}, collection() {} }),
  getWXContext: () => ({}),
}
Module._load = function (request, ...rest) {
  return request === 'wx-server-sdk' ? sdk : load.call(this, request, ...rest)
}
const started = process.hrtime.bigint()
require(process.argv[1])
console.log(Number(process.hrtime.bigint() - started) / 1e6)
`

/** The `api` cloud function: bundle size (a budget) and cold require time (reported). */
export async function cloudBundleFigures({ timed }: { timed: boolean }): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wtt-cloud-'))
  try {
    await buildCloudFunction(dir)
    const bundle = join(dir, CLOUD_FUNCTION_FILES.entry)
    const figures: Figure[] = [
      {
        name: 'cloud api bundle (minified, no SDK)',
        value: statSync(bundle).size,
        unit: 'KB',
        limit: BUNDLE_TARGET,
        gate: true,
      },
      {
        name: 'cloud api link importer, loaded on first import by link',
        value: statSync(join(dir, CLOUD_FUNCTION_FILES.linkImporter)).size,
        unit: 'KB',
      },
    ]
    if (timed) {
      const runs = Array.from({ length: RUNS }, () =>
        Number(execFileSync(process.execPath, ['-e', COLD_REQUIRE, bundle]).toString()),
      )
      figures.push({
        name: `cloud api cold require (median of ${RUNS})`,
        value: runs.sort((a, b) => a - b)[2],
        unit: 'ms',
      })
    }
    return figures
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
