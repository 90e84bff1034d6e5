import { existsSync, mkdirSync } from 'node:fs'
import { adminsFrom } from '../core/admins'
import { createFetcher } from '../import/fetch/fetcher'
import { localMediaStore } from '../import/media-store'
import { openSqliteStore } from '../store/sqlite'
import { hostConfig } from './config'
import { createHost } from './host'
import { seedIfEmpty } from './seed'

async function main() {
  const config = hostConfig()
  mkdirSync(config.dataDir, { recursive: true })
  const store = openSqliteStore(config.dbFile)
  const seeded = await seedIfEmpty(store, config.mediaRoot)
  if (seeded) console.log(`已写入 ${seeded} 篇示例文章 → ${config.dbFile}`)

  if (!existsSync(config.webRoot)) console.warn('未找到 h5 构建（dist-h5/）：先运行 npm run build:h5，此时只提供 /api')
  if (config.exposed)
    console.warn(
      `警告：HOST=${config.host} 不是本机地址。本地服务以请求头 x-wtt-openid 认定身份，网络上的任何人都能冒充任何用户。`,
    )
  if (config.exposed && !config.publicOrigin)
    console.warn(
      '提示：手机等其他设备访问时，请把 WTT_PUBLIC_ORIGIN 设为它们使用的地址（如 http://192.168.1.20:8080），二维码也指向那里。',
    )

  const app = await createHost({
    store,
    webRoot: config.webRoot,
    mediaRoot: config.mediaRoot,
    publicOrigin: config.publicOrigin,
    admins: adminsFrom(process.env.WTT_ADMIN_OPENIDS),
    importer: { fetcher: createFetcher({ extraHosts: config.importHosts }), media: localMediaStore(config.mediaRoot) },
  })
  const shutdown = async () => {
    await app.close()
    await store.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void shutdown())
  process.on('SIGTERM', () => void shutdown())

  const address = await app.listen({ port: config.port, host: config.host })
  console.log(`梧桐台本地服务已启动：${address.replace('[::1]', 'localhost')}/`)
  if (config.publicOrigin) console.log(`对外地址（WTT_PUBLIC_ORIGIN）：${config.publicOrigin}/`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
