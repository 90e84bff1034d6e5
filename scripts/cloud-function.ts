// Bundles the `api` cloud function into cloudfunctions/api/ (index.js,
// package.json, config.json), ready to upload.
import { build, type Metafile } from 'esbuild'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(__dirname, '..')
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
  permissions: { openapi: ['phonenumber.getPhoneNumber', 'wxacode.getUnlimited'] },
  timeout: 60,
  memorySize: 256,
}

export async function buildCloudFunction(outDir = CLOUD_FUNCTION_DIR): Promise<Metafile> {
  mkdirSync(outDir, { recursive: true })
  const result = await build({
    entryPoints: [join(ROOT, 'server/functions/api/index.ts')],
    outfile: join(outDir, 'index.js'),
    bundle: true,
    minify: true,
    platform: 'node',
    // CloudBase's Node.js 16 runtime, the oldest it still offers.
    target: 'node16',
    format: 'cjs',
    external: ['wx-server-sdk'],
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  })
  writeFileSync(join(outDir, 'package.json'), JSON.stringify(PACKAGE_JSON, null, 2) + '\n')
  writeFileSync(join(outDir, 'config.json'), JSON.stringify(CONFIG_JSON, null, 2) + '\n')
  return result.metafile
}
