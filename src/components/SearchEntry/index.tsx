import { Icon, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import './index.scss'

/** In its own subpackage, preloaded while the 资讯 list shows (app.config.ts). */
const SEARCH_PAGE = '/packages/search/index'

const openSearch = () => Taro.navigateTo({ url: SEARCH_PAGE })

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
