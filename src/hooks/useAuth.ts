import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { clearCached } from '../device/offlineCache'
import { clearHistory } from '../device/readingHistory'
import { forgetSession, sessionOf, setSession } from '../device/session'
import { deleteAccount, fetchMe, logout } from '../services/account'
import { confirmDanger } from '../utils/confirmDanger'
import { messageOf } from '../utils/errorMessage'
import { showBusy, toast } from '../utils/feedback'
import { useSession } from './useSession'

const FAILED = '操作失败，请稍后重试'

/** Asks first; runs the account action under a blocking loading toast; says how it went. */
function confirmThen(
  question: { title: string; content: string; confirmText: string },
  action: () => Promise<void>,
  pending: string,
  done: string,
) {
  return confirmDanger(question).then((confirmed) => {
    if (!confirmed) return
    const idle = showBusy(pending)
    return action().then(
      () => {
        idle()
        toast(done, 'success')
      },
      (error: unknown) => {
        idle()
        toast(messageOf(error, FAILED))
      },
    )
  })
}

/** What stays on the phone after the account is gone would still tell what its owner read. */
function forgetDevice() {
  clearHistory()
  clearCached()
  forgetSession()
}

/**
 * 我的: who is signed in, asked again (me.get) each time the tab shows, so
 * that a logout or a deletion elsewhere is never shown stale. What it learns
 * goes to the shared session, which the detail page reads without asking.
 */
export function useAuth() {
  const session = useSession()
  const [checking, setChecking] = useState(false)
  const [error, setError] = useState<string | null>(null)

  function check() {
    setChecking(true)
    setError(null)
    void fetchMe()
      .then((me) => setSession(sessionOf(me)))
      .catch((failure: unknown) => setError(messageOf(failure, FAILED)))
      .then(() => setChecking(false))
  }
  useDidShow(check)

  // A failed check keeps a state already known; only a first one needs 重试.
  const phase = session.status !== 'unknown' ? 'ready' : error && !checking ? 'error' : 'loading'

  return {
    session,
    phase,
    error,
    retry: check,
    logout: () =>
      confirmThen(
        { title: '退出登录', content: '退出后，查看和使用收藏需要重新用手机号登录。', confirmText: '退出' },
        () => logout().then(forgetSession),
        '正在退出',
        '已退出登录',
      ),
    deleteAccount: () =>
      confirmThen(
        {
          title: '注销账号',
          content:
            '将永久删除你的手机号、全部收藏、留言和点赞，并清除这台手机上的阅读历史、缓存的文章和留言草稿，无法恢复。阅读统计会去掉你的身份后匿名保留。',
          confirmText: '注销',
        },
        () => deleteAccount().then(forgetDevice),
        '正在注销',
        '账号已注销',
      ),
  } as const
}
