import { ScrollView, View } from '@tarojs/components'
import { useState } from 'react'
import type { ArticleSummary } from '../../contract/models'
import BottomSheet from '../BottomSheet'
import './index.scss'

interface Props {
  label: string
  articles: ArticleSummary[]
  value: ArticleSummary | null
  onChange: (article: ArticleSummary | null) => void
  /** The first choice, meaning no article (e.g. 首页资讯列表); none: an article must be picked. */
  noneLabel?: string
  placeholder?: string
}

/**
 * A WeUI cell that opens a sheet of the newest articles, by their whole
 * title: operators know articles by title, not by id. A sheet rather than
 * WeChat's <picker>, which cuts long titles and whose template every
 * reader would download with the main package.
 */
export default function ArticlePicker({ label, articles, value, onChange, noneLabel, placeholder = '请选择' }: Props) {
  const [open, setOpen] = useState(false)
  const choose = (article: ArticleSummary | null) => {
    setOpen(false)
    onChange(article)
  }
  const optionClass = (selected: boolean) => `article-picker__option${selected ? ' article-picker__option--on' : ''}`

  return (
    <>
      <View className='article-picker' onClick={() => setOpen(true)}>
        <View className='article-picker__label'>{label}</View>
        <View className={`article-picker__value${value || noneLabel ? '' : ' article-picker__value--empty'}`}>
          {value?.title ?? noneLabel ?? placeholder}
        </View>
        <View className='article-picker__arrow' />
      </View>
      <BottomSheet open={open} onClose={() => setOpen(false)}>
        <View className='article-picker__heading'>{label}</View>
        <ScrollView scrollY className='article-picker__options'>
          {noneLabel !== undefined && (
            <View className={optionClass(!value)} onClick={() => choose(null)}>
              {noneLabel}
            </View>
          )}
          {articles.map((article) => (
            <View key={article.id} className={optionClass(article.id === value?.id)} onClick={() => choose(article)}>
              {article.title}
            </View>
          ))}
          {articles.length === 0 && <View className='article-picker__empty'>暂无文章</View>}
        </ScrollView>
      </BottomSheet>
    </>
  )
}
