import { BRAND_NAME, CONTACT_EMAIL } from '../../../constants/brand'

/** Who answers for readers' data under this policy, and since when its text applies: said at its top. */
export const POLICY_ISSUER = {
  operator: `${BRAND_NAME}纺织服装产业服务平台`,
  effectiveDate: '2026年11月27日',
} as const

export interface PolicySection {
  title: string
  paragraphs: string[]
}

/**
 * What the backend really keeps (server/store: users, favorites, visits, comments) and
 * what 注销账号 really deletes (auth.deleteAccount). Change this text with them.
 */
export const POLICY: PolicySection[] = [
  {
    title: '我们保存什么，为什么',
    paragraphs: [
      '手机号：你点「手机号快捷登录」时由微信提供，用来识别你的账号。完整号码只保存在服务器上，小程序里只显示打码后的号码（如 138****5678）。我们同时记下你第一次是从哪里来的（如聊天分享、扫码），用来了解推广效果。',
      '收藏：你收藏的文章和收藏时间，用来在「我的收藏」里列出。',
      '留言：你在文章下发表的留言是你公开发布的内容。我们保存留言的文字、发表时间和所属文章；留言以「读者」加你手机号的末两位显示（如「读者78」），不显示其他信息。发表前，留言文字会提交给微信做内容安全检测；经作者精选后，所有读者都能看到，精选前只有你自己能看到。你点的赞和举报（举报理由）也会保存，用来计数和处理举报。写了一半的留言只保存在你的手机上。',
      '阅读记录：每次打开文章时记下文章、时间和进入方式（聊天、扫码、朋友圈等），用来统计阅读数。使用完整版小程序时，记录会关联微信为本小程序分配给你的标识（OpenID），用来统计读者数。',
      '阅读历史和缓存的文章：你最近读过的 100 篇文章的记录，以及最近读过的文章和资讯列表的第一页（网络不佳时仍可阅读），只保存在你的手机上，不会上传。',
      '剪贴板和相册：复制文中链接、保存分享海报时使用，我们不读取、不保存其中的内容。',
      '这些信息不会用于上述以外的用途。',
    ],
  },
  {
    title: '保存多久',
    paragraphs: [
      '手机号和收藏：保存到你注销账号为止。退出登录不会删除它们，重新登录后收藏仍在。',
      '留言和点赞：保存到你删除这条留言或注销账号为止。',
      '阅读记录：长期保存，用于阅读统计；注销账号后去掉你的标识，只作为匿名统计保留。',
      '阅读历史和缓存的文章：保存在你的手机上，直到你清空阅读历史、注销账号或删除小程序。',
    ],
  },
  {
    title: '如何删除',
    paragraphs: [
      '删除留言：在文章下你自己的留言旁点「删除」，确认后立即删除，所有人都不再看到。',
      '注销账号：在「我的」点「注销账号」，确认后立即删除你的手机号、全部收藏、留言和点赞，并清除这台手机上的阅读历史、缓存的文章和留言草稿，无法恢复。',
      '清空阅读历史：在「我的」→「阅读历史」点「清空」。',
      `其他问题请发邮件至 ${CONTACT_EMAIL}，我们会尽快回复。`,
    ],
  },
]
