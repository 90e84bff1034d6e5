import type { Store } from '../../store/types'
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

/** What `admin.articles.importUrl` answers. */
export interface LinkImport {
  id: string
  title: string
  warnings: string[]
}

/**
 * Import by link as the handler calls it. The cloud function loads the code
 * behind it from a file of its own on first use (server/functions/api), so
 * that the HTML parser and its entity tables never weigh on a reader's cold
 * start; the local host and the tests build it directly (createLinkImporter).
 */
export interface LinkImporter {
  importLink(input: { url: string; category?: string }, deps: { store: Store; now: Date }): Promise<LinkImport>
}
