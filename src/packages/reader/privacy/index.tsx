import { View } from '@tarojs/components'
import { BRAND_NAME } from '../../../constants/brand'
import { openPrivacyContract } from '../../../device/privacy'
import { POLICY, POLICY_ISSUER } from './content'
import './index.scss'

export default function PrivacyPage() {
  return (
    <View className='privacy-page'>
      <View className='privacy-page__title'>{BRAND_NAME}隐私政策</View>
      <View className='privacy-page__issuer'>
        <View>运营者：{POLICY_ISSUER.operator}</View>
        <View>生效日期：{POLICY_ISSUER.effectiveDate}</View>
      </View>
      {POLICY.map((section) => (
        <View key={section.title} className='privacy-page__section'>
          <View className='privacy-page__heading'>{section.title}</View>
          {section.paragraphs.map((paragraph) => (
            <View key={paragraph} className='privacy-page__paragraph'>
              {paragraph}
            </View>
          ))}
        </View>
      ))}
      {/* The guide filed with WeChat, which only WeChat can open. */}
      {process.env.TARO_ENV === 'weapp' && (
        <View className='privacy-page__contract' onClick={openPrivacyContract}>
          查看《{BRAND_NAME}隐私保护指引》
        </View>
      )}
    </View>
  )
}
