import { Text, View } from '@tarojs/components'
import { PAGES } from '../../contract/rules'
import { openPage } from '../../utils/navigation'
// PhoneLogin first: its styles must come before BottomSheet's wherever both load (see 我的).
import PhoneLogin from '../PhoneLogin'
import BottomSheet from '../BottomSheet'
import './index.scss'

interface Props {
  open: boolean
  /** Why login is asked for, e.g. 登录后收藏文章. */
  title: string
  onClose: () => void
  onSignedIn: () => void
}

/** Login where the reader is, so that what they were doing can complete right after. */
export default function LoginSheet({ open, title, onClose, onSignedIn }: Props) {
  return (
    <BottomSheet open={open} onClose={onClose}>
      <View className='login-sheet__title'>{title}</View>
      <View className='login-sheet__description'>使用微信绑定的手机号一键登录，无需验证码</View>
      <PhoneLogin onSignedIn={onSignedIn} />
      <View className='login-sheet__agreement'>
        登录即表示你已阅读
        <Text className='login-sheet__link' onClick={() => openPage(PAGES.privacy)}>
          《隐私政策》
        </Text>
      </View>
      <View className='login-sheet__cancel' onClick={onClose}>
        暂不登录
      </View>
    </BottomSheet>
  )
}
