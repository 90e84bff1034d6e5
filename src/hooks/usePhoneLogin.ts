import Taro from '@tarojs/taro'
import { useState } from 'react'
import { signInWithPhoneCode } from '../services/session'

export interface PhoneNumberDetail {
  errMsg: string
  code?: string
}

/**
 * One login attempt at a time. A refusal sends nothing; a failed exchange
 * (expired code, WeChat over quota or busy) shows the backend's message and
 * leaves the button there to try again, since every tap brings a new code.
 */
export function usePhoneLogin(onSignedIn?: () => void) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  function submit(code: string) {
    if (busy) return
    setBusy(true)
    setError(null)
    signInWithPhoneCode(code).then(
      () => {
        setBusy(false)
        Taro.showToast({ title: '登录成功', icon: 'success' })
        onSignedIn?.()
      },
      (failure: unknown) => {
        setBusy(false)
        setError(failure instanceof Error ? failure.message : '登录失败，请重试')
      },
    )
  }

  /** The getPhoneNumber button's answer: a code, or `…:fail …` when the reader said no. */
  function onPhoneNumber({ code }: PhoneNumberDetail) {
    if (code) submit(code)
    else Taro.showToast({ title: '未获得手机号授权，你仍可继续阅读', icon: 'none' })
  }

  return { busy, error, submit, onPhoneNumber }
}
