import { gzipSync } from 'node:zlib'
import { createFetcher, type Fetcher } from '../../../server/import/fetch/fetcher'
import { FetchFailure } from '../../../server/import/fetch/http-get'
import { redirect, startWebServer, streamBytes, type WebServer } from './web'

/** The fetcher's own rules, past what import-url.test.ts shows through the action. */
describe('the importer’s fetcher', () => {
  let server: WebServer
  let fetcher: Fetcher
  const declared = streamBytes(30 * 1024 * 1024, 'image/jpeg')

  beforeAll(async () => {
    server = await startWebServer({
      '/declared-huge': (request, response) => {
        response.setHeader('content-length', String(30 * 1024 * 1024))
        declared.route(request, response)
      },
      '/gzipped': (_request, response) =>
        void response.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(1024))),
      '/to-file': redirect(() => 'file:///etc/passwd'),
      '/to-nowhere': redirect(() => 'http://[::1'),
      ...Object.fromEntries(
        Array.from({ length: 7 }, (_, hop) => [`/hop-${hop}`, redirect(() => `/hop-${hop + 1}`)] as const),
      ),
    })
    fetcher = createFetcher({ extraHosts: [server.host] })
  })
  afterAll(() => server.close())

  const failure = (attempt: Promise<unknown>) =>
    attempt.then(
      () => null,
      (error: unknown) => (error instanceof FetchFailure ? { problem: error.problem, message: error.message } : error),
    )

  it('refuses an answer whose declared length is over the limit, before reading any of it', async () => {
    expect(await failure(fetcher.image(new URL(`${server.origin}/declared-huge`)))).toEqual({
      problem: 'too-large',
      message: '图片超过 20 MB',
    })
    await declared.closed
    expect(declared.closedEarly).toBe(true)
  })

  it('refuses a compressed answer, whose real size a limit on its bytes would not see', async () => {
    expect(await failure(fetcher.page(new URL(`${server.origin}/gzipped`)))).toEqual({
      problem: 'unreachable',
      message: `${server.host} 的答复使用了不支持的压缩格式 gzip`,
    })
  })

  it('checks where each redirect leads, and stops after five', async () => {
    expect(await failure(fetcher.image(new URL(`${server.origin}/to-file`)))).toEqual({
      problem: 'refused',
      message: '只能访问 http 或 https 地址，不能访问 file:',
    })
    expect(await failure(fetcher.image(new URL(`${server.origin}/to-nowhere`)))).toEqual({
      problem: 'unreachable',
      message: `${server.host} 跳转到了无效的地址`,
    })
    server.requests.length = 0
    expect(await failure(fetcher.image(new URL(`${server.origin}/hop-0`)))).toEqual({
      problem: 'unreachable',
      message: `${server.host} 的链接反复跳转，打不开`,
    })
    expect(server.requests).toEqual(['/hop-0', '/hop-1', '/hop-2', '/hop-3', '/hop-4', '/hop-5'])
  })

  it.each([
    ['a loopback address', 'http://127.0.0.1/a.jpg', '127.0.0.1'],
    ['a loopback address written as one number', 'http://2130706433/a.jpg', '127.0.0.1'],
    ['a loopback address in hex', 'http://0x7f.1/a.jpg', '127.0.0.1'],
    ['the unspecified address', 'http://0.0.0.0/a.jpg', '0.0.0.0'],
    ['a private network', 'http://192.168.1.1/a.jpg', '192.168.1.1'],
    ['carrier-grade NAT', 'http://100.64.0.1/a.jpg', '100.64.0.1'],
    ['the cloud metadata service', 'http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['IPv6 loopback', 'http://[::1]/a.jpg', '::1'],
    ['IPv4 inside IPv6', 'http://[::ffff:127.0.0.1]/a.jpg', '::ffff:7f00:1'],
    ['an IPv6 unique-local address', 'http://[fd00::1]/a.jpg', 'fd00::1'],
    ['an IPv6 link-local address', 'http://[fe80::1]/a.jpg', 'fe80::1'],
  ])('refuses %s written into the link, without connecting', async (_label, url, address) => {
    expect(await failure(createFetcher().image(new URL(url)))).toEqual({
      problem: 'refused',
      message: expect.stringContaining(`指向内网或本机地址（${address}）`),
    })
  })
})
