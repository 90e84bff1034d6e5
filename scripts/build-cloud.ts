// `npm run build:cloud`: the deployable `api` cloud function in cloudfunctions/api/.
import { buildCloudFunction } from './cloud-function'

buildCloudFunction().then(
  (metafile) => {
    const bytes = Object.values(metafile.outputs).reduce((sum, output) => sum + output.bytes, 0)
    console.log(`cloudfunctions/api/index.js: ${(bytes / 1024).toFixed(1)} KB, ready to upload`)
  },
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
