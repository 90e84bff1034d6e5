import { Text, View } from '@tarojs/components'
import './index.scss'

interface Props {
  favorited: boolean
  busy: boolean
  onToggle: () => void
}

/** 收藏 / 已收藏, floating at the bottom left, across from 返回首页. */
export default function FavoriteButton({ favorited, busy, onToggle }: Props) {
  return (
    <View
      className={`favorite-button${favorited ? ' favorite-button--on' : ''}${busy ? ' favorite-button--busy' : ''}`}
      ariaRole='button'
      onClick={onToggle}
    >
      <Text className='favorite-button__icon'>{favorited ? '★' : '☆'}</Text>
      <Text className='favorite-button__label'>{favorited ? '已收藏' : '收藏'}</Text>
    </View>
  )
}
