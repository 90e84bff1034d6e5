import { useState } from 'react'
import type { Data } from '../contract/api'
import type { ArticleSummary } from '../contract/models'
import { createChannel } from '../services/adminChannels'
import { saveImageToAlbum, shareImage } from '../device/album'
import { toast } from '../utils/feedback'

/** The answer, with the target's title to show beside the code (the answer only names its id). */
export type CreatedChannel = Data<'admin.channels.create'> & { targetTitle?: string }

/**
 * 生成渠道二维码: the form (a name, an optional target article) and the
 * channel made last, whose code the page shows, saves and shares.
 * `onCreated` refreshes the channel table; `fail` is the page's error handler.
 */
export function useChannelCreator(onCreated: () => void, fail: (error: unknown) => void) {
  const [name, setName] = useState('')
  const [target, setTarget] = useState<ArticleSummary | null>(null)
  const [busy, setBusy] = useState(false)
  const [created, setCreated] = useState<CreatedChannel | null>(null)

  function submit() {
    const trimmed = name.trim()
    if (busy) return
    if (!trimmed) {
      toast('请填写渠道名称')
      return
    }
    setBusy(true)
    createChannel(trimmed, target?.id).then(
      (answer) => {
        setBusy(false)
        setCreated(target ? { ...answer, targetTitle: target.title } : answer)
        // Ready for the next event's code; the one just made stays on screen.
        setName('')
        setTarget(null)
        onCreated()
      },
      (error: unknown) => {
        setBusy(false)
        fail(error)
      },
    )
  }

  return {
    name,
    setName,
    target,
    setTarget,
    busy,
    created,
    submit,
    saveCode: () => created && saveImageToAlbum(created.qrcode.url),
    shareCode: () => created && shareImage(created.qrcode.url),
  } as const
}
