import { Button, Input, View } from '@tarojs/components'
import type { ModeratedComment } from '../../contract/api'
import BottomSheet from '../BottomSheet'
import './index.scss'

interface Props {
  comment: ModeratedComment
  draft: string
  max: number
  busy: boolean
  onDraft: (text: string) => void
  onSave: () => void
  onRemove: () => void
  onClose: () => void
}

/**
 * 作者回复 to one comment: its text, then the reply (≤ 500 characters), saved,
 * or removed when there is one. An Input, not a Textarea: the textarea's
 * template would go into the main package that every reader downloads.
 */
export default function ReplySheet({ comment, draft, max, busy, onDraft, onSave, onRemove, onClose }: Props) {
  return (
    <BottomSheet open onClose={onClose}>
      <View className='reply-sheet__heading'>作者回复</View>
      <View className='reply-sheet__quote'>
        {comment.author}：{comment.text}
      </View>
      <View className='reply-sheet__field'>
        <Input
          className='reply-sheet__input'
          value={draft}
          maxlength={max}
          focus
          placeholder='写下回复，读者将在留言下看到'
          confirmType='send'
          onInput={(event) => onDraft(event.detail.value)}
          onConfirm={onSave}
        />
      </View>
      <View className='reply-sheet__count'>
        {draft.length}/{max}
      </View>
      <View className='reply-sheet__actions'>
        {comment.reply && (
          <Button className='reply-sheet__button reply-sheet__button--remove' onClick={onRemove}>
            删除回复
          </Button>
        )}
        <Button className='reply-sheet__button reply-sheet__button--primary' loading={busy} onClick={onSave}>
          发送回复
        </Button>
      </View>
    </BottomSheet>
  )
}
