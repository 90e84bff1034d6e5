import { Button, Input, View } from '@tarojs/components'
import type { ImportState } from '../../hooks/useImportLink'
import './index.scss'

interface Props {
  url: string
  onUrl: (url: string) => void
  state: ImportState
  onSubmit: () => void
  onOpen: (articleId: string) => void
}

/**
 * 导入公众号文章: the link field and 导入, then what happened: the wait (the
 * server fetches the page and its images), the imported article with the
 * importer's warnings, or why it could not be imported, with 重试.
 */
export default function ImportLinkForm({ url, onUrl, state, onSubmit, onOpen }: Props) {
  const importing = state.phase === 'importing'
  return (
    <View className='import-link'>
      <View className='import-link__field'>
        <Input
          className='import-link__input'
          type='text'
          value={url}
          maxlength={2000}
          placeholder='粘贴公众号文章链接 https://mp.weixin.qq.com/s/…'
          confirmType='done'
          disabled={importing}
          onInput={(event) => onUrl(event.detail.value)}
          onConfirm={onSubmit}
        />
      </View>
      <View className='import-link__actions'>
        <Button className='import-link__submit' loading={importing} onClick={onSubmit}>
          {importing ? '正在导入' : '导入'}
        </Button>
      </View>
      {importing && <View className='import-link__status'>正在抓取文章和图片，可能需要十几秒，请不要离开本页…</View>}
      {state.phase === 'error' && (
        <View className='import-link__error'>
          <View className='import-link__error-text'>{state.message}</View>
          <View className='import-link__retry' onClick={onSubmit}>
            重试
          </View>
        </View>
      )}
      {state.phase === 'done' && (
        <View className='import-link__result'>
          <View className='import-link__done'>已导入</View>
          <View className='import-link__title'>{state.result.title}</View>
          {state.result.warnings.length > 0 && (
            <View className='import-link__warnings'>
              <View className='import-link__warnings-head'>导入时有 {state.result.warnings.length} 条提示：</View>
              {state.result.warnings.map((warning, index) => (
                <View key={index} className='import-link__warning'>
                  {warning}
                </View>
              ))}
            </View>
          )}
          <View className='import-link__open' onClick={() => onOpen(state.result.id)}>
            查看文章
          </View>
        </View>
      )}
    </View>
  )
}
