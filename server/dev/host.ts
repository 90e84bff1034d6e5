import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyInstance } from 'fastify'
import { existsSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import type { ApiResponse } from '../../src/contract/api'
import type { ContentCheck } from '../core/content-check'
import { HTTP_STATUS } from '../core/errors'
import { ID_PATTERN } from '../../src/contract/rules'
import type { PhoneProvider } from '../core/phone'
import { dispatch } from '../handlers'
import { createFetcher } from '../import/fetch/fetcher'
import type { ImportServices } from '../import/link/services'
import { localMediaStore } from '../import/media-store'
import type { Store } from '../store/types'
import { devContentCheck } from './content-check'
import { devPhoneProvider } from './phone'
import { localQrCodeMaker } from './qrcode'
import { thumbnailFile } from './thumbnails'

/** Room for the longest article an operator upserts, small enough to shrug off abuse. */
export const BODY_LIMIT = 1024 * 1024

export interface HostOptions {
  store: Store
  /** The h5 build to serve at `/`, if built. */
  webRoot?: string
  /** Imported and seeded images, served at `/media/`. */
  mediaRoot: string
  admins?: ReadonlySet<string>
  /** WeChat's phone-number exchange; locally the dev stand-in (`dev-<11 digits>`). */
  phone?: PhoneProvider
  /** WeChat's content check; locally the dev stand-in (违规测试 risky, 待审测试 review). */
  contentCheck?: ContentCheck
  now?: () => Date
  /** Import by link: fetches from mp.weixin.qq.com (and WTT_IMPORT_HOSTS), stores images in `mediaRoot`. */
  importer?: ImportServices
}

const failure = (code: 'INVALID_ARGUMENT', message: string): ApiResponse => ({
  ok: false,
  error: { code, message },
})

/**
 * The local host: `POST /api` over the same handlers as the cloud function,
 * plus the h5 app and the media files, on one origin.
 */
export async function createHost({
  store,
  webRoot,
  mediaRoot,
  admins = new Set(),
  phone = devPhoneProvider,
  contentCheck = devContentCheck,
  now = () => new Date(),
  importer = { fetcher: createFetcher(), media: localMediaStore(mediaRoot) },
}: HostOptions) {
  const app: FastifyInstance = Fastify({ bodyLimit: BODY_LIMIT, logger: false })

  // The body is parsed by the route, whatever its content type, so that a
  // malformed one gets the contract's 400 envelope rather than fastify's own.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body))

  app.setErrorHandler((error: { statusCode?: number }, _req, reply) => {
    const status = error.statusCode ?? 500
    if (status === 413) return reply.status(413).send(failure('INVALID_ARGUMENT', '请求内容过大'))
    if (status >= 400 && status < 500) return reply.status(400).send(failure('INVALID_ARGUMENT', '请求格式有误'))
    console.error('[host] unexpected failure', error)
    return reply.status(500).send({ ok: false, error: { code: 'INTERNAL', message: '服务开小差了，请稍后再试' } })
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
    // QR codes point back at this host as the operator reached it.
    const qrcode = localQrCodeMaker(mediaRoot, `${request.protocol}://${request.headers.host ?? '127.0.0.1'}`)
    const answer = await dispatch(body, {
      store,
      openid: header ?? null,
      now,
      admins,
      phone,
      qrcode,
      contentCheck,
      importer,
    })
    return reply.status(answer.ok ? 200 : HTTP_STATUS[answer.error.code]).send(answer)
  })

  // `w/<width>` for list thumbnails, `c/<width>x<height>` for cropped covers.
  app.get<{ Params: { kind: string; size: string; name: string } }>(
    '/media/:kind/:size/:name',
    async (request, reply) => {
      const { kind, size, name } = request.params
      const file = kind === (size.includes('x') ? 'c' : 'w') ? await thumbnailFile(mediaRoot, size, name) : null
      if (!file) return reply.status(404).send({ ok: false, error: { code: 'NOT_FOUND', message: '图片不存在' } })
      return reply.header('cache-control', 'public, max-age=604800').sendFile(basename(file), dirname(file))
    },
  )
  await app.register(fastifyStatic, { root: mediaRoot, prefix: '/media/', maxAge: '7d' })
  if (webRoot && existsSync(webRoot))
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', decorateReply: false })

  return app
}
