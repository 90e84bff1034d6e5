import { useCallback, useEffect, useState } from 'react'
import type { CommentQueue, ModeratedComment } from '../contract/api'
import { listCommentQueue, moderateComment, type ModerationAction } from '../services/adminComments'
import { confirmDanger } from '../utils/confirmDanger'
import { toast } from '../utils/feedback'
import { useOperatorsPagedList } from './useOperatorsPagedList'

/** The queues, in the order an operator works through them. */
export const QUEUES: readonly { queue: CommentQueue; label: string }[] = [
  { queue: 'pending', label: '待精选' },
  { queue: 'review', label: '待审核' },
  { queue: 'reported', label: '被举报' },
  { queue: 'selected', label: '已精选' },
  { queue: 'hidden', label: '已隐藏' },
]

export const MAX_REPLY = 500

const labelOf = (queue: CommentQueue) => QUEUES.find((item) => item.queue === queue)?.label ?? ''

/** A reply keeps a comment where it is, as far as the actions allow: a reply is a look, so it closes reports and review. */
const REPLY_ACTION: Record<CommentQueue, ModerationAction> = {
  pending: 'unselect',
  review: 'unselect',
  reported: 'select',
  selected: 'select',
  hidden: 'hide',
}

const DONE: Record<ModerationAction, string> = { select: '已精选', unselect: '已取消精选', hide: '已隐藏' }

const idOf = (comment: ModeratedComment) => comment.id

/**
 * 留言管理: one queue at a time, newest first, page by page. After an action
 * the comment leaves the queue it no longer belongs to (the toast says
 * where it went) or shows its new reply in place.
 */
export function useCommentQueue(fail: (error: unknown) => void, closeIfRefused: (error: unknown) => void) {
  const [queue, setQueue] = useState<CommentQueue>('pending')
  const { list, load, more, replace, remove } = useOperatorsPagedList(idOf, closeIfRefused)
  /** Comments with an action on its way: their buttons ignore further taps. */
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set())
  const [replying, setReplying] = useState<ModeratedComment | null>(null)
  const [draft, setDraft] = useState('')

  const reload = useCallback(() => load(() => listCommentQueue(queue)), [load, queue])
  useEffect(() => void reload(), [reload])

  const mark = (id: string, on: boolean) =>
    setBusy((ids) => {
      const next = new Set(ids)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })

  function apply(item: ModeratedComment, action: ModerationAction, reply?: string): Promise<boolean> {
    if (busy.has(item.id)) return Promise.resolve(false)
    mark(item.id, true)
    return moderateComment(item.id, action, reply).then(
      (comment) => {
        mark(item.id, false)
        // Its state is its queue now: any action closes its reports and its review (the operator has looked).
        const moved: CommentQueue = comment.state
        const said = reply === undefined ? DONE[action] : reply ? '已回复' : '已删除回复'
        if (moved === queue) {
          // The answer is the whole comment (a removed reply is absent); where it is from stays the item's.
          replace({ ...comment, articleId: item.articleId, articleTitle: item.articleTitle, reports: item.reports })
          toast(said, 'success')
        } else {
          remove(item.id)
          toast(`${said}，已移到「${labelOf(moved)}」`)
        }
        return true
      },
      (error: unknown) => {
        mark(item.id, false)
        fail(error)
        return false
      },
    )
  }

  function saveReply(text: string) {
    if (!replying) return
    const trimmed = text.trim()
    if (trimmed.length > MAX_REPLY) return toast(`回复不能超过 ${MAX_REPLY} 字`)
    if (!trimmed && !replying.reply) return toast('请填写回复')
    void apply(replying, REPLY_ACTION[queue], trimmed).then((saved) => saved && setReplying(null))
  }

  return {
    queue,
    showQueue: setQueue,
    list,
    busy,
    reload,
    loadMore: () => void more((cursor) => listCommentQueue(queue, cursor)),
    moderate: (item: ModeratedComment, action: ModerationAction) => void apply(item, action),
    replying,
    draft,
    setDraft,
    openReply(item: ModeratedComment) {
      setReplying(item)
      setDraft(item.reply?.text ?? '')
    },
    closeReply: () => setReplying(null),
    saveReply: () => saveReply(draft),
    removeReply: () =>
      void confirmDanger({ title: '删除回复', content: '读者将不再看到这条作者回复。', confirmText: '删除' }).then(
        (confirmed) => confirmed && saveReply(''),
      ),
  } as const
}
