import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Where imported images go. Names are content hashes, so storing a name
 * again is a no-op and an image's src never changes; an image stored for an
 * article that then fails can stay. Locally the host serves the folder at
 * `/media/`; in the cloud they go to cloud storage (cloud-media.ts).
 */
export interface MediaStore {
  /** Stores `bytes` under `name`; answers the image's src. */
  put(name: string, bytes: Buffer): Promise<string>
}

/** The local host's media folder (`<WTT_DATA_DIR>/media`). */
export function localMediaStore(root: string): MediaStore {
  return {
    async put(name, bytes) {
      const target = join(root, name)
      const src = `/media/${name}`
      if (existsSync(target)) return src
      mkdirSync(root, { recursive: true })
      // Written beside the target and renamed into place, so the running host
      // never serves half a file.
      const partial = `${target}.${process.pid}.partial`
      try {
        writeFileSync(partial, bytes)
        renameSync(partial, target)
      } finally {
        rmSync(partial, { force: true })
      }
      return src
    },
  }
}
