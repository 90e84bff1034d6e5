import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Where imported images go. Names are content hashes, so storing a name
 * again is a no-op and an image's src never changes. Locally the host serves
 * the folder at `/media/`; in the cloud they go to cloud storage, whose file
 * id is known only once uploaded.
 */
export interface MediaStore {
  /** The src an image stored under `name` has while the article is converted. */
  urlFor(name: string): string
  /** Stores the local file `file` under `name`; answers its final src. */
  put(name: string, file: string): Promise<string>
}

/** The local host's media folder (`<WTT_DATA_DIR>/media`). */
export function localMediaStore(root: string): MediaStore {
  return {
    urlFor: (name) => `/media/${name}`,
    async put(name, file) {
      const target = join(root, name)
      const src = `/media/${name}`
      if (existsSync(target)) return src
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
      return src
    },
  }
}
