import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import PosterCanvas from '../../components/PosterCanvas'
import PrivacySheet from '../../components/PrivacySheet'
import { posterArticleOf } from '../../utils/posterArticle'

export default function PosterPage() {
  const { params } = useRouter()
  const [article] = useState(() => posterArticleOf(params))
  return (
    <>
      <PosterCanvas article={article} />
      {/* Saving to the album is a privacy API: WeChat asks for consent first, through this sheet. */}
      <PrivacySheet />
    </>
  )
}
