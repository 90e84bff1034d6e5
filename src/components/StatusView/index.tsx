import { Button, View } from '@tarojs/components'
import './index.scss'

interface Props {
  title: string
  description?: string
  actionText?: string
  onAction?: () => void
}

/** Empty, error and not-found states: one short sentence and one action. */
export default function StatusView({ title, description, actionText, onAction }: Props) {
  return (
    <View className='status-view'>
      <View className='status-view__title'>{title}</View>
      {description && <View className='status-view__description'>{description}</View>}
      {actionText && onAction && (
        <Button className='status-view__action' onClick={onAction}>
          {actionText}
        </Button>
      )}
    </View>
  )
}
