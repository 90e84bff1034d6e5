/**
 * Import by link inside the cloud function: mp.weixin.qq.com only, images
 * into cloud storage. Bundled as a file of its own (link-importer.js) and
 * loaded by index.ts on an operator's first import, so that its HTML parser
 * and entity tables never weigh on a reader's cold start.
 */
import { cloudMediaStore, type CloudStorage } from '../../import/cloud-media'
import { createFetcher } from '../../import/fetch/fetcher'
import { createLinkImporter } from '../../import/link/import-link'

export const cloudLinkImporter = (cloud: CloudStorage) =>
  createLinkImporter({ fetcher: createFetcher(), media: cloudMediaStore(cloud) })
