// `npm run migrate:cloud`: brings the CloudBase database up to the current
// store, once, after deploying the function (server/store/cloudbase/migrate.ts).
import { openCloudApp } from '../server/import/cloud-target'
import { nodeSdkDriver, type Database } from '../server/store/cloudbase/driver'
import { migrateCloudStore } from '../server/store/cloudbase/migrate'

async function main() {
  const app = openCloudApp()
  const report = await migrateCloudStore(nodeSdkDriver(app.database() as Database), (line) => console.log(line))
  console.log(`完成：${report.channels} 个渠道补上类型，${report.visits} 次访问计入统计（${report.reads} 次阅读）`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
