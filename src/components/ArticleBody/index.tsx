import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Block, ImageBlock } from '../../contract/models'
import type { FontSize } from '../../device/fontSize'
import { copyText } from '../../utils/clipboard'
import BodyImage from './BodyImage'
import Spans from './Spans'
import './index.scss'

interface Props {
  /** All the article's blocks: 预览 pages through every image. */
  blocks: Block[]
  /** Draws the blocks before this one only (a long article comes in pieces, useArticleBody). */
  end?: number
  /** The reader's choice (useFontSize); 标准 when not given. */
  fontSize?: FontSize
}

/** Renders the article's stored blocks; the client never parses HTML. */
export default function ArticleBody({ blocks, end = blocks.length, fontSize = 'standard' }: Props) {
  const images = blocks.filter((block): block is ImageBlock => block.type === 'image').map((block) => block.src)
  const preview = (current: string) => Taro.previewImage({ current, urls: images })

  return (
    <View className={fontSize === 'standard' ? 'article-body' : `article-body article-body--${fontSize}`}>
      {blocks.slice(0, end).map((block, index) => {
        switch (block.type) {
          case 'heading':
            return (
              <View key={index} className={`article-body__heading article-body__heading--${block.level}`}>
                {block.text}
              </View>
            )
          case 'paragraph':
            return (
              <View key={index} className='article-body__paragraph'>
                <Spans spans={block.spans} onLink={copyText} />
              </View>
            )
          case 'quote':
            return (
              <View key={index} className='article-body__quote'>
                <Spans spans={block.spans} onLink={copyText} />
              </View>
            )
          case 'list':
            return (
              // Ten items or more: markers as wide as two digits, so that 9. and 10. line up.
              <View
                key={index}
                className={`article-body__list${block.ordered && block.items.length >= 10 ? ' article-body__list--wide' : ''}`}
              >
                {block.items.map((item, position) => (
                  <View key={position} className='article-body__item'>
                    <View className={`article-body__marker${block.ordered ? ' article-body__marker--number' : ''}`}>
                      {block.ordered ? `${position + 1}.` : '•'}
                    </View>
                    <View className='article-body__item-text'>
                      <Spans spans={item} onLink={copyText} />
                    </View>
                  </View>
                ))}
              </View>
            )
          case 'image':
            return <BodyImage key={index} image={block} onOpen={preview} />
        }
      })}
    </View>
  )
}
