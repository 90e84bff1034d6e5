import { Button } from '@tarojs/components'
import type { LoginControlProps } from './types'

/** WeChat: one tap on the native phone-number button, no SMS and no form. */
export default function LoginControl({ busy, retry, onPhoneNumber }: LoginControlProps) {
  return (
    <Button
      className='phone-login__button'
      openType='getPhoneNumber'
      loading={busy}
      disabled={busy}
      onGetPhoneNumber={(event) => onPhoneNumber(event.detail)}
    >
      {retry ? '重新授权登录' : '手机号快捷登录'}
    </Button>
  )
}
