import Taro from '@tarojs/taro'
import { showBusy, toast } from '../utils/feedback'

/**
 * Saving and sharing a picture (a channel's QR code, a poster) the way
 * WeChat allows it, in one place for every screen that offers it.
 */

const ALBUM_SCOPE = 'scope.writePhotosAlbum'

const errMsgOf = (error: unknown) =>
  String((typeof error === 'object' && error !== null && (error as { errMsg?: unknown }).errMsg) || '')

/** The reader closed WeChat's own sheet or dialog: nothing to tell them. */
const isCancel = (error: unknown) => /cancel/i.test(errMsgOf(error))

/** The album permission refused, now or earlier: "auth deny", "auth denied", "authorize no response". */
const isRefusal = (error: unknown) => /auth den(y|ied)|authorize no response/i.test(errMsgOf(error))

/** The reader turned down the privacy guide, which WeChat asks about before the album. */
const isPrivacyRefusal = (error: unknown) => /privacy/i.test(errMsgOf(error))

/** WeChat saves and shares only files on the phone: a remote picture is downloaded first. h5 takes any URL. */
function localFile(src: string): Promise<string> {
  if (process.env.TARO_ENV !== 'weapp' || !/^https?:\/\//.test(src)) return Promise.resolve(src)
  return Taro.downloadFile({ url: src }).then(({ statusCode, tempFilePath }) => {
    if (statusCode !== 200) throw { errMsg: `downloadFile:fail status ${statusCode}` }
    return tempFilePath
  })
}

/**
 * Once refused, WeChat never asks again by itself: say why the album is
 * needed and open its settings page, where the reader can allow it.
 * Resolves whether they did.
 */
function askForAlbum(): Promise<boolean> {
  return Taro.showModal({
    title: '需要相册权限',
    content: '保存图片需要你允许梧桐台写入相册。请在设置中打开「保存到相册」，即可保存。',
    confirmText: '去设置',
  }).then(({ confirm }) =>
    confirm ? Taro.openSetting().then(({ authSetting }) => authSetting[ALBUM_SCOPE] === true) : false,
  )
}

/**
 * 保存到相册: WeChat prompts for the album the first time; a refusal is
 * explained, with the way to allow it, and the save then completes. The
 * outcome is said in a toast. Resolves whether the picture was saved.
 */
export function saveImageToAlbum(src: string): Promise<boolean> {
  const idle = showBusy('正在保存')
  const save = (filePath: string) => Taro.saveImageToPhotosAlbum({ filePath }).then(() => true)
  return localFile(src)
    .then((filePath) =>
      save(filePath).catch((error: unknown) => {
        if (!isRefusal(error)) throw error
        idle()
        return askForAlbum().then((granted) => granted && save(filePath))
      }),
    )
    .then(
      (saved) => {
        idle()
        if (saved) toast('已保存到相册', 'success')
        return saved
      },
      (error: unknown) => {
        idle()
        if (isPrivacyRefusal(error)) toast('同意隐私保护指引后才能保存图片')
        else if (!isCancel(error)) toast('保存失败，请稍后重试')
        return false
      },
    )
}

/**
 * 分享 a picture to a chat with WeChat's own menu (base library 2.14.3+);
 * older versions get the preview, whose long press forwards it too.
 */
export function shareImage(src: string): Promise<void> {
  return localFile(src)
    .then((path) =>
      Taro.canIUse('showShareImageMenu') ? Taro.showShareImageMenu({ path }) : Taro.previewImage({ urls: [path] }),
    )
    .then(
      () => undefined,
      (error: unknown) => {
        if (!isCancel(error)) toast('分享失败，请稍后重试')
      },
    )
}
