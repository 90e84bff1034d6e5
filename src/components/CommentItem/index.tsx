import { Image, Text, View } from '@tarojs/components'
import likeOnIcon from '../../assets/icons/like-on.svg'
import likeIcon from '../../assets/icons/like.svg'
import type { Comment, CommentState } from '../../contract/models'
import { formatCount, formatListTime } from '../../utils/format'
import './index.scss'

interface Props {
  comment: Comment
  onLike: (comment: Comment) => void
  onDelete: (comment: Comment) => void
  onReport: (comment: Comment) => void
}

/** What the writer sees beside their own comment that others cannot see. */
const OWN_MARKS: Record<Exclude<CommentState, 'selected'>, string> = {
  pending: '待精选',
  review: '审核中',
  hidden: '仅自己可见',
}

/**
 * One comment as official-account readers know it: the author (读者 and two
 * digits), the text as plain text, when, 赞 on a selected comment, 删除 on
 * the reader's own and 举报 on others', and 作者回复 under it.
 */
export default function CommentItem({ comment, onLike, onDelete, onReport }: Props) {
  const { state, mine, reply } = comment
  const selected = state === 'selected'
  // Few elements a comment: a page draws ten at first, under an article that may already be long.
  return (
    <View className='comment'>
      <View className='comment__author'>
        {comment.author}
        {!selected && <Text className={`comment__mark comment__mark--${state}`}>{OWN_MARKS[state]}</Text>}
      </View>
      <Text className='comment__text' userSelect>
        {comment.text}
      </Text>
      <View className='comment__foot'>
        {formatListTime(comment.createdAt)}
        {mine ? (
          <View className='comment__action comment__delete' onClick={() => onDelete(comment)}>
            删除
          </View>
        ) : (
          <View className='comment__action comment__report' onClick={() => onReport(comment)}>
            举报
          </View>
        )}
        {selected && (
          <View className={`comment__like${comment.liked ? ' comment__like--on' : ''}`} onClick={() => onLike(comment)}>
            <Image className='comment__like-icon' src={comment.liked ? likeOnIcon : likeIcon} />
            {comment.likes > 0 ? formatCount(comment.likes) : '赞'}
          </View>
        )}
      </View>
      {reply && (
        <View className='comment__reply'>
          <Text className='comment__reply-label'>作者回复</Text>
          {reply.text}
        </View>
      )}
    </View>
  )
}
