import type { Fetcher } from '../fetch/fetcher'
import type { MediaStore } from '../media-store'

/**
 * What `admin.articles.importUrl` needs from where it runs: the cloud
 * function fetches from mp.weixin.qq.com only and stores images in cloud
 * storage; the local host adds WTT_IMPORT_HOSTS and its media folder.
 */
export interface ImportServices {
  fetcher: Fetcher
  media: MediaStore
}
