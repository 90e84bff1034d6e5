import { useState } from 'react'
import type { Data } from '../contract/api'
import { importArticleByLink } from '../services/adminImport'
import { messageOf } from '../utils/errorMessage'

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'importing'; url: string }
  | { phase: 'done'; result: Data<'admin.articles.importUrl'> }
  | { phase: 'error'; message: string }

/** What a pasted link must at least look like; the server checks the rest (host, article, size). */
const LOOKS_LIKE_LINK = /^https?:\/\/\S+$/i

/**
 * 导入公众号文章: a pasted link, the import on the server (seconds: the page
 * and each image are fetched there), then the article's title and the
 * importer's warnings, or the server's reason in its own words.
 */
export function useImportLink(closeIfRefused: (error: unknown) => void) {
  const [url, setUrl] = useState('')
  const [state, setState] = useState<ImportState>({ phase: 'idle' })

  function submit() {
    if (state.phase === 'importing') return
    const link = url.trim()
    if (!LOOKS_LIKE_LINK.test(link)) {
      setState({ phase: 'error', message: '请粘贴以 https:// 开头的公众号文章链接' })
      return
    }
    setState({ phase: 'importing', url: link })
    importArticleByLink(link).then(
      (result) => {
        setState({ phase: 'done', result })
        setUrl('')
      },
      (error: unknown) => {
        setState({ phase: 'error', message: messageOf(error, '导入失败，请重试') })
        closeIfRefused(error)
      },
    )
  }

  return { url, setUrl, state, submit } as const
}
