import type { MediaStore } from './media-store'

/** Cloud storage's upload, as both wx-server-sdk (the cloud function) and @cloudbase/node-sdk (the importer) offer it. */
export interface CloudStorage {
  uploadFile(input: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID?: string }>
}

/** Images in cloud storage under media/; the mini-program shows a file id (cloud://…) as is. */
export function cloudMediaStore(storage: CloudStorage): MediaStore {
  return {
    async put(name, bytes) {
      const { fileID } = await storage.uploadFile({ cloudPath: `media/${name}`, fileContent: bytes })
      if (!fileID) throw new Error(`上传图片 ${name} 失败`)
      return fileID
    },
  }
}
