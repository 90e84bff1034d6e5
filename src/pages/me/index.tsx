import { View } from '@tarojs/components'
import { useState } from 'react'
import AccountCard from '../../components/AccountCard'
import LoginSheet from '../../components/LoginSheet'
import MenuCell from '../../components/MenuCell'
import OperatorsEntry from '../../components/OperatorsEntry'
import PrivacySheet from '../../components/PrivacySheet'
import StatusView from '../../components/StatusView'
import { PAGES } from '../../contract/rules'
import { useAuth } from '../../hooks/useAuth'
import { openPage } from '../../utils/navigation'
import './index.scss'

const open = (url: string) => () => openPage(url)
const openFavorites = open(PAGES.favorites)

export default function MePage() {
  const { session, phase, error, retry, logout, deleteAccount } = useAuth()
  const member = session.status === 'member'
  // A guest's 我的收藏 asks for a login first, then opens the list.
  const [askingLogin, setAskingLogin] = useState(false)

  return (
    <View className='me-page'>
      {phase === 'error' ? (
        <StatusView title='加载失败' description={error ?? undefined} actionText='重试' onAction={retry} />
      ) : (
        <>
          <AccountCard session={session} />
          <View className='me-page__group'>
            <MenuCell
              title='我的收藏'
              arrow
              onClick={session.status === 'guest' ? () => setAskingLogin(true) : openFavorites}
            />
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
      <LoginSheet
        open={askingLogin}
        title='登录后查看收藏'
        onClose={() => setAskingLogin(false)}
        onSignedIn={() => {
          setAskingLogin(false)
          openFavorites()
        }}
      />
      <PrivacySheet />
    </View>
  )
}
