import Taro from '@tarojs/taro'
import { toast } from './feedback'

/**
 * A mini-program cannot open outside pages (a web-view needs a registered
 * domain): links and addresses are copied instead, and the reader told so.
 */
export function copyText(text: string, done = '链接已复制') {
  Taro.setClipboardData({ data: text })
    .then(() => toast(done))
    .catch(() => toast('复制失败，请稍后重试'))
}
