import { Button, Image, Text, View } from '@tarojs/components'
import commentIcon from '../../assets/icons/comment.svg'
import homeIcon from '../../assets/icons/home.svg'
import posterIcon from '../../assets/icons/poster.svg'
import shareIcon from '../../assets/icons/share.svg'
import starOnIcon from '../../assets/icons/star-on.svg'
import starIcon from '../../assets/icons/star.svg'
import { showFullServiceHint } from '../../utils/singlePage'
import './index.scss'

interface Props {
  favorited: boolean
  onFavorite: () => void
  onPoster: () => void
  onFontSize: () => void
  /** 留言: the composer (single-page mode says where to write instead). */
  onComment: () => void
  /** Opened straight from a share or a code: 首页 leads to the list, as nothing lies below. */
  onHome?: () => void
  /**
   * Moments' single-page mode: open-type buttons do nothing there and the
   * page cannot navigate, so what needs the full app says where it is.
   */
  singlePage: boolean
}

/**
 * The bar that ends the article page, as in the official-account reader:
 * 收藏, 转发, 海报, 字号, 留言 (and 首页 for a page opened on its own), fixed at the
 * bottom inside the safe area, with room left for it below the page's last
 * line, so that it never covers the text.
 */
export default function ReadingBar({
  favorited,
  onFavorite,
  onPoster,
  onFontSize,
  onComment,
  onHome,
  singlePage,
}: Props) {
  return (
    <>
      {/* Room below the last line, as tall as the bar: at the end of the page nothing is under it. */}
      <View className='reading-bar-room' />
      <View className='reading-bar'>
        {onHome && (
          <View className='reading-bar__item reading-bar__home' onClick={onHome}>
            <Image className='reading-bar__icon' src={homeIcon} />
            <Text className='reading-bar__label'>首页</Text>
          </View>
        )}
        <View
          className={`reading-bar__item reading-bar__favorite${favorited ? ' reading-bar__favorite--on' : ''}`}
          onClick={onFavorite}
        >
          <Image className='reading-bar__icon' src={favorited ? starOnIcon : starIcon} />
          <Text className='reading-bar__label'>{favorited ? '已收藏' : '收藏'}</Text>
        </View>
        {singlePage ? (
          <View className='reading-bar__item reading-bar__share' onClick={showFullServiceHint}>
            <Image className='reading-bar__icon' src={shareIcon} />
            <Text className='reading-bar__label'>转发</Text>
          </View>
        ) : (
          <Button className='reading-bar__item reading-bar__share' openType='share'>
            <Image className='reading-bar__icon' src={shareIcon} />
            <Text className='reading-bar__label'>转发</Text>
          </Button>
        )}
        <View className='reading-bar__item reading-bar__poster' onClick={singlePage ? showFullServiceHint : onPoster}>
          <Image className='reading-bar__icon' src={posterIcon} />
          <Text className='reading-bar__label'>海报</Text>
        </View>
        <View className='reading-bar__item reading-bar__font' onClick={onFontSize}>
          <Text className='reading-bar__glyph'>Aa</Text>
          <Text className='reading-bar__label'>字号</Text>
        </View>
        <View className='reading-bar__item reading-bar__comment' onClick={singlePage ? showFullServiceHint : onComment}>
          <Image className='reading-bar__icon' src={commentIcon} />
          <Text className='reading-bar__label'>留言</Text>
        </View>
      </View>
    </>
  )
}
