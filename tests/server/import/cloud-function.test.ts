import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Metafile } from 'esbuild'
import type { ApiResponse } from '../../../src/contract/api'
import { buildCloudFunction, CLOUD_FUNCTION_FILES, inputsOf } from '../../../scripts/cloud-function'
import { createStandInDatabase } from '../../support/cloud-db'
import { startWebServer, type WebServer } from './web'

// The bundle's require('wx-server-sdk') gets this stand-in: an in-memory
// database, an admin caller, and cloud storage that records uploads.
const mockDatabase = createStandInDatabase({ style: 'wx' })
const mockUploads: string[] = []
jest.mock(
  'wx-server-sdk',
  () => ({
    DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
    init: jest.fn(),
    database: () => mockDatabase,
    getWXContext: () => ({ OPENID: 'boss-openid' }),
    uploadFile: async ({ cloudPath }: { cloudPath: string }) => {
      mockUploads.push(cloudPath)
      return { fileID: `cloud://env.bucket/${cloudPath}` }
    },
  }),
  { virtual: true },
)

/** Import by link as deployed: the cloud function's own fetcher, which knows mp.weixin.qq.com alone. */
describe('the api cloud function’s import by link', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'wtt-cloud-import-'))
  let metafile: Metafile
  let server: WebServer
  let main: (event: unknown) => Promise<ApiResponse>

  beforeAll(async () => {
    metafile = await buildCloudFunction(outDir)
    server = await startWebServer()
    // Set where the local host would read it: the cloud function must not.
    process.env.WTT_IMPORT_HOSTS = server.host
    process.env.WTT_ADMIN_OPENIDS = 'boss-openid'
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    main = require(join(outDir, 'index.js')).main
  }, 60_000)

  afterAll(async () => {
    delete process.env.WTT_IMPORT_HOSTS
    await server.close()
    rmSync(outDir, { recursive: true, force: true })
  })

  it('carries the importer in a file of its own, loaded on first use, without the local host’s allow-list', () => {
    const importerInputs = inputsOf(metafile, CLOUD_FUNCTION_FILES.linkImporter)
    expect(importerInputs).toEqual(
      expect.arrayContaining(['server/import/link/import-link.ts', 'server/import/cloud-media.ts']),
    )
    // What every reader's call loads holds none of it: no parser, no entity tables, no image sizes.
    expect(
      inputsOf(metafile, CLOUD_FUNCTION_FILES.entry).filter((path) =>
        /server\/import\/(?!link\/services)|htmlparser2|entities|image-size|ipaddr/.test(path),
      ),
    ).toEqual([])
    expect(
      Object.keys(metafile.inputs).filter((path) =>
        /server\/dev\/|node-sdk|markdown-it|js-yaml|gray-matter|sharp/.test(path),
      ),
    ).toEqual([])
    for (const file of Object.values(CLOUD_FUNCTION_FILES))
      expect(readFileSync(join(outDir, file), 'utf8')).not.toContain('WTT_IMPORT_HOSTS')
    expect(statSync(join(outDir, CLOUD_FUNCTION_FILES.entry)).size).toBeLessThanOrEqual(150 * 1024)
  })

  it('fetches from mp.weixin.qq.com only, whatever WTT_IMPORT_HOSTS says', async () => {
    const answer = await main({
      action: 'admin.articles.importUrl',
      payload: { url: `${server.origin}/s/keqiao-autumn` },
    })
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        message: `只能导入 mp.weixin.qq.com 上的文章，${server.host} 不在允许列表中`,
      },
    })
    expect(server.requests).toEqual([])
    expect(mockUploads).toEqual([])
    expect(mockDatabase.dump('articles')).toEqual([])
  })
})
