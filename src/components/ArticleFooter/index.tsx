import { Text, View } from '@tarojs/components'
import type { Article } from '../../contract/models'
import { BRAND_NAME, CONTACT_EMAIL } from '../../constants/brand'
import './index.scss'

/** 文章来源 and the 免责声明 that close every article. */
export default function ArticleFooter({ article }: { article: Article }) {
  return (
    <View className='article-footer'>
      <View className='article-footer__source'>
        文章来源：<Text className='article-footer__source-name'>{article.source}</Text>
        {article.author && <Text className='article-footer__author'>作者：{article.author}</Text>}
      </View>
      <View className='article-footer__disclaimer'>
        <View className='article-footer__disclaimer-title'>免责声明</View>
        <View>
          本文仅供行业交流参考，不构成任何投资或经营建议；转载内容的观点不代表{BRAND_NAME}
          立场，版权归原作者所有。如涉及版权问题，请发送邮件至{' '}
          <Text className='article-footer__email' userSelect>
            {CONTACT_EMAIL}
          </Text>{' '}
          与我们联系，我们将及时处理。
        </View>
      </View>
    </View>
  )
}
