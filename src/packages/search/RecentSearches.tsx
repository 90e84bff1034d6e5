import { View } from '@tarojs/components'

interface Props {
  queries: string[]
  onPick: (query: string) => void
  onClear: () => void
}

/** 最近搜索 as tags, newest first; with none yet, what can be searched. */
export default function RecentSearches({ queries, onPick, onClear }: Props) {
  if (queries.length === 0)
    return <View className='recent-searches__hint'>可搜索文章的标题、摘要和正文，如：棉花、羊绒、面料</View>
  return (
    <View className='recent-searches'>
      <View className='recent-searches__head'>
        <View className='recent-searches__title'>最近搜索</View>
        <View className='recent-searches__clear' onClick={onClear}>
          清空
        </View>
      </View>
      <View className='recent-searches__list'>
        {queries.map((query) => (
          <View key={query} className='recent-searches__item' onClick={() => onPick(query)}>
            <View className='recent-searches__chip'>{query}</View>
          </View>
        ))}
      </View>
    </View>
  )
}
