import type { ApiError, ApiResponse, ErrorCode } from '../../src/contract/api'

/** The HTTP status the local host answers for each error code. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  INVALID_ARGUMENT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  UPSTREAM: 502,
  INTERNAL: 500,
}

const DEFAULT_MESSAGE: Record<ErrorCode, string> = {
  INVALID_ARGUMENT: '请求参数有误',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限进行此操作',
  NOT_FOUND: '内容不存在',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  UPSTREAM: '微信服务繁忙，请稍后再试',
  INTERNAL: '服务开小差了，请稍后再试',
}

/** An error meant for the caller: its message is shown to the reader as is. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = DEFAULT_MESSAGE[code],
  ) {
    super(message)
    this.name = 'ApiFailure'
  }

  toJSON(): ApiError {
    return { code: this.code, message: this.message }
  }

  /**
   * Whether an error is meant for the caller. Checked by name and code as
   * well as by class: the cloud function's link importer is bundled apart
   * (server/functions/api) with a copy of this class of its own.
   */
  static is(error: unknown): error is ApiFailure {
    if (error instanceof ApiFailure) return true
    const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown }
    return (
      error instanceof Error &&
      name === 'ApiFailure' &&
      typeof code === 'string' &&
      Object.prototype.hasOwnProperty.call(HTTP_STATUS, code)
    )
  }
}

export const invalid = (message: string) => new ApiFailure('INVALID_ARGUMENT', message)
export const notFound = (message: string) => new ApiFailure('NOT_FOUND', message)

/** The contract's failure envelope, `{ ok: false, error: { code, message } }`. */
export const failure = (code: ErrorCode, message?: string): ApiResponse => ({
  ok: false,
  error: new ApiFailure(code, message).toJSON(),
})
