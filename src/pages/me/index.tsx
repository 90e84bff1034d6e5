import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import AccountCard from '../../components/AccountCard'
import MenuCell from '../../components/MenuCell'
import OperatorsEntry from '../../components/OperatorsEntry'
import PrivacySheet from '../../components/PrivacySheet'
import StatusView from '../../components/StatusView'
import { FAVORITES_PAGE, HISTORY_PAGE, PRIVACY_PAGE } from '../../constants/brand'
import { useAuth } from '../../hooks/useAuth'
import './index.scss'

const open = (url: string) => () => Taro.navigateTo({ url })

export default function MePage() {
  const { session, phase, error, retry, logout, deleteAccount } = useAuth()
  const member = session.status === 'member'

  return (
    <View className='me-page'>
      {phase === 'error' ? (
        <StatusView title='加载失败' description={error ?? undefined} actionText='重试' onAction={retry} />
      ) : (
        <>
          <AccountCard session={session} />
          <View className='me-page__group'>
            {member && <MenuCell title='我的收藏' arrow onClick={open(FAVORITES_PAGE)} />}
            <MenuCell title='阅读历史' arrow onClick={open(HISTORY_PAGE)} />
            <MenuCell title='隐私政策' arrow onClick={open(PRIVACY_PAGE)} />
          </View>
          <OperatorsEntry isAdmin={session.status !== 'unknown' && session.isAdmin === true} />
          {member && (
            <View className='me-page__group'>
              <MenuCell title='退出登录' onClick={logout} />
              <MenuCell title='注销账号' danger onClick={deleteAccount} />
            </View>
          )}
        </>
      )}
      <PrivacySheet />
    </View>
  )
}
