import { Button, Input, View } from '@tarojs/components'
import { useState } from 'react'
import type { LoginControlProps } from './types'
import { toast } from '../../utils/feedback'

const MOBILE = /^1\d{10}$/

/**
 * A browser has no WeChat to hand over a phone number: the local host's
 * dev provider takes `dev-<11 digits>` as that number instead, so the whole
 * flow can be tried on one machine.
 */
export default function LoginControl({ busy, onCode }: LoginControlProps) {
  const [mobile, setMobile] = useState('')
  const submit = () => {
    if (MOBILE.test(mobile)) onCode(`dev-${mobile}`)
    else toast('请输入 11 位手机号')
  }
  return (
    <View className='phone-login__dev'>
      <Input
        className='phone-login__input'
        type='number'
        maxlength={11}
        value={mobile}
        placeholder='11 位手机号'
        onInput={(event) => setMobile(event.detail.value)}
        onConfirm={submit}
      />
      <Button className='phone-login__button' loading={busy} disabled={busy} onClick={submit}>
        登录
      </Button>
      <View className='phone-login__dev-note'>本地开发环境：输入手机号即模拟微信授权</View>
    </View>
  )
}
