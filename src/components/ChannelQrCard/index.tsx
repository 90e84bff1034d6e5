import { Button, Image, Text, View } from '@tarojs/components'
import type { CreatedChannel } from '../../hooks/useChannelCreator'
import './index.scss'

interface Props {
  created: CreatedChannel
  onSave: () => void
  onShare: () => void
}

/** The code just made, to print or pass on: long press works on the image too, as anywhere in WeChat. */
export default function ChannelQrCard({ created, onSave, onShare }: Props) {
  const { channel, qrcode, targetTitle } = created
  return (
    <View className='channel-qr'>
      <View className='channel-qr__title'>「{channel.name}」的二维码</View>
      <Image className='channel-qr__image' src={qrcode.url} showMenuByLongpress />
      {qrcode.localStandIn && <View className='channel-qr__note'>本地生成的示意二维码，非微信小程序码</View>}
      <View className='channel-qr__meta'>扫码打开：{targetTitle ?? '首页资讯列表'}</View>
      <View className='channel-qr__meta'>
        渠道码：<Text userSelect>{channel.code}</Text>
      </View>
      {process.env.TARO_ENV !== 'weapp' && (
        <View className='channel-qr__meta'>
          图片地址：<Text userSelect>{qrcode.url}</Text>
        </View>
      )}
      <View className='channel-qr__actions'>
        <Button className='channel-qr__button channel-qr__button--primary' onClick={onSave}>
          保存到相册
        </Button>
        {process.env.TARO_ENV === 'weapp' && (
          <Button className='channel-qr__button' onClick={onShare}>
            分享
          </Button>
        )}
      </View>
    </View>
  )
}
