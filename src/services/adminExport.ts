import Taro from '@tarojs/taro'
import { UTF8_BOM } from '../utils/csv'

/** WeChat's sheet closed by the operator: nothing to tell them. */
const isCancel = (error: unknown) => /cancel/i.test(String((error as { errMsg?: unknown } | null)?.errMsg ?? ''))

/** A file in the mini-program's own folder: the one place WeChat lets it write. */
function writeUserFile(fileName: string, text: string): Promise<string> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${fileName}`
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({
      filePath,
      data: text,
      encoding: 'utf8',
      success: () => resolve(filePath),
      fail: reject,
    })
  })
}

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  // The browser has taken the file by the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/**
 * A CSV for a spreadsheet: on weapp a file sent to a chat (WeChat's only
 * way out for a file; the operator opens it on a computer from there), on
 * h5 a download. UTF-8 with its byte-order mark, so Excel reads Chinese.
 * Resolves whether the file went out (false: the operator cancelled).
 */
export function exportCsv(fileName: string, text: string): Promise<boolean> {
  const content = UTF8_BOM + text
  if (process.env.TARO_ENV !== 'weapp') {
    download(fileName, content)
    return Promise.resolve(true)
  }
  return writeUserFile(fileName, content)
    .then((filePath) => Taro.shareFileMessage({ filePath, fileName }))
    .then(
      () => true,
      (error: unknown) => {
        if (isCancel(error)) return false
        throw error
      },
    )
}
