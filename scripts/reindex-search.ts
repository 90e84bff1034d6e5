// `npm run reindex:cloud`: writes the search fields (server/store/cloudbase/search.ts)
// of every article in the CloudBase database, with the same keys as
// `npm run import -- --target cloud` (TCB_ENV_ID, TCB_SECRET_ID, TCB_SECRET_KEY).
// Run it once after deploying the version that searches by token, for the
// articles written before; again whenever server/core/search-text.ts changes
// how text is tokenized. Running it twice does no harm.
import { openCloudApp } from '../server/import/cloud-target'
import { COLLECTIONS } from '../server/store/cloudbase'
import { nodeSdkDriver, type Database } from '../server/store/cloudbase/driver'
import { reindexSearch } from '../server/store/cloudbase/search'

async function main() {
  const app = openCloudApp()
  const written = await reindexSearch(nodeSdkDriver(app.database() as Database), COLLECTIONS.articles)
  console.log(`已重建 ${written} 篇文章的搜索索引`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
