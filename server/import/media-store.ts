import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Where imported images go. Names are content hashes, so storing a name
 * again is a no-op and an image's src never changes. Locally the host serves
 * the folder at `/media/`; a cloud store would upload to cloud storage and
 * give its URL.
 */
export interface MediaStore {
  /** The src an image stored under `name` has, known before it is stored. */
  urlFor(name: string): string
  /** Stores the local file `file` under `name`. */
  put(name: string, file: string): Promise<void>
}

/** The local host's media folder (`<WTT_DATA_DIR>/media`). */
export function localMediaStore(root: string): MediaStore {
  return {
    urlFor: (name) => `/media/${name}`,
    async put(name, file) {
      const target = join(root, name)
      if (existsSync(target)) return
      mkdirSync(root, { recursive: true })
      // Copied beside the target and renamed into place, so the running host
      // never serves half a file.
      const partial = `${target}.${process.pid}.partial`
      try {
        copyFileSync(file, partial)
        renameSync(partial, target)
      } finally {
        rmSync(partial, { force: true })
      }
    },
  }
}
