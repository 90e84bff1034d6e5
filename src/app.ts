import type { PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import { listenForPrivacyRequests } from './device/privacy'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // The `api` cloud function is reached through wx.cloud; h5 talks to /api instead.
    if (process.env.TARO_ENV === 'weapp') Taro.cloud.init({ env: WTT_CLOUD_ENV || undefined, traceUser: true })
    listenForPrivacyRequests()
  })
  return children
}

export default App
