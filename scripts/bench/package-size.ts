import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Figure } from './report'

/** An empty Taro 4.2.1 React app builds to this for weapp (TOOLCHAIN.md). */
const EMPTY_TARO_FLOOR = 288 * 1024
const MAIN_PACKAGE_TARGET = 360 * 1024
const WECHAT_PACKAGE_LIMIT = 2 * 1024 * 1024

/** Files the DevTools read but WeChat does not ship in the package. */
const NOT_SHIPPED = new Set(['project.config.json', 'project.private.config.json'])

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** The weapp build's main package and each subpackage, in bytes. */
export function weappPackageFigures(distDir: string): Figure[] {
  const app = JSON.parse(readFileSync(join(distDir, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[]
    subpackages?: { root: string }[]
  }
  const roots = (app.subPackages ?? app.subpackages ?? []).map((sub) => sub.root.replace(/\/?$/, '/'))
  const sizes = new Map<string, number>([['main', 0]])
  for (const file of filesUnder(distDir)) {
    const path = relative(distDir, file)
    if (NOT_SHIPPED.has(path)) continue
    const owner = roots.find((root) => path.startsWith(root)) ?? 'main'
    sizes.set(owner, (sizes.get(owner) ?? 0) + statSync(file).size)
  }
  const main = sizes.get('main') as number
  const total = [...sizes.values()].reduce((a, b) => a + b, 0)
  return [
    {
      name: 'weapp main package',
      value: main,
      unit: 'KB',
      limit: MAIN_PACKAGE_TARGET,
      gate: true,
      note: `(empty-Taro floor ${(EMPTY_TARO_FLOOR / 1024).toFixed(0)} KB; +${((main - EMPTY_TARO_FLOOR) / 1024).toFixed(1)} KB of product)`,
    },
    ...[...sizes]
      .filter(([root]) => root !== 'main')
      .map(([root, size]): Figure => ({
        name: `weapp subpackage ${root}`,
        value: size,
        unit: 'KB',
        limit: WECHAT_PACKAGE_LIMIT,
        gate: true,
      })),
    { name: 'weapp total', value: total, unit: 'KB' },
  ]
}
