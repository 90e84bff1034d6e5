/**
 * An image asked for at the size it is shown, not as the 1080-pixel original:
 * CloudBase storage resizes and crops on the fly (imageMogr2 parameters on the
 * file's public URL), the local host keeps resized copies under
 * `/media/w/<width>/` and `/media/c/<width>x<height>/`. Other images (kept
 * remote by the importer) are left as they are.
 */
export interface ImageSize {
  width: number
  /** With a height the image is cropped to that shape, centred. */
  height?: number
}

/** `cloud://<env>.<bucket>/<path>`: served publicly at `https://<bucket>.tcb.qcloud.la/<path>`. */
const CLOUD_FILE = /^cloud:\/\/[^./]+\.([^/]+)\/(.+)$/
const CLOUD_URL = /^https:\/\/[^/]+\.tcb\.qcloud\.la\//
const LOCAL_MEDIA = /^\/media\/([A-Za-z0-9_.-]+)$/

const mogr = ({ width, height }: ImageSize) =>
  height
    ? `imageMogr2/thumbnail/!${width}x${height}r/gravity/center/crop/${width}x${height}`
    : `imageMogr2/thumbnail/${width}x`

export function sizedImage(src: string, size: ImageSize): string {
  const file = CLOUD_FILE.exec(src)
  if (file) return `https://${file[1]}.tcb.qcloud.la/${file[2]}?${mogr(size)}`
  if (CLOUD_URL.test(src) && !src.includes('?')) return `${src}?${mogr(size)}`
  const local = LOCAL_MEDIA.exec(src)
  if (local)
    return size.height ? `/media/c/${size.width}x${size.height}/${local[1]}` : `/media/w/${size.width}/${local[1]}`
  return src
}

/** A chat card shows its picture at 5:4. */
export const SHARE_COVER: ImageSize = { width: 500, height: 400 }
/** List thumbnails are 108 × 72 pt: 360 pixels wide is sharp at 3×. */
export const LIST_THUMBNAIL: ImageSize = { width: 360 }
