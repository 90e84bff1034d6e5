import type { QrCodeMaker } from '../../core/qrcode'

interface Cloud {
  openapi: {
    wxacode: {
      getUnlimited(input: {
        scene: string
        page: string
        checkPath: boolean
        envVersion: string
        width: number
      }): Promise<{ errCode?: number; buffer: Buffer; contentType?: string }>
    }
  }
  uploadFile(input: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>
  getTempFileURL(input: {
    fileList: string[]
  }): Promise<{ fileList: { fileID: string; tempFileURL: string; status: number }[] }>
}

/**
 * WeChat's unlimited mini-program code (wxacode.getUnlimited, declared in
 * config.json), kept in cloud storage by its file id; a URL is made fresh on
 * each request because temporary URLs expire. `checkPath: false` and the
 * version let a code work before the page is released.
 */
export function cloudQrCodeMaker(cloud: Cloud): QrCodeMaker {
  return {
    localStandIn: false,
    async make({ code, scene, page, envVersion }) {
      const image = await cloud.openapi.wxacode.getUnlimited({ scene, page, checkPath: false, envVersion, width: 430 })
      if (image.errCode) throw image
      const { fileID } = await cloud.uploadFile({ cloudPath: `qrcodes/${code}.png`, fileContent: image.buffer })
      return fileID
    },
    async urlOf(file) {
      const { fileList } = await cloud.getTempFileURL({ fileList: [file] })
      const [entry] = fileList
      if (!entry || entry.status !== 0)
        throw Object.assign(new Error('no temporary URL'), { errCode: -1, detail: entry })
      return entry.tempFileURL
    },
  }
}
