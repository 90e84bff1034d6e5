import { ApiFailure } from './errors'

/** WeChat's open-API error codes that the contract names. */
const CODE_REJECTED = 40029
const OVER_QUOTA = 45011

function errCodeOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const { errCode, errcode } = error as { errCode?: unknown; errcode?: unknown }
  const code = errCode ?? errcode
  return typeof code === 'number' ? code : typeof code === 'string' && /^-?\d+$/.test(code) ? Number(code) : undefined
}

/**
 * A failed call to WeChat's services as the contract's error: a rejected code
 * INVALID_ARGUMENT, over quota RATE_LIMITED, anything else UPSTREAM. The
 * detail goes to the function's log, never to the reader.
 */
export function wechatFailure(error: unknown, call: string, rejected: string): ApiFailure {
  const code = errCodeOf(error)
  console.error(`[wechat] ${call} failed`, code ?? '', error)
  if (code === CODE_REJECTED) return new ApiFailure('INVALID_ARGUMENT', rejected)
  if (code === OVER_QUOTA) return new ApiFailure('RATE_LIMITED', '请求太频繁，请稍后再试')
  return new ApiFailure('UPSTREAM', '微信服务繁忙，请稍后再试')
}
