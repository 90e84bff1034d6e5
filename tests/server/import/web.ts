import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Fetcher } from '../../../server/import/fetch/fetcher'
import { FetchFailure } from '../../../server/import/fetch/http-get'
import { fixture } from './helpers'

export type Route = (request: IncomingMessage, response: ServerResponse) => void

/** A web server on 127.0.0.1 standing in for mp.weixin.qq.com or mmbiz.qpic.cn, recording what it was asked. */
export interface WebServer {
  /** `http://127.0.0.1:<port>` */
  origin: string
  /** `127.0.0.1:<port>`, as WTT_IMPORT_HOSTS names it. */
  host: string
  /** Paths asked for, in order, query included. */
  requests: string[]
  route(path: string, handler: Route): void
  close(): Promise<void>
}

/** Routes by path (the query is ignored); anything else is a 404. */
export async function startWebServer(routes: Record<string, Route> = {}): Promise<WebServer> {
  const table = new Map(Object.entries(routes))
  const requests: string[] = []
  const server = createServer((request, response) => {
    requests.push(request.url ?? '')
    const handler = table.get((request.url ?? '').replace(/\?.*$/, ''))
    if (handler) handler(request, response)
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
  })
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    route: (path, handler) => void table.set(path, handler),
    close: () =>
      new Promise<void>((closed) => {
        // Stalled answers (the slow image) would hold the server open.
        server.closeAllConnections()
        server.close(() => closed())
      }),
  }
}

export const sendFile =
  (file: string, type: string): Route =>
  (_request, response) =>
    void response.writeHead(200, { 'content-type': type }).end(readFileSync(file))

export const sendHtml =
  (html: () => string): Route =>
  (_request, response) =>
    void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html())

export const redirect =
  (location: () => string, status = 302): Route =>
  (_request, response) =>
    void response.writeHead(status, { location: location() }).end()

/** Answers the headers, then nothing, until the client gives up. */
export const stall: Route = (_request, response) => {
  response.writeHead(200, { 'content-type': 'image/jpeg' })
  response.write(Buffer.from([0xff, 0xd8, 0xff]))
}

/** A long answer, and what it sent before its reader hung up. */
export interface Stream {
  route: Route
  /** Bytes handed to the connection by the last request. */
  sent: number
  /** Whether the last request's reader hung up before the end. */
  closedEarly: boolean
  /** Settles when the last request's connection has closed. */
  closed: Promise<void>
}

/**
 * Streams `total` bytes without a Content-Length (so only counting can stop
 * the reader), in 64 KB pieces, as fast as the reader takes them.
 */
export function streamBytes(total: number, type: string): Stream {
  const stream: Stream = {
    sent: 0,
    closedEarly: false,
    closed: Promise.resolve(),
    route(_request, response) {
      stream.sent = 0
      stream.closed = new Promise((closed) =>
        response.on('close', () => {
          stream.closedEarly = stream.sent < total
          closed()
        }),
      )
      response.writeHead(200, { 'content-type': type })
      const piece = Buffer.alloc(64 * 1024, 0x20)
      const push = () => {
        while (stream.sent < total) {
          stream.sent += piece.length
          if (!response.write(piece)) return void response.once('drain', push)
        }
        response.end()
      }
      push()
    },
  }
  return stream
}

/** An official-account page fixture, pointed at the test servers. */
export function pageFixture(name: string, origins: { page: string; images: string; private?: string }) {
  return readFileSync(fixture('official-account', 'pages', name), 'utf8')
    .replaceAll('{{ORIGIN}}', origins.page)
    .replaceAll('{{IMAGES}}', origins.images)
    .replaceAll('{{PRIVATE}}', origins.private ?? origins.images)
}

/**
 * The web as the file importer's tests see it: these addresses answer these
 * files' bytes, any other is a 404. The HTTP path itself is tested against
 * real servers (import-url.test.ts, fetcher.test.ts).
 */
export function fakeWeb(files: Record<string, string>): Fetcher & { asked: string[] } {
  const asked: string[] = []
  const answer = async (url: URL) => {
    asked.push(url.href)
    const file = files[url.href]
    if (!file) throw new FetchFailure('missing', `${url.host} 答复 HTTP 404`)
    return { url, body: readFileSync(file) }
  }
  return { asked, page: answer, image: answer }
}
