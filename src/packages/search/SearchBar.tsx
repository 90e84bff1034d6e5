import { Icon, Input, View } from '@tarojs/components'

interface Props {
  text: string
  /** Raise the keyboard: on opening, and when the box is emptied to type anew. */
  focus: boolean
  onEdit: (value: string) => void
  onSearch: (value: string) => void
  onCancel: () => void
}

/** WeUI's search bar: the box with its clear button, 搜索 and 取消. */
export default function SearchBar({ text, focus, onEdit, onSearch, onCancel }: Props) {
  return (
    <View className='search-bar'>
      <View className='search-bar__field'>
        <Icon className='search-bar__icon' type='search' size={14} color='#8a8f99' />
        <Input
          className='search-bar__input'
          value={text}
          focus={focus}
          placeholder='搜索文章'
          placeholderClass='search-bar__placeholder'
          confirmType='search'
          // Not cut at the backend's limit: the page says when a query is too long (useSearch).
          maxlength={-1}
          onInput={(event) => onEdit(event.detail.value)}
          onConfirm={(event) => onSearch(event.detail.value)}
        />
        {text && (
          <View className='search-bar__clear' onClick={() => onEdit('')}>
            <Icon type='clear' size={16} color='#b2b6bd' />
          </View>
        )}
      </View>
      <View className='search-bar__submit' onClick={() => onSearch(text)}>
        搜索
      </View>
      <View className='search-bar__cancel' onClick={onCancel}>
        取消
      </View>
    </View>
  )
}
