import { View } from '@tarojs/components'
import { useState } from 'react'
import OperatorsTabs from '../../components/OperatorsTabs'
import PrivacySheet from '../../components/PrivacySheet'
import StatusView from '../../components/StatusView'
import { PAGES } from '../../contract/rules'
import { useOperators } from '../../hooks/useOperators'
import { backOrHome } from '../../utils/navigation'
import ChannelsSection from './sections/ChannelsSection'
import CommentsSection from './sections/CommentsSection'
import ImportSection from './sections/ImportSection'
import StatsSection from './sections/StatsSection'
import './index.scss'

const goBack = () => backOrHome(PAGES.me)

const SECTIONS = [
  { key: 'channels', label: '渠道' },
  { key: 'stats', label: '统计' },
  { key: 'import', label: '导入' },
  { key: 'comments', label: '留言' },
] as const
type Section = (typeof SECTIONS)[number]['key']

/**
 * 运营后台, for admins only: event channels, reading statistics, import by
 * link and the comment queues, one section at a time (each asks for its
 * figures when shown, so they are fresh).
 */
export default function OperatorsPage() {
  const { access, catalog, retry, fail, closeIfRefused } = useOperators()
  const [section, setSection] = useState<Section>('channels')

  if (access.phase === 'checking') return <View className='operators-page__checking'>正在确认权限…</View>
  if (access.phase === 'denied')
    return <StatusView title='无权访问' description={access.message} actionText='返回' onAction={goBack} />
  if (access.phase === 'error')
    return <StatusView title='加载失败' description={access.message} actionText='重试' onAction={retry} />

  return (
    <View className='operators-page'>
      <OperatorsTabs items={SECTIONS} active={section} onChange={setSection} />
      {section === 'channels' && <ChannelsSection catalog={catalog} fail={fail} closeIfRefused={closeIfRefused} />}
      {section === 'stats' && <StatsSection catalog={catalog} closeIfRefused={closeIfRefused} />}
      {section === 'import' && <ImportSection closeIfRefused={closeIfRefused} />}
      {section === 'comments' && <CommentsSection fail={fail} closeIfRefused={closeIfRefused} />}
      {/* Saving a code to the album is a privacy API: WeChat asks for consent first, through this sheet. */}
      <PrivacySheet />
    </View>
  )
}
