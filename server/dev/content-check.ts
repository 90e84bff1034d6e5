import type { ContentCheck } from '../core/content-check'

/**
 * The local host's stand-in for WeChat's content check (security.msgSecCheck):
 * a text containing 违规测试 is risky, one containing 待审测试 goes to review,
 * anything else passes. Never in the cloud bundle.
 */
export const devContentCheck: ContentCheck = {
  async check({ text }) {
    if (text.includes('违规测试')) return 'risky'
    if (text.includes('待审测试')) return 'review'
    return 'pass'
  },
}
