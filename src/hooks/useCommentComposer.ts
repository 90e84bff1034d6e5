import { useRef, useState } from 'react'
import { articleUrl, COMMENT_MAX_CHARS, commentLength } from '../contract/rules'
import { clearDraft, readDraft, saveDraft } from '../device/commentDrafts'
import { announceSent } from '../device/sentComments'
import { currentSession, forgetSession } from '../device/session'
import { ApiClientError } from '../services/api'
import { addComment } from '../services/comments'
import { messageOf } from '../utils/errorMessage'
import { toast } from '../utils/feedback'
import { backOrHome } from '../utils/navigation'

/**
 * 写留言 under an article. The text is the article's draft on the device
 * from the first keystroke, so that nothing typed is lost: not to a login,
 * not to a refusal (too frequent, WeChat's check, a failing network: the
 * server's sentence shows above the text), not to a trip back to the
 * article. The count is the server's (trimmed, whitespace collapsed). A
 * guest logs in where they are and the comment then goes. Once sent, the
 * draft goes, the comment is handed to the article page (announceSent),
 * and the reader is back under the article.
 */
export function useCommentComposer(articleId: string | null) {
  const [text, setText] = useState(() => (articleId ? readDraft(articleId) : ''))
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const [askingLogin, setAskingLogin] = useState(false)
  // A second tap can come before the render that shows 发送中: one comment per text.
  const inFlight = useRef(false)
  const length = commentLength(text)
  const canSend = articleId !== null && length > 0 && length <= COMMENT_MAX_CHARS && !sending

  function change(next: string) {
    setText(next)
    if (articleId) saveDraft(articleId, next)
  }

  function send() {
    if (!canSend || articleId === null || inFlight.current) return
    if (currentSession().status === 'guest') {
      setAskingLogin(true)
      return
    }
    inFlight.current = true
    setSending(true)
    setError(null)
    addComment(articleId, text).then(
      (comment) => {
        clearDraft(articleId)
        announceSent(articleId, comment)
        if (comment.state === 'review') toast('留言已提交，审核后等待精选')
        else toast('留言已发送', 'success')
        backOrHome(articleUrl(articleId))
      },
      (failure: unknown) => {
        inFlight.current = false
        setSending(false)
        if (failure instanceof ApiClientError && failure.code === 'UNAUTHENTICATED') {
          forgetSession()
          setAskingLogin(true)
        } else setError(messageOf(failure, '发送失败，请稍后重试'))
      },
    )
  }

  /** Logged in from the sheet: what the reader asked for was to send. */
  function onSignedIn() {
    setAskingLogin(false)
    send()
  }

  return {
    text,
    length,
    over: length > COMMENT_MAX_CHARS,
    canSend,
    sending,
    error,
    change,
    send,
    askingLogin,
    onSignedIn,
    cancelLogin: () => setAskingLogin(false),
  }
}
