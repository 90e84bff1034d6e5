import tcb from '@cloudbase/node-sdk'
import { createCloudStore } from '../store/cloudbase'
import { nodeSdkDriver, type Database } from '../store/cloudbase/driver'
import { cloudMediaStore, type CloudStorage } from './cloud-media'
import type { ImportTarget } from './run-import'

/** The part of @cloudbase/node-sdk's app the importer uses. */
export interface CloudApp extends CloudStorage {
  database(): unknown
}

/** The production database, through the same CloudBase store as the `api` function. */
export function cloudTarget(app: CloudApp): ImportTarget {
  return { store: createCloudStore(nodeSdkDriver(app.database() as Database)), media: cloudMediaStore(app) }
}

const REQUIRED = ['TCB_ENV_ID', 'TCB_SECRET_ID', 'TCB_SECRET_KEY'] as const

/** Connects with the API keys from the environment; names what is missing. */
export function openCloudApp(env: Record<string, string | undefined> = process.env): CloudApp {
  const missing = REQUIRED.filter((name) => !env[name])
  if (missing.length > 0) throw new Error(`--target cloud 需要环境变量 ${missing.join('、')}`)
  return tcb.init({
    env: env.TCB_ENV_ID,
    secretId: env.TCB_SECRET_ID,
    secretKey: env.TCB_SECRET_KEY,
  }) as unknown as CloudApp
}
