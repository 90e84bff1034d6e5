import { View } from '@tarojs/components'
import type { Comment } from '../../contract/models'
import CommentItem from '../CommentItem'
import './index.scss'

interface Props {
  items: Comment[]
  hasMore: boolean
  loadingMore: boolean
  /** Moments' single-page mode reads selected comments only: nothing to invite. */
  singlePage: boolean
  onWrite: () => void
  onLoadMore: () => void
  onLike: (comment: Comment) => void
  onDelete: (comment: Comment) => void
  onReport: (comment: Comment) => void
}

/**
 * 精选留言 under the article, where the official-account reader has it:
 * after the article's own end (its 免责声明) and before 相关阅读. Only the
 * first page is drawn; 查看更多留言 brings the next.
 */
export default function CommentSection({
  items,
  hasMore,
  loadingMore,
  singlePage,
  onWrite,
  onLoadMore,
  ...actions
}: Props) {
  return (
    <View className='comment-section'>
      <View className='comment-section__head'>
        <View className='comment-section__title'>精选留言</View>
        <View className='comment-section__write' onClick={onWrite}>
          写留言
        </View>
      </View>
      {items.length === 0 && (
        <View className='comment-section__empty'>{singlePage ? '还没有精选留言' : '还没有留言，来写下第一条吧'}</View>
      )}
      {items.map((comment) => (
        <CommentItem key={comment.id} comment={comment} {...actions} />
      ))}
      {hasMore && (
        <View className='comment-section__more' onClick={onLoadMore}>
          {loadingMore ? '正在加载…' : '查看更多留言'}
        </View>
      )}
    </View>
  )
}
