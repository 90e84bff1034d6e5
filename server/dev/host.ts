import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ContentCheck } from '../core/content-check'
import { ID_PATTERN } from '../../src/contract/rules'
import { failure, HTTP_STATUS } from '../core/errors'
import type { PhoneProvider } from '../core/phone'
import { dispatch } from '../handlers'
import { createFetcher } from '../import/fetch/fetcher'
import { createLinkImporter } from '../import/link/import-link'
import type { ImportServices } from '../import/link/services'
import { localMediaStore } from '../import/media-store'
import type { Store } from '../store/types'
import { devContentCheck } from './content-check'
import { onClientError, onError, refuse } from './http-errors'
import { mediaPathOf, realFileInside, type MediaFile } from './media-path'
import { devPhoneProvider } from './phone'
import { localQrCodeMaker } from './qrcode'
import { thumbnailFile } from './thumbnails'
import { isTrustedHost, listeningOrigin } from './trusted-host'

/** Room for the longest article an operator upserts, small enough to shrug off abuse. */
export const BODY_LIMIT = 1024 * 1024

/** Time to send a whole request, body included: 1 MB takes 5 s at 200 KB/s. */
const REQUEST_TIMEOUT_MS = 10_000

export interface HostOptions {
  store: Store
  /** The h5 build to serve at `/`, if built. */
  webRoot?: string
  /** Imported and seeded images, served at `/media/`. */
  mediaRoot: string
  /**
   * Where phones and browsers reach the host (WTT_PUBLIC_ORIGIN): QR codes
   * point there, and its host is accepted besides loopback names. Default:
   * the address it listens on.
   */
  publicOrigin?: string
  admins?: ReadonlySet<string>
  /** WeChat's phone-number exchange; locally the dev stand-in (`dev-<11 digits>`). */
  phone?: PhoneProvider
  /** WeChat's content check; locally the dev stand-in (违规测试 risky, 待审测试 review). */
  contentCheck?: ContentCheck
  now?: () => Date
  /** Import by link: fetches from mp.weixin.qq.com (and WTT_IMPORT_HOSTS), stores images in `mediaRoot`. */
  importer?: ImportServices
  /** A request not received in full by then is answered 408 and its connection closed. */
  requestTimeoutMs?: number
}

const HOST_REFUSED = '此地址不能访问本服务，请使用 localhost 或 WTT_PUBLIC_ORIGIN 的地址'

/** A browser opening a page (not a script fetching data) at a path that is neither the API nor an image. */
const opensPage = (request: FastifyRequest) =>
  (request.method === 'GET' || request.method === 'HEAD') &&
  !/^\/(api|media)(\/|$)/.test(request.url) &&
  (request.headers.accept ?? '').includes('text/html')

/**
 * The local host: `POST /api` over the same handlers as the cloud function,
 * plus the h5 app and the media files, on one origin.
 */
export async function createHost({
  store,
  webRoot,
  mediaRoot,
  publicOrigin,
  admins = new Set(),
  phone = devPhoneProvider,
  contentCheck = devContentCheck,
  now = () => new Date(),
  importer = { fetcher: createFetcher(), media: localMediaStore(mediaRoot) },
  requestTimeoutMs = REQUEST_TIMEOUT_MS,
}: HostOptions) {
  const app: FastifyInstance = Fastify({
    bodyLimit: BODY_LIMIT,
    logger: false,
    requestTimeout: requestTimeoutMs,
    // Node checks for stalled requests only this often (30 s by default).
    http: { headersTimeout: requestTimeoutMs, connectionsCheckingInterval: Math.min(1000, requestTimeoutMs / 2) },
    clientErrorHandler: onClientError,
    frameworkErrors: (error, request, reply) => void onError(error, request, reply),
  })
  const origin = () => publicOrigin ?? listeningOrigin(app.server.address())
  const linkImporter = createLinkImporter(importer)

  app.addHook('onRequest', async (request, reply) => {
    if (!isTrustedHost(request.headers.host, origin()))
      return reply.status(403).send(failure('FORBIDDEN', HOST_REFUSED))
  })

  // Only JSON: a text/plain or form body is what another site's page may
  // send without the browser asking first (no CORS preflight). Kept as a
  // string, so that malformed JSON gets the contract's 400 envelope.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => done(null, body))
  app.setErrorHandler(onError)
  app.setNotFoundHandler((request, reply) => {
    if (webRoot && existsSync(join(webRoot, 'index.html')) && opensPage(request))
      return reply
        .status(404)
        .type('text/html; charset=utf-8')
        .send(readFileSync(join(webRoot, 'index.html')))
    return refuse(reply, 404)
  })

  app.post('/api', async (request, reply) => {
    let body: unknown
    try {
      body = JSON.parse(typeof request.body === 'string' ? request.body : '')
    } catch {
      return reply.status(400).send(failure('INVALID_ARGUMENT', '请求体不是有效的 JSON'))
    }
    const header = request.headers['x-wtt-openid']
    if (header !== undefined && (typeof header !== 'string' || !ID_PATTERN.test(header)))
      return reply.status(400).send(failure('INVALID_ARGUMENT', 'x-wtt-openid 格式不正确'))
    const qrcode = localQrCodeMaker(mediaRoot, origin())
    const answer = await dispatch(body, {
      store,
      openid: header ?? null,
      now,
      admins,
      phone,
      qrcode,
      contentCheck,
      importer: linkImporter,
    })
    return reply.status(answer.ok ? 200 : HTTP_STATUS[answer.error.code]).send(answer)
  })
  app.route({
    method: ['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'],
    url: '/api',
    handler: (_request, reply) => refuse(reply.header('allow', 'POST'), 405),
  })

  // Registered for reply.sendFile only: every media path is checked here first.
  await app.register(fastifyStatic, { root: mediaRoot, serve: false, maxAge: '7d' })
  const sendMedia = (file: MediaFile | null, reply: FastifyReply) =>
    file ? reply.sendFile(file.path, file.root) : refuse(reply, 404)

  // `w/<width>` for list thumbnails, `c/<width>x<height>` for cropped covers.
  app.get<{ Params: { kind: string; size: string; name: string } }>(
    '/media/:kind/:size/:name',
    async (request, reply) => {
      const { kind, size, name } = request.params
      return sendMedia(
        kind === (size.includes('x') ? 'c' : 'w') ? await thumbnailFile(mediaRoot, size, name) : null,
        reply,
      )
    },
  )
  app.get('/media/*', (request, reply) => {
    // Decoded once, here, from the raw URL: what is checked is what is opened.
    const path = mediaPathOf((request.raw.url ?? '').split('?')[0].slice('/media/'.length))
    return sendMedia(path === null ? null : realFileInside(mediaRoot, path), reply)
  })

  if (webRoot && existsSync(webRoot))
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', decorateReply: false })

  return app
}
