import { request } from 'node:http'

export interface RawAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
  /** The body as JSON, or undefined when it is not JSON. */
  json(): unknown
}

/**
 * A request sent as written: unlike fetch and fastify's inject, node's
 * http.request neither normalises the path (`/media/../x`, `%2e%2e`,
 * backslashes reach the server as they are) nor refuses a Host header.
 */
export function rawRequest(
  origin: string,
  path: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  const { hostname, port } = new URL(origin)
  return new Promise((resolve, reject) => {
    const sent = request({ host: hostname, port, method, path, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const buffer = Buffer.concat(chunks)
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: buffer,
          json() {
            try {
              return JSON.parse(buffer.toString('utf8')) as unknown
            } catch {
              return undefined
            }
          },
        })
      })
      response.on('error', reject)
    })
    sent.on('error', reject)
    sent.end(body)
  })
}

/** `{ ok: false, error: { code, message } }` with a Chinese message, as the contract's envelope. */
export const failureEnvelope = (code: string) => ({
  ok: false,
  error: { code, message: expect.stringMatching(/[\u4e00-\u9fff]/) as unknown as string },
})
