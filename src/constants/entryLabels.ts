import type { Entry } from '../contract/models'

/** DESIGN.md's entries in the operators' words, in the order their tables list them. */
export const ENTRY_LABELS: readonly (readonly [Entry, string])[] = [
  ['qrcode', '扫码'],
  ['poster', '海报'],
  ['chat', '聊天'],
  ['moments', '朋友圈'],
  ['oa', '公众号'],
  ['app', '小程序'],
  ['other', '其他'],
]
