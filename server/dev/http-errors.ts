import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import type { ErrorCode } from '../../src/contract/api'
import { failure } from '../core/errors'

/**
 * What the host answers when a request is refused before any action runs,
 * by HTTP status: the contract's code and a sentence fit to show. The status
 * says more than the code where HTTP has a word for it (413, 415, 405...).
 */
const REFUSALS: Record<number, [ErrorCode, string]> = {
  400: ['INVALID_ARGUMENT', '请求格式有误'],
  403: ['FORBIDDEN', '没有权限访问此地址'],
  404: ['NOT_FOUND', '没有这个地址'],
  405: ['INVALID_ARGUMENT', '请用 POST 调用 /api'],
  408: ['INVALID_ARGUMENT', '请求超时，请重试'],
  413: ['INVALID_ARGUMENT', '请求内容过大'],
  415: ['INVALID_ARGUMENT', '请以 JSON 发送请求（Content-Type: application/json）'],
  431: ['INVALID_ARGUMENT', '请求头过大'],
}

/** The envelope for a refusal; an unlisted 4xx is answered as 400. */
function refusal(status: number) {
  const known = status in REFUSALS ? status : 400
  const [code, message] = REFUSALS[known]
  return { status: known, body: failure(code, message) }
}

export function refuse(reply: FastifyReply, status: number) {
  const { status: sent, body } = refusal(status)
  return reply.status(sent).send(body)
}

/** Fastify's and its plugins' errors (body too large, media type, a bad range...) in the envelope; 5xx is a bug. */
export function onError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode ?? 500
  if (status < 500) return refuse(reply, status)
  console.error('[host] unexpected failure', error)
  return reply.status(500).send(failure('INTERNAL'))
}

/**
 * Requests node's HTTP parser gives up on, before fastify sees them: a
 * stalled one (408, after the request timeout), oversized headers (431),
 * anything unparsable (400). The socket is closed after the answer.
 */
export function onClientError(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400
  const body = JSON.stringify(refusal(status).body)
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    )
  socket.destroy()
}
