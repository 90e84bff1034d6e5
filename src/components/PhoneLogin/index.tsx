import { View } from '@tarojs/components'
import { usePhoneLogin } from '../../hooks/usePhoneLogin'
import { FULL_SERVICE_HINT, isSinglePageMode } from '../../utils/singlePage'
import LoginControl from './LoginControl'
import './index.scss'

/**
 * Phone-number login with its failure said under it. Single-page mode
 * disables open-type buttons, so there it only points to the full app.
 */
export default function PhoneLogin({ onSignedIn }: { onSignedIn?: () => void }) {
  const { busy, error, submit, onPhoneNumber } = usePhoneLogin(onSignedIn)
  if (isSinglePageMode()) return <View className='phone-login__hint'>{FULL_SERVICE_HINT}</View>
  return (
    <View className='phone-login'>
      <LoginControl busy={busy} retry={error !== null} onPhoneNumber={onPhoneNumber} onCode={submit} />
      {error && <View className='phone-login__error'>{error}</View>}
    </View>
  )
}
