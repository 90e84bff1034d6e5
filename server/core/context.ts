import type { LinkImporter } from '../import/link/services'
import type { Store } from '../store/types'
import type { ContentCheck } from './content-check'
import type { PhoneProvider } from './phone'
import type { QrCodeMaker } from './qrcode'

/** What a handler may use besides its payload. */
export interface Context {
  store: Store
  /** The caller, from WeChat's context (or the dev header locally); null when anonymous. */
  openid: string | null
  now: () => Date
  /** Openids allowed the admin actions (WTT_ADMIN_OPENIDS). */
  admins: ReadonlySet<string>
  phone: PhoneProvider
  qrcode: QrCodeMaker
  /** WeChat's check of what readers publish (comments). */
  contentCheck: ContentCheck
  /** admin.articles.importUrl: fetches from mp.weixin.qq.com (locally WTT_IMPORT_HOSTS too), stores the images. */
  importer: LinkImporter
}
