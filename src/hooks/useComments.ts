import { useEffect, useRef, useState } from 'react'
import type { Data } from '../contract/api'
import type { Comment } from '../contract/models'
import { updateCachedComments } from '../device/offlineCache'
import { subscribeSent } from '../device/sentComments'
import { currentSession, forgetSession } from '../device/session'
import { errorCodeOf } from '../services/api'
import { deleteComment, fetchComments, reportComment, toggleCommentLike } from '../services/comments'
import { composerUrl } from '../utils/articleLinks'
import { confirmDanger } from '../utils/confirmDanger'
import { messageOf } from '../utils/errorMessage'
import { chooseFrom, showBusy, toast } from '../utils/feedback'
import { openPage } from '../utils/navigation'
import { showFullServiceHint } from '../utils/singlePage'
import { useSession } from './useSession'

/** What articles.get answers under the article: the reader's own unselected comments, then the first selected. */
export type FirstComments = Data<'articles.get'>['comments']

/** What 举报 offers, in the words of WeChat's own report sheet. */
export const REPORT_REASONS = ['垃圾广告', '色情低俗', '辱骂攻击', '违法违规', '虚假信息', '其他']

/** A login the section needs before it can go on; `onSignedIn` goes on. */
export interface LoginRequest {
  title: string
  onSignedIn: () => void
}

type Like = Pick<Comment, 'liked' | 'likes'>

const NONE: FirstComments = { count: 0, items: [], nextCursor: null }

/**
 * Comments drawn at first, and on each 查看更多留言 that shows what is in
 * hand: articles.get may bring twenty (the reader's own and the selected),
 * and a long article leaves room for ten under WeChat's 1 000 nodes.
 */
const DRAWN = 10

/**
 * 精选留言 under an article. The first page is the one articles.get brought
 * (no call of its own), `first` being the answer shown: a cached paint, then
 * the fresh answer, which replaces it. 查看更多留言 pages on with
 * comments.list, one call per tap. What the reader does here shows at once
 * and stays for the page's life: a comment just sent from the composer (it
 * arrives from there, not from a second articles.get), a like (optimistic,
 * rolled back with a toast when it fails), a comment deleted or reported
 * (gone from the list, and from the article's kept answer). A guest is
 * asked to log in first, and what they asked for then goes on by itself;
 * the first page is then asked for again, as that reader sees it (their own
 * comments, their likes, 删除 on theirs), since articles.get answered a guest;
 * single-page mode reads only.
 */
