import type { ContentCheck, ContentVerdict } from '../../core/content-check'

interface MsgSecCheckAnswer {
  errCode?: number | string
  errcode?: number | string
  errMsg?: string
  result?: { suggest?: string; label?: number }
}

type OpenApi = {
  security: {
    msgSecCheck(input: { openid: string; scene: number; version: number; content: string }): Promise<MsgSecCheckAnswer>
  }
}

/** Scene 2 is 评论 (comments) in msgSecCheck's version 2. */
const COMMENT_SCENE = 2
/** What version 1 answered for risky text; version 2 may still use it. */
const RISKY_CONTENT = 87014
const VERDICTS: readonly string[] = ['pass', 'review', 'risky'] satisfies ContentVerdict[]

const codeOf = (answer: unknown) => {
  const { errCode, errcode } = (answer ?? {}) as MsgSecCheckAnswer
  return Number(errCode ?? errcode ?? 0)
}

/**
 * WeChat's security.msgSecCheck, version 2, through the cloud function's open
 * API (declared in config.json): the verdict is `result.suggest`. An answer
 * without one is a failure (nothing is stored), not a pass.
 */
export function openApiContentCheck(openapi: OpenApi): ContentCheck {
  return {
    async check({ text, openid }) {
      let answer: MsgSecCheckAnswer
      try {
        answer = await openapi.security.msgSecCheck({ openid, scene: COMMENT_SCENE, version: 2, content: text })
      } catch (error) {
        if (codeOf(error) === RISKY_CONTENT) return 'risky'
        throw error
      }
      if (codeOf(answer) === RISKY_CONTENT) return 'risky'
      if (codeOf(answer) !== 0) throw answer
      const suggest = answer.result?.suggest
      if (suggest === undefined || !VERDICTS.includes(suggest))
        throw Object.assign(new Error('no verdict in the answer'), { errCode: -1, answer })
      return suggest as ContentVerdict
    },
  }
}
