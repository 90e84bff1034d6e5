import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import QRCode from 'qrcode'
import type { QrCodeMaker } from '../core/qrcode'

/**
 * The local host's stand-in for WeChat's mini-program codes: a real, scannable
 * QR code that opens the h5 app on the same page with the same scene, drawn
 * here and kept under /media/qrcodes/.
 */
export function localQrCodeMaker(mediaRoot: string, publicUrl: string): QrCodeMaker {
  return {
    localStandIn: true,
    async make({ code, scene, page }) {
      const png = await QRCode.toBuffer(`${publicUrl}/#/${page}?scene=${encodeURIComponent(scene)}`, {
        type: 'png',
        errorCorrectionLevel: 'M',
        margin: 2,
        width: 430,
      })
      mkdirSync(join(mediaRoot, 'qrcodes'), { recursive: true })
      writeFileSync(join(mediaRoot, 'qrcodes', `${code}.png`), png)
      return `/media/qrcodes/${code}.png`
    },
    async urlOf(file) {
      return file
    },
  }
}
