import { Icon, View } from '@tarojs/components'
import { PAGES } from '../../contract/rules'
import { openPage } from '../../utils/navigation'
import './index.scss'

/** In its own subpackage, preloaded while the 资讯 list shows (app.config.ts). */
const openSearch = () => openPage(PAGES.search)

/** A search box in look only, as atop WeChat's own lists: a tap opens the search page. */
export default function SearchEntry() {
  return (
    <View className='search-entry' onClick={openSearch}>
      <View className='search-entry__box'>
        <Icon className='search-entry__icon' type='search' size={14} color='#8a8f99' />
        搜索文章，如 棉花、羊绒
      </View>
    </View>
  )
}
