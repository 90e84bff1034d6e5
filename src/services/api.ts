import Taro from '@tarojs/taro'
import type { Action, ApiRequest, ApiResponse, Data, ErrorCode, Payload } from '../contract/api'
import { devOpenid } from '../device/devIdentity'

/** The contract's codes, plus NETWORK when no answer came back at all. */
export type ClientErrorCode = ErrorCode | 'NETWORK'

export class ApiClientError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ApiClientError'
  }
}

/** The contract's error code of a failed call; undefined for anything else thrown. */
export const errorCodeOf = (error: unknown) => (error instanceof ApiClientError ? error.code : undefined)

const NO_ANSWER = '网络不给力，请检查网络后重试'
const BAD_ANSWER = '服务暂时不可用，请稍后重试'
/** Long enough for an expo hall's network, short enough to offer 重试. */
const TIMEOUT_MS = 15_000

async function send(request: ApiRequest): Promise<unknown> {
  if (process.env.TARO_ENV === 'weapp') {
    const { result } = await Taro.cloud.callFunction({ name: 'api', data: request })
    return result
  }
  const response = await fetch('/api', {
    method: 'POST',
    // The identity WeChat gives a cloud call; the local host reads it from this header.
    headers: { 'content-type': 'application/json', 'x-wtt-openid': devOpenid() },
    body: JSON.stringify(request),
  })
  return response.json().catch(() => undefined)
}

/** A stalled network must end in an error state with 重试, never an endless spinner. */
function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const expiry = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), timeoutMs)
  })
  return Promise.race([promise, expiry]).finally(() => clearTimeout(timer))
}

const isResponse = (value: unknown): value is ApiResponse =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean'

/**
 * Calls one action of the `api` backend: the cloud function on weapp,
 * `POST /api` on h5. Resolves with `data`; rejects with an ApiClientError
 * whose message can be shown to the reader. `timeoutMs` is for the rare
 * action that works for long on the server (import by link).
 */
export async function callApi<A extends Action>(
  action: A,
  payload: Payload<A>,
  { timeoutMs = TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<Data<A>> {
  let answer: unknown
  try {
    answer = await withTimeout(send({ action, payload }), timeoutMs)
  } catch {
    throw new ApiClientError('NETWORK', NO_ANSWER)
  }
  if (!isResponse(answer)) throw new ApiClientError('INTERNAL', BAD_ANSWER)
  if (!answer.ok) throw new ApiClientError(answer.error.code, answer.error.message)
  return answer.data as Data<A>
}
