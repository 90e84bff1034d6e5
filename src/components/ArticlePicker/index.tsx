import { Input, ScrollView, View } from '@tarojs/components'
import { useState } from 'react'
import type { ArticleSummary } from '../../contract/models'
import { useOperatorsArticleSearch } from '../../hooks/useOperatorsArticleSearch'
import BottomSheet from '../BottomSheet'
import './index.scss'

interface Props {
  label: string
  /** The newest articles, offered before any search. */
  articles: ArticleSummary[]
  /** The article chosen, known at least by id and title (a channel's target is known by its id). */
  value: Pick<ArticleSummary, 'id' | 'title'> | null
  onChange: (article: ArticleSummary | null) => void
  /** The first choice, meaning no article (e.g. 首页资讯列表); none: an article must be picked. */
  noneLabel?: string
  placeholder?: string
}

/**
 * A WeUI cell that opens a sheet of the newest articles, by their whole
 * title (operators know articles by title, not by id), with a search for
 * older ones. A sheet rather than WeChat's <picker>, which cuts long titles
 * and whose template every reader would download with the main package.
 */
export default function ArticlePicker({ label, articles, value, onChange, noneLabel, placeholder = '请选择' }: Props) {
  const [open, setOpen] = useState(false)
  const { query, setQuery, search, submit, reset } = useOperatorsArticleSearch()
  const close = () => {
    setOpen(false)
    reset()
  }
  const choose = (article: ArticleSummary | null) => {
    close()
    onChange(article)
  }
  const optionClass = (selected: boolean) => `article-picker__option${selected ? ' article-picker__option--on' : ''}`
  const shown = search.phase === 'done' ? search.items : articles
  const shownText = value?.title ?? noneLabel

  return (
    <>
      <View className='article-picker' onClick={() => setOpen(true)}>
        <View className='article-picker__label'>{label}</View>
        <View className={`article-picker__value${shownText ? '' : ' article-picker__value--empty'}`}>
          {shownText ?? placeholder}
        </View>
        <View className='article-picker__arrow' />
      </View>
      <BottomSheet open={open} onClose={close}>
        <View className='article-picker__heading'>{label}</View>
        <View className='article-picker__search'>
          <Input
            className='article-picker__query'
            value={query}
            confirmType='search'
            maxlength={50}
            placeholder='搜索文章标题'
            onInput={(event) => setQuery(event.detail.value)}
            onConfirm={submit}
          />
          <View className='article-picker__find' onClick={submit}>
            搜索
          </View>
        </View>
        <ScrollView scrollY className='article-picker__options'>
          {noneLabel !== undefined && search.phase !== 'done' && (
            <View className={optionClass(!value)} onClick={() => choose(null)}>
              {noneLabel}
            </View>
          )}
          {search.phase === 'searching' && <View className='article-picker__empty'>正在搜索…</View>}
          {search.phase === 'error' && (
            <View className='article-picker__empty' onClick={submit}>
              {search.message}，点击重试
            </View>
          )}
          {search.phase !== 'searching' &&
            search.phase !== 'error' &&
            shown.map((article) => (
              <View key={article.id} className={optionClass(article.id === value?.id)} onClick={() => choose(article)}>
                {article.title}
              </View>
            ))}
          {search.phase === 'done' && shown.length === 0 && (
            <View className='article-picker__empty'>没有找到相关文章，换个词试试</View>
          )}
          {search.phase === 'idle' && shown.length === 0 && <View className='article-picker__empty'>暂无文章</View>}
        </ScrollView>
      </BottomSheet>
    </>
  )
}
