import type { Conversion } from './html/convert'

const shown = (value: string) => value.slice(0, 80)

/** The converter's findings as the importer reports them: what was left out, as written. */
export function conversionWarnings({ skippedImages, skippedLinks }: Conversion): string[] {
  return [
    ...skippedImages.map((src) => (src ? `图片地址不可用：${shown(src)}，已跳过` : '有一张图片没有地址，已跳过')),
    ...skippedLinks.map((href) => `链接 ${shown(href)} 不是 http(s) 网址，只保留文字`),
  ]
}
