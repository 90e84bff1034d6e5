import Taro from '@tarojs/taro'

// Feedback is fire-and-forget: a toast that fails to show is no reason for an
// unhandled rejection, and nothing waits for it.
const ignore = () => undefined

/** A short message at the centre of the screen; `success` adds WeChat's tick. */
export function toast(title: string, icon: 'none' | 'success' = 'none') {
  Taro.showToast({ title, icon }).catch(ignore)
}

/** A blocking 正在… overlay for work the reader must wait for; `done()` takes it away. */
export function showBusy(title: string) {
  Taro.showLoading({ title, mask: true }).catch(ignore)
  return () => Taro.hideLoading()
}

/** WeChat's action sheet: the index of the item chosen, or null when the reader cancelled. */
export const chooseFrom = (itemList: string[]) =>
  Taro.showActionSheet({ itemList }).then(
    ({ tapIndex }) => tapIndex,
    () => null,
  )
