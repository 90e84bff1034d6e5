import tcb from '@cloudbase/node-sdk'
import { readFileSync } from 'node:fs'
import { createCloudStore } from '../store/cloudbase'
import { nodeSdkDriver, type Database } from '../store/cloudbase/driver'
import type { MediaStore } from './media-store'
import type { ImportTarget } from './run-import'

/** The part of @cloudbase/node-sdk's app the importer uses. */
export interface CloudApp {
  database(): unknown
  uploadFile(input: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID?: string }>
}

/** Images in cloud storage under media/; the mini-program shows a file id (cloud://…) as is. */
export function cloudMediaStore(app: CloudApp): MediaStore {
  return {
    // Until uploaded an image has no file id; run-import swaps in the real one.
    urlFor: (name) => `/media/${name}`,
    async put(name, file) {
      const { fileID } = await app.uploadFile({ cloudPath: `media/${name}`, fileContent: readFileSync(file) })
      if (!fileID) throw new Error(`上传图片 ${name} 失败`)
      return fileID
    },
  }
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
