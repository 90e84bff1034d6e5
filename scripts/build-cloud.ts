// `npm run build:cloud [-- --out <dir>]`: the deployable `api` cloud function,
// in cloudfunctions/api/ unless another folder is named.
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { buildCloudFunction, CLOUD_FUNCTION_DIR } from './cloud-function'

const { values } = parseArgs({ options: { out: { type: 'string' } } })
const outDir = values.out ? resolve(values.out) : CLOUD_FUNCTION_DIR

buildCloudFunction(outDir).then(
  (metafile) => {
    const bytes = Object.values(metafile.outputs).reduce((sum, output) => sum + output.bytes, 0)
    const file = join(outDir, 'index.js')
    const shown = relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file)
    console.log(`${shown}: ${(bytes / 1024).toFixed(1)} KB, ready to upload`)
  },
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
