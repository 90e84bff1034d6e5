import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Action, ApiResponse, Data, Payload } from '../src/contract/api'

export interface RunningHost {
  url: string
  dataDir: string
  /**
   * An action sent straight to the host as `openid` (null: an anonymous
   * caller), past the app, as that reader's app would send it: a test's or a
   * script's setting up and checking. A refusal throws.
   */
  callAs<A extends Action>(openid: string | null, action: A, payload: Payload<A>): Promise<Data<A>>
  stop(): Promise<void>
}

/**
 * `npm start`'s server (server/dev/main.ts, serving the h5 build in
 * dist-h5/) on a free port and a fresh data folder, seeded with the sample
 * articles; `stop()` ends it and deletes the folder. `env` adds to its
 * environment, e.g. `{ WTT_ADMIN_OPENIDS: 'e2e-admin' }`. For the e2e tests
 * and `npm run shots`.
 */
export function startHost({ env = {} }: { env?: Record<string, string> } = {}): Promise<RunningHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wtt-e2e-'))
  const child: ChildProcess = spawn(join('node_modules', '.bin', 'tsx'), ['server/dev/main.ts'], {
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', WTT_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  // However it ends (stopped, crashed, never started), its data goes with it.
  child.once('exit', () => rmSync(dataDir, { recursive: true, force: true }))
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  const hostAt = (url: string): RunningHost => ({
    url,
    dataDir,
    stop,
    async callAs(openid, action, payload) {
      const response = await fetch(`${url}/api`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(openid === null ? {} : { 'x-wtt-openid': openid }) },
        body: JSON.stringify({ action, payload }),
      })
      const answer = (await response.json()) as ApiResponse<typeof action>
      if (!answer.ok) throw new Error(`${action}: ${answer.error.code} ${answer.error.message}`)
      return answer.data
    },
  })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM')
      reject(new Error(`host did not start:\n${output}`))
    }, 30_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = output.match(/(http:\/\/[^\s/]+)\//)
      if (match) {
        clearTimeout(timer)
        resolve(hostAt(match[1]))
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)))
  })
}