export function useComments(articleId: string | undefined, given: FirstComments = NONE, singlePage: boolean) {
  // The first page asked for again after a login, over the answer it replaces.
  const [asMember, setAsMember] = useState<{ after: FirstComments; page: FirstComments }>()
  const first = asMember?.after === given ? asMember.page : given
  // Pages after the first, over the answer whose cursor they continue.
  const [more, setMore] = useState<{ after: FirstComments; items: Comment[]; nextCursor: string | null }>()
  // The answer a page is being loaded over: a fresh answer meanwhile is not loading anything.
  const [loadingOver, setLoadingOver] = useState<FirstComments | null>(null)
  const [drawn, setDrawn] = useState(DRAWN)
  const [sent, setSent] = useState<Comment[]>([])
  // What the reader changed, by comment: a like as it now stands, or null for a comment deleted or reported.
  const [changed, setChanged] = useState<Readonly<Record<string, Like | null>>>({})
  const [login, setLogin] = useState<LoginRequest | null>(null)
  // Taps come faster than renders: what is under way is known at once.
  const liking = useRef(new Set<string>())
  // The page asked for last: a tap on a 查看更多留言 drawn before its answer arrived asks nothing again.
  const asked = useRef<{ after: FirstComments; cursor: string } | null>(null)
  const shownFirst = useRef(first)
  shownFirst.current = first
  const givenNow = useRef(given)
  givenNow.current = given

  const { status } = useSession()
  const lastStatus = useRef(status)
  useEffect(() => {
    const loggedIn = lastStatus.current === 'guest' && status === 'member'
    lastStatus.current = status
    if (!loggedIn || !articleId || singlePage) return
    const after = givenNow.current
    // Failing, the guest's view stays: what the reader does next still goes through.
    fetchComments(articleId).then(
      (page) => {
        if (givenNow.current === after) setAsMember({ after, page: { ...page, count: after.count } })
      },
      () => undefined,
    )
  }, [status, articleId, singlePage])

  useEffect(
    () =>
      subscribeSent((id, comment) => {
        if (id !== articleId) return
        setSent((list) => [comment, ...list])
        // On top, and the last one drawn stays drawn.
        setDrawn((count) => count + 1)
      }),
    [articleId],
  )

  const paged = more?.after === first ? more : undefined
  // Each comment once, where it first shows (one just sent, at the top), as the latest answer has it.
  const byId = new Map<string, Comment>()
  for (const comment of [...sent, ...first.items, ...(paged?.items ?? [])]) byId.set(comment.id, comment)
  const items = [...byId.values()].flatMap((comment) => {
    const change = changed[comment.id]
    return change === null ? [] : [change ? { ...comment, ...change } : comment]
  })
  const nextCursor = paged ? paged.nextCursor : first.nextCursor
  const change = (id: string, to: Like | null) => setChanged((all) => ({ ...all, [id]: to }))
  /** A like's outcome, unless the comment has left the list meanwhile (deleted, reported). */
  const settleLike = (id: string, to: Like) => setChanged((all) => (all[id] === null ? all : { ...all, [id]: to }))

  /** Runs `action` for a signed-in reader: a guest logs in first, and `action` runs once they have. */
  function asReader(title: string, action: () => void) {
    if (singlePage) showFullServiceHint()
    else if (currentSession().status === 'guest') askLogin(title, action)
    else action()
  }

  function askLogin(title: string, then: () => void) {
    setLogin({
      title,
      onSignedIn: () => {
        setLogin(null)
        then()
      },
    })
  }

  /** Out of the list, and out of the article's kept answer. */
  function drop(comment: Comment) {
    change(comment.id, null)
    if (!articleId) return
    updateCachedComments(articleId, (kept) => ({
      count: kept.count - (kept.items.some((item) => item.id === comment.id && item.state === 'selected') ? 1 : 0),
      items: kept.items.filter((item) => item.id !== comment.id),
      nextCursor: kept.nextCursor,
    }))
  }

  /**
   * Says why a call failed. A session ended elsewhere asks for a login and
   * then tries again; a comment already gone leaves the list.
   */
  function failed(error: unknown, comment: Comment, retry: { title: string; action: () => void }, fallback: string) {
    const code = errorCodeOf(error)
    if (code === 'UNAUTHENTICATED') {
      forgetSession()
      askLogin(retry.title, retry.action)
      return
    }
    if (code === 'NOT_FOUND') drop(comment)
    toast(messageOf(error, fallback))
  }

  /** 赞 or its undoing, shown at once. After a login the reader wanted a like, whatever the guest's view said. */
  function like(comment: Comment, afterLogin = false) {
    const retry = { title: '登录后点赞', action: () => like(comment, true) }
    asReader(retry.title, () => {
      if (liking.current.has(comment.id)) return
      liking.current.add(comment.id)
      const before: Like = { liked: comment.liked, likes: comment.likes }
      const wanted = afterLogin || !before.liked
      const shown = before.likes + (wanted === before.liked ? 0 : wanted ? 1 : -1)
      change(comment.id, { liked: wanted, likes: shown })
      const toggle = () => toggleCommentLike(comment.id)
      // A toggle that went the other way (liked meanwhile elsewhere) is toggled back.
      void toggle()
        .then((now) => (now.liked === wanted ? now : toggle()))
        .then(
          (now) => settleLike(comment.id, now),
          (error: unknown) => {
            settleLike(comment.id, before)
            failed(error, comment, retry, '操作失败，请重试')
          },
        )
        .finally(() => liking.current.delete(comment.id))
    })
  }

  function remove(comment: Comment) {
    const retry = { title: '登录后删除留言', action: () => remove(comment) }
    asReader(retry.title, () => {
      void confirmDanger({ title: '删除留言', content: '删除后无法恢复。', confirmText: '删除' }).then((confirmed) => {
        if (!confirmed) return
        const idle = showBusy('正在删除')
        return deleteComment(comment.id).then(
          () => {
            idle()
            drop(comment)
            toast('已删除', 'success')
          },
          (error: unknown) => {
            idle()
            failed(error, comment, retry, '删除失败，请重试')
          },
        )
      })
    })
  }

  function report(comment: Comment) {
    const retry = { title: '登录后举报', action: () => report(comment) }
    asReader(retry.title, () => {
      void chooseFrom(REPORT_REASONS).then((chosen) => {
        if (chosen === null) return
        return reportComment(comment.id, REPORT_REASONS[chosen]).then(
          () => {
            drop(comment)
            toast('已举报，我们会尽快处理')
          },
          (error: unknown) => failed(error, comment, retry, '举报失败，请重试'),
        )
      })
    })
  }

  function loadMore() {
    // A stale tap (drawn before the last one took effect) sets what is already set.
    if (items.length > drawn) return setDrawn(drawn + DRAWN)
    if (!articleId || nextCursor === null) return
    if (asked.current?.after === first && asked.current.cursor === nextCursor) return
    const request = { after: first, cursor: nextCursor }
    asked.current = request
    setLoadingOver(first)
    const loaded = paged?.items ?? []
    void fetchComments(articleId, nextCursor)
      .then(
        // An answer for a list that has since been replaced (the fresh articles.get) continues nothing.
        (page) => {
          if (shownFirst.current !== first) return
          setMore({ after: first, items: [...loaded, ...page.items], nextCursor: page.nextCursor })
          setDrawn((count) => count + page.items.length)
        },
        (error: unknown) => {
          // The same page may be asked for again.
          if (asked.current === request) asked.current = null
          toast(messageOf(error, '加载失败，请重试'))
        },
      )
      .finally(() => setLoadingOver((over) => (over === request.after ? null : over)))
  }

  /** 留言 and 写留言: the composer, for a reader. */
  const write = () => {
    if (articleId) asReader('登录后发表留言', () => openPage(composerUrl(articleId)))
  }

  return {
    items: items.slice(0, drawn),
    hasMore: items.length > drawn || nextCursor !== null,
    loadingMore: loadingOver === first,
    loadMore,
    like: (comment: Comment) => like(comment),
    remove,
    report,
    write,
    login,
    cancelLogin: () => setLogin(null),
  }
}
