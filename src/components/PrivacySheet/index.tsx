import { Button, Text, View } from '@tarojs/components'
import { BRAND_NAME } from '../../constants/brand'
import { usePrivacyConsent } from '../../hooks/usePrivacyConsent'
import { AGREE_BUTTON_ID, openPrivacyContract } from '../../device/privacy'
import BottomSheet from '../BottomSheet'
import './index.scss'

/**
 * The consent WeChat asks for before a privacy API (the phone-number button,
 * the clipboard, the album) may run: what is collected and why, the full
 * guide, and the reader's answer. 拒绝 only stops that API; every article
 * stays readable.
 */
export default function PrivacySheet() {
  const { asked, agree, refuse } = usePrivacyConsent()
  return (
    <BottomSheet open={asked}>
      <View className='privacy-sheet__title'>隐私保护提示</View>
      <View className='privacy-sheet__text'>
        使用前请阅读
        <Text className='privacy-sheet__link' onClick={openPrivacyContract}>
          《{BRAND_NAME}隐私保护指引》
        </Text>
        。你用手机号登录时，我们收集手机号，用来识别账号、保存收藏，页面上只显示打码后的号码；你发表的留言经精选后公开，署名为「读者」加手机号末两位；复制文中链接会用到剪贴板，保存海报会写入相册。你可以随时删除自己的留言，或在「我的」中注销账号，删除这些信息。
      </View>
      <View className='privacy-sheet__note'>拒绝后，你仍可阅读全部文章。</View>
      <View className='privacy-sheet__actions'>
        <Button className='privacy-sheet__refuse' onClick={refuse}>
          拒绝
        </Button>
        <Button
          id={AGREE_BUTTON_ID}
          className='privacy-sheet__agree'
          openType='agreePrivacyAuthorization'
          onAgreePrivacyAuthorization={agree}
        >
          同意
        </Button>
      </View>
    </BottomSheet>
  )
}
