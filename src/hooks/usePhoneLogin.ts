import { useState } from 'react'
import { signedIn } from '../device/session'
import { phoneLogin } from '../services/account'
import { messageOf } from '../utils/errorMessage'
import { toast } from '../utils/feedback'

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
    phoneLogin(code).then(
      (user) => {
        signedIn(user)
        setBusy(false)
        toast('登录成功', 'success')
        onSignedIn?.()
      },
      (failure: unknown) => {
        setBusy(false)
        setError(messageOf(failure, '登录失败，请重试'))
      },
    )
  }

  /** The getPhoneNumber button's answer: a code, or `…:fail …` when the reader said no. */
  function onPhoneNumber({ code }: PhoneNumberDetail) {
    if (code) submit(code)
    else toast('未获得手机号授权，你仍可继续阅读')
  }

  return { busy, error, submit, onPhoneNumber }
}
