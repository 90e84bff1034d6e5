import { View } from '@tarojs/components'
import AccountCard from '../../components/AccountCard'
import MenuCell from '../../components/MenuCell'
import OperatorsEntry from '../../components/OperatorsEntry'
import PrivacySheet from '../../components/PrivacySheet'
import StatusView from '../../components/StatusView'
import { PAGES } from '../../contract/rules'
import { useAuth } from '../../hooks/useAuth'
import { openPage } from '../../utils/navigation'
import './index.scss'

const open = (url: string) => () => openPage(url)

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
            {member && <MenuCell title='我的收藏' arrow onClick={open(PAGES.favorites)} />}
            <MenuCell title='阅读历史' arrow onClick={open(PAGES.history)} />
            <MenuCell title='隐私政策' arrow onClick={open(PAGES.privacy)} />
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
