import { useRouter } from '@tarojs/taro'
import PosterCanvas from '../../components/PosterCanvas'
import PrivacySheet from '../../components/PrivacySheet'
import { articleIdOf } from '../../utils/articleLinks'

export default function PosterPage() {
  const { params } = useRouter()
  return (
    <>
      <PosterCanvas articleId={articleIdOf(params)} />
      {/* Saving to the album is a privacy API: WeChat asks for consent first, through this sheet. */}
      <PrivacySheet />
    </>
  )
}
