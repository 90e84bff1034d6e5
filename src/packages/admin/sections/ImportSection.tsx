import { View } from '@tarojs/components'
import ImportLinkForm from '../../../components/ImportLinkForm'
import { useImportLink } from '../../../hooks/useImportLink'
import { openArticle } from '../../../utils/navigation'

/** 导入: an official-account article by its link. */
export default function ImportSection({ closeIfRefused }: { closeIfRefused: (error: unknown) => void }) {
  const { url, setUrl, state, submit } = useImportLink(closeIfRefused)
  return (
    <View>
      <View className='operators-page__title'>导入公众号文章</View>
      <ImportLinkForm url={url} onUrl={setUrl} state={state} onSubmit={submit} onOpen={openArticle} />
      <View className='operators-page__note'>
        文章的标题、公众号名称、作者、发布时间和正文图片都会一并导入；同一链接再次导入会更新原文章，阅读数保留。
      </View>
    </View>
  )
}
