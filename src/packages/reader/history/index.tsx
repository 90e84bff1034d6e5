import { View } from '@tarojs/components'
import HistoryItem from '../../../components/HistoryItem'
import StatusView from '../../../components/StatusView'
import { useReadingHistory } from '../../../hooks/useReadingHistory'
import { HISTORY_LIMIT, type HistoryEntry } from '../../../utils/historyList'
import { goHome, openArticle } from '../../../utils/navigation'
import './index.scss'

const openEntry = (entry: HistoryEntry) => openArticle(entry.id)

export default function HistoryPage() {
  const { entries, clear } = useReadingHistory()

  if (entries.length === 0)
    return (
      <View className='history-page'>
        <StatusView
          title='还没有阅读记录'
          description='读过的文章会按时间排在这里'
          actionText='去看资讯'
          onAction={goHome}
        />
      </View>
    )
  return (
    <View className='history-page'>
      <View className='history-page__head'>
        <View>最近读过 {entries.length} 篇</View>
        <View className='history-page__clear' onClick={clear}>
          清空
        </View>
      </View>
      {entries.map((entry) => (
        <HistoryItem key={entry.id} entry={entry} onOpen={openEntry} />
      ))}
      <View className='history-page__foot'>只保存在这台手机上，最多 {HISTORY_LIMIT} 篇</View>
    </View>
  )
}
