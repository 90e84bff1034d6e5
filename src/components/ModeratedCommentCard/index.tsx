import { Text, View } from '@tarojs/components'
import type { CommentQueue, ModeratedComment } from '../../contract/api'
import type { ModerationAction } from '../../services/adminComments'
import { inChina } from '../../utils/format'
import './index.scss'

interface Props {
  comment: ModeratedComment
  queue: CommentQueue
  busy: boolean
  onModerate: (action: ModerationAction) => void
  onReply: () => void
  onOpenArticle: () => void
}

/** What each queue offers: what would move the comment on from there. */
const ACTIONS: Record<CommentQueue, { action: ModerationAction; label: string }[]> = {
  pending: [
    { action: 'select', label: '精选' },
    { action: 'hide', label: '隐藏' },
  ],
  review: [
    { action: 'select', label: '精选' },
    { action: 'hide', label: '隐藏' },
  ],
  reported: [
    { action: 'select', label: '保留精选' },
    { action: 'hide', label: '隐藏' },
  ],
  selected: [
    { action: 'unselect', label: '取消精选' },
    { action: 'hide', label: '隐藏' },
  ],
  hidden: [
    { action: 'select', label: '精选' },
    { action: 'unselect', label: '取消隐藏' },
  ],
}

/**
 * A comment as an operator judges it: which article, who (读者NN), the text
 * exactly as written (a Text node, never markup), when, its likes and
 * reports, any 作者回复, and the actions of its queue.
 */
export default function ModeratedCommentCard({ comment, queue, busy, onModerate, onReply, onOpenArticle }: Props) {
  return (
    <View className={`moderated-comment${busy ? ' moderated-comment--busy' : ''}`}>
      <View className='moderated-comment__article' onClick={onOpenArticle}>
        《{comment.articleTitle}》
      </View>
      <View className='moderated-comment__head'>
        <Text className='moderated-comment__author'>{comment.author}</Text>
        <Text className='moderated-comment__time'>{inChina(comment.createdAt).format('YYYY-MM-DD HH:mm')}</Text>
      </View>
      <Text className='moderated-comment__text' userSelect>
        {comment.text}
      </Text>
      <View className='moderated-comment__counts'>
        赞 {comment.likes}
        {comment.reports > 0 && <Text className='moderated-comment__reports'> · 举报 {comment.reports}</Text>}
      </View>
      {comment.reply && (
        <View className='moderated-comment__reply'>
          <View className='moderated-comment__reply-head'>作者回复</View>
          <Text className='moderated-comment__reply-text'>{comment.reply.text}</Text>
        </View>
      )}
      <View className='moderated-comment__actions'>
        {ACTIONS[queue].map(({ action, label }) => (
          <View
            key={action}
            className={`moderated-comment__action moderated-comment__action--${action}`}
            onClick={() => !busy && onModerate(action)}
          >
            {label}
          </View>
        ))}
        <View className='moderated-comment__action' onClick={() => !busy && onReply()}>
          {comment.reply ? '编辑回复' : '回复'}
        </View>
      </View>
    </View>
  )
}
