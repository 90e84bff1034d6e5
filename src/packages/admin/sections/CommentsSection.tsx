import { View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import ListFooter from '../../../components/ListFooter'
import ModeratedCommentCard from '../../../components/ModeratedCommentCard'
import OperatorsTabs from '../../../components/OperatorsTabs'
import ReplySheet from '../../../components/ReplySheet'
import StatusView from '../../../components/StatusView'
import { MAX_REPLY, QUEUES, useCommentQueue } from '../../../hooks/useCommentQueue'
import { openArticle } from '../../../utils/navigation'

const EMPTY: Record<(typeof QUEUES)[number]['queue'], string> = {
  pending: '没有待精选的留言',
  review: '没有待审核的留言',
  reported: '没有被举报的留言',
  selected: '还没有精选留言',
  hidden: '没有隐藏的留言',
}

interface Props {
  fail: (error: unknown) => void
  closeIfRefused: (error: unknown) => void
}

/** 留言: the moderation queues, one at a time. */
export default function CommentsSection({ fail, closeIfRefused }: Props) {
  const queue = useCommentQueue(fail, closeIfRefused)
  const { list } = queue
  useReachBottom(queue.loadMore)

  return (
    <View>
      <OperatorsTabs
        look='chips'
        items={QUEUES.map(({ queue: key, label }) => ({ key, label }))}
        active={queue.queue}
        onChange={queue.showQueue}
      />
      {list.phase === 'loading' && <View className='operators-page__state'>正在加载留言…</View>}
      {list.phase === 'error' && (
        <StatusView
          title='留言加载失败'
          description={list.error ?? undefined}
          actionText='重试'
          onAction={queue.reload}
        />
      )}
      {list.phase === 'ready' && list.items.length === 0 && (
        <View className='operators-page__state'>{EMPTY[queue.queue]}</View>
      )}
      {list.phase === 'ready' && list.items.length > 0 && (
        <View>
          {list.items.map((comment) => (
            <ModeratedCommentCard
              key={comment.id}
              comment={comment}
              queue={queue.queue}
              busy={queue.busy.has(comment.id)}
              onModerate={(action) => queue.moderate(comment, action)}
              onReply={() => queue.openReply(comment)}
              onOpenArticle={() => openArticle(comment.articleId)}
            />
          ))}
          <ListFooter paging={list} onRetry={queue.loadMore} />
        </View>
      )}
      {queue.replying && (
        <ReplySheet
          comment={queue.replying}
          draft={queue.draft}
          max={MAX_REPLY}
          busy={queue.busy.has(queue.replying.id)}
          onDraft={queue.setDraft}
          onSave={queue.saveReply}
          onRemove={queue.removeReply}
          onClose={queue.closeReply}
        />
      )}
    </View>
  )
}
