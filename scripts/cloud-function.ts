// Bundles the `api` cloud function (index.js, package.json, config.json),
// ready to upload from cloudfunctions/api/.
import { build, type Metafile } from 'esbuild'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(__dirname, '..')
/** Where the WeChat DevTools upload it from (project.config.json's cloudfunctionRoot). */
export const CLOUD_FUNCTION_DIR = join(ROOT, 'cloudfunctions/api')

/** The only runtime dependency: CloudBase installs it when the function is uploaded. */
const PACKAGE_JSON = {
  name: 'api',
  version: '1.0.0',
  private: true,
  main: 'index.js',
  dependencies: { 'wx-server-sdk': '~4.0.2' },
}

/**
 * The function's settings, applied when the DevTools upload it: the open-API
 * calls made through cloud.openapi (WeChat grants only those declared); 60 s
 * to run (CloudBase's default is 3 s): a reader's action takes a few round
 * trips of about 30 ms, but a cold start takes a second or two and an
 * operator's import by link fetches a page and its images, 10 s each at
 * most; 256 MB, room for the images of one imported page (README: scaling).
 */
export const CONFIG_JSON = {
  permissions: { openapi: ['phonenumber.getPhoneNumber', 'wxacode.getUnlimited', 'security.msgSecCheck'] },
  timeout: 60,
  memorySize: 256,
}

/**
 * Sources that belong to the local host, the tools or the tests, never to the
 * cloud: the local host (its dev identity header, phone and QR stand-ins),
 * the SQLite store, the scripts, the tests' stand-ins, and the packages only
 * they use. Paths as esbuild's metafile names its inputs, from the repo root.
 */
const DEV_ONLY = [
  /^server\/dev\//,
  /^server\/store\/sqlite\//,
  /^scripts\//,
  /^tests\//,
  /(^|\/)node_modules\/(better-sqlite3|fastify|@fastify\/|sharp|@img\/|qrcode|playwright-core|jest|@jest\/)/,
]

/** The bundle's inputs that are dev-only code. */
export function devOnlyInputs(metafile: Metafile): string[] {
  return Object.keys(metafile.inputs).filter((input) => DEV_ONLY.some((pattern) => pattern.test(input)))
}

/** The files of the deployed function, as `buildCloudFunction` writes them. */
export const CLOUD_FUNCTION_FILES = { entry: 'index.js', linkImporter: 'link-importer.js' } as const

/** Which sources went into one of the bundle's files. */
export const inputsOf = (metafile: Metafile, file: string) =>
  Object.keys(Object.entries(metafile.outputs).find(([path]) => path.endsWith(`/${file}`))?.[1].inputs ?? {})

/** Builds into `outDir` (CLOUD_FUNCTION_DIR to deploy, a temporary folder to test or measure). */
export async function buildCloudFunction(outDir: string): Promise<Metafile> {
  mkdirSync(outDir, { recursive: true })
  const result = await build({
    absWorkingDir: ROOT,
    // index.js is what every call loads; link-importer.js only an operator's import by link
    // (index.ts requires it on first use, so it stays external to index.js).
    entryPoints: {
      index: 'server/functions/api/index.ts',
      'link-importer': 'server/functions/api/link-importer.ts',
    },
    outdir: outDir,
    bundle: true,
    minify: true,
    platform: 'node',
    // CloudBase's Node.js 16 runtime, the oldest it still offers.
    target: 'node16',
    format: 'cjs',
    external: ['wx-server-sdk', './link-importer.js'],
    // The converter uses htmlparser2's Parser alone; its index also re-exports
    // the DOM tools (a second copy of the entity tables), which esbuild cannot drop.
    alias: { htmlparser2: join(ROOT, 'node_modules/htmlparser2/dist/esm/Parser.js') },
    metafile: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  })
  const devOnly = devOnlyInputs(result.metafile)
  if (devOnly.length > 0) throw new Error(`the api bundle must not hold dev-only code:\n  ${devOnly.join('\n  ')}`)
  writeFileSync(join(outDir, 'package.json'), JSON.stringify(PACKAGE_JSON, null, 2) + '\n')
  writeFileSync(join(outDir, 'config.json'), JSON.stringify(CONFIG_JSON, null, 2) + '\n')
  return result.metafile
}
