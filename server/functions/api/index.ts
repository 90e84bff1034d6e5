import cloud from 'wx-server-sdk'
import { adminsFrom } from '../../core/admins'
import { dispatch } from '../../handlers'
import type { CloudStorage } from '../../import/cloud-media'
import type { LinkImporter } from '../../import/link/services'
import { createCloudStore } from '../../store/cloudbase'
import { wxServerSdkDriver, type Database } from '../../store/cloudbase/driver'
import { openApiContentCheck } from './content-check'
import { openApiPhoneProvider } from './phone'
import type { cloudLinkImporter } from './link-importer'
import { cloudQrCodeMaker } from './qrcode'

// Module scope runs once per warm instance: every call after the first reuses it.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
const store = createCloudStore(wxServerSdkDriver(cloud.database() as unknown as Database))
const admins = adminsFrom(process.env.WTT_ADMIN_OPENIDS)
const phone = openApiPhoneProvider(cloud.openapi as Parameters<typeof openApiPhoneProvider>[0])
const qrcode = cloudQrCodeMaker(cloud as unknown as Parameters<typeof cloudQrCodeMaker>[0])
const contentCheck = openApiContentCheck(cloud.openapi as unknown as Parameters<typeof openApiContentCheck>[0])

// Import by link (an operator's rare action, with the heaviest code) is a
// file of its own, required on first use: readers' cold starts never load it.
let linkImporter: LinkImporter | undefined
const importer: LinkImporter = {
  importLink(input, deps) {
    if (!linkImporter) {
      // eslint-disable-next-line @typescript-eslint/no-var-requires -- a file beside the bundle, loaded lazily on purpose
      const { cloudLinkImporter: load } = require('./link-importer.js') as {
        cloudLinkImporter: typeof cloudLinkImporter
      }
      linkImporter = load(cloud as unknown as CloudStorage)
    }
    return linkImporter.importLink(input, deps)
  },
}

/**
 * The `api` cloud function: `callFunction({ name: 'api', data: { action, payload } })`.
 * The caller is WeChat's OPENID, never a field of the request; single-page
 * mode (朋友圈) has none, and reads still work.
 */
export async function main(event: unknown) {
  const { OPENID } = cloud.getWXContext()
  return dispatch(event, {
    store,
    openid: OPENID || null,
    now: () => new Date(),
    admins,
    phone,
    qrcode,
    contentCheck,
    importer,
  })
}
