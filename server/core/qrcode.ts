import type { EnvVersion } from '../../src/contract/api'

export interface QrCodeRequest {
  /** The channel code: names the image file. */
  code: string
  /** What `options.scene` will carry. */
  scene: string
  /** The page the code opens, without a leading slash. */
  page: string
  envVersion: EnvVersion
}

/**
 * Draws a channel's QR code and keeps it: WeChat's mini-program code in the
 * cloud (stored in cloud storage), a plain QR code locally.
 */
export interface QrCodeMaker {
  /** Makes and stores the image; answers where it is kept (a file id or /media/ path). */
  make(request: QrCodeRequest): Promise<string>
  /** A URL that shows the kept image now (cloud URLs expire, so never stored). */
  urlOf(file: string): Promise<string>
  /** True for the local host's stand-in, which is not a WeChat code. */
  readonly localStandIn: boolean
}
