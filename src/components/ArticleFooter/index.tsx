import { Button, Text, View } from '@tarojs/components'
import { BRAND_NAME, CONTACT_EMAIL } from '../../constants/brand'
import type { Article } from '../../contract/models'
import { copyText } from '../../utils/clipboard'
import './index.scss'

interface Props {
  article: Article
  /** Single-page mode disables open-type buttons: 客服 is reached by e-mail there, as on h5. */
  singlePage: boolean
}

/**
 * What closes every article: its tags, 原文链接 for a repost (copied, as a
 * mini-program cannot open it), 文章来源, and the 免责声明 with a way to
 * reach 梧桐台 — WeChat's 客服 where it can open, the e-mail (copied) elsewhere.
 */
export default function ArticleFooter({ article, singlePage }: Props) {
  const { tags = [], sourceUrl } = article
  const contactButton = process.env.TARO_ENV === 'weapp' && !singlePage
  return (
    <View className='article-footer'>
      {tags.length > 0 && (
        <View className='article-footer__tags'>
          {tags.map((tag) => (
            <Text key={tag} className='article-footer__tag'>
              #{tag}
            </Text>
          ))}
        </View>
      )}
      {sourceUrl && (
        <View className='article-footer__original' onClick={() => copyText(sourceUrl)}>
          原文链接
          <Text className='article-footer__original-url'>{sourceUrl}</Text>
        </View>
      )}
      <View className='article-footer__source'>
        文章来源：<Text className='article-footer__source-name'>{article.source}</Text>
        {article.author && <Text className='article-footer__author'>作者：{article.author}</Text>}
      </View>
      <View className='article-footer__disclaimer'>
        <View className='article-footer__disclaimer-title'>免责声明</View>
        <View>
          本文仅供行业交流参考，不构成任何投资或经营建议；转载内容的观点不代表{BRAND_NAME}
          立场，版权归原作者所有。如涉及版权问题，请通过在线客服或发送邮件至 {CONTACT_EMAIL}{' '}
          与我们联系，我们将及时处理。
        </View>
        {contactButton ? (
          <Button className='article-footer__contact' openType='contact'>
            联系客服
          </Button>
        ) : (
          <View className='article-footer__contact' onClick={() => copyText(CONTACT_EMAIL, '邮箱已复制')}>
            复制邮箱
          </View>
        )}
      </View>
    </View>
  )
}
