import { Button, Textarea, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
// LoginSheet before PrivacySheet: PhoneLogin's styles come before BottomSheet's wherever both load (see 我的).
import LoginSheet from '../../components/LoginSheet'
import PrivacySheet from '../../components/PrivacySheet'
import StatusView from '../../components/StatusView'
import { COMMENT_MAX_CHARS } from '../../contract/rules'
import { useCommentComposer } from '../../hooks/useCommentComposer'
import { articleIdOf } from '../../utils/articleLinks'
import { goHome } from '../../utils/navigation'
import './index.scss'

export default function CommentComposerPage() {
  const { params } = useRouter()
  const articleId = articleIdOf(params)
  const composer = useCommentComposer(articleId)
  if (!articleId)
    return <StatusView title='找不到这篇文章' description='链接可能有误' actionText='返回首页' onAction={goHome} />
  return (
    <View className='comment-composer'>
      {composer.error && <View className='comment-composer__error'>{composer.error}</View>}
      <View className='comment-composer__box'>
        <Textarea
          className='comment-composer__input'
          value={composer.text}
          placeholder='写下你的看法，经作者精选后对所有人可见'
          placeholderClass='comment-composer__placeholder'
          maxlength={-1}
          focus
          disabled={composer.sending}
          disableDefaultPadding
          onInput={(event) => composer.change(event.detail.value)}
        />
        <View className={`comment-composer__count${composer.over ? ' comment-composer__count--over' : ''}`}>
          {composer.over
            ? `已超出 ${composer.length - COMMENT_MAX_CHARS} 字`
            : `${composer.length}/${COMMENT_MAX_CHARS}`}
        </View>
      </View>
      <View className='comment-composer__hint'>首尾的空白不计入字数，连续的空格或空行只算一个。</View>
      <Button
        // Its state in a class, not `disabled`: Taro's browser build greys a button out for any disabled attribute, "false" too.
        className={`comment-composer__send${composer.canSend ? '' : ' comment-composer__send--off'}`}
        loading={composer.sending}
        onClick={composer.send}
      >
        {composer.sending ? '发送中' : '发送'}
      </Button>
      {composer.askingLogin && (
        <LoginSheet open title='登录后发表留言' onClose={composer.cancelLogin} onSignedIn={composer.onSignedIn} />
      )}
      {/* The phone-number button is a privacy API: WeChat asks for consent first, through this sheet. */}
      <PrivacySheet />
    </View>
  )
}
