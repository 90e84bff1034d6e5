import type { PropsWithChildren } from 'react'
import Taro, { useLaunch, usePageNotFound } from '@tarojs/taro'
import { PAGES } from './contract/rules'
import { listenForPrivacyRequests } from './device/privacy'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // The `api` cloud function is reached through wx.cloud; h5 talks to /api instead.
    if (process.env.TARO_ENV === 'weapp') Taro.cloud.init({ env: WTT_CLOUD_ENV || undefined, traceUser: true })
    listenForPrivacyRequests()
  })
  // An old link or a mistyped address: a page that says so, rather than a blank screen.
  usePageNotFound(() => void Taro.redirectTo({ url: PAGES.missing }).catch(() => Taro.reLaunch({ url: PAGES.missing })))
  return children
}

export default App
