import { View } from '@tarojs/components'
import type { Session } from '../../device/session'
import PhoneLogin from '../PhoneLogin'
import './index.scss'

/** The top of 我的: the masked number once signed in, a one-tap login before. */
export default function AccountCard({ session }: { session: Session }) {
  if (session.status === 'unknown')
    return (
      <View className='account-card' aria-label='加载中'>
        <View className='account-card__avatar account-card__avatar--blank' />
        <View className='account-card__lines'>
          <View className='account-card__line' />
          <View className='account-card__line account-card__line--short' />
        </View>
      </View>
    )
  if (session.status === 'member')
    return (
      <View className='account-card'>
        <View className='account-card__avatar'>梧</View>
        <View>
          <View className='account-card__phone'>{session.user.phoneMasked}</View>
          <View className='account-card__note'>已用微信手机号登录</View>
        </View>
      </View>
    )
  return (
    <View className='account-card account-card--guest'>
      <View className='account-card__title'>登录梧桐台</View>
      <View className='account-card__note'>登录后可以收藏文章，随时回看</View>
      <PhoneLogin />
    </View>
  )
}
