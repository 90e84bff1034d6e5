import { ScrollView, View } from '@tarojs/components'
import type { Category } from '../../contract/models'
import './index.scss'

interface Props {
  categories: Category[]
  active: string
  onSelect: (id: string) => void
}

export default function CategoryTabs({ categories, active, onSelect }: Props) {
  return (
    <ScrollView className='category-tabs' scrollX enhanced showScrollbar={false}>
      {categories.map((category) => (
        <View
          key={category.id}
          className={`category-tabs__tab ${category.id === active ? 'category-tabs__tab--active' : ''}`}
          onClick={() => onSelect(category.id)}
        >
          {category.name}
        </View>
      ))}
    </ScrollView>
  )
}
