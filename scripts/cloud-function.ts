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

/** Open-API calls made through cloud.openapi, which WeChat grants only when declared. */
const CONFIG_JSON = {
  permissions: { openapi: ['phonenumber.getPhoneNumber', 'wxacode.getUnlimited', 'security.msgSecCheck'] },
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
    // The converter uses htmlparser2's Parser alone; its index also re-exports
    // the DOM tools (a second copy of the entity tables), which esbuild cannot drop.
    alias: { htmlparser2: join(ROOT, 'node_modules/htmlparser2/dist/esm/Parser.js') },
    metafile: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  })
  writeFileSync(join(outDir, 'package.json'), JSON.stringify(PACKAGE_JSON, null, 2) + '\n')
  writeFileSync(join(outDir, 'config.json'), JSON.stringify(CONFIG_JSON, null, 2) + '\n')
  return result.metafile
}
