import { cloudTarget, openCloudApp, type CloudApp } from '../../../server/import/cloud-target'
import { dryRunTarget } from '../../../server/import/dry-run'
import { importArticles } from '../../../server/import/run-import'
import { createCloudStore } from '../../../server/store/cloudbase'
import { nodeSdkDriver } from '../../../server/store/cloudbase/driver'
import { createStandInDatabase } from '../../support/cloud-db'
import { fixture } from './helpers'
import { fakeWeb } from './web'

/** The markdown fixture's one remote image. */
const web = () => fakeWeb({ 'https://img.example.com/wool/fabric.jpg': fixture('web', 'wool-fabric.jpg') })

/** @cloudbase/node-sdk's app, on the stand-in database, with cloud storage that records uploads. */
function standInApp() {
  const database = createStandInDatabase({ style: 'node' })
  const uploads: { cloudPath: string; bytes: number }[] = []
  const app: CloudApp = {
    database: () => database,
    async uploadFile({ cloudPath, fileContent }) {
      uploads.push({ cloudPath, bytes: fileContent.length })
      return { fileID: `cloud://prod-env.7072-prod-env-1300000000/${cloudPath}` }
    },
  }
  return { app, database, uploads }
}

describe('npm run import -- --target cloud', () => {
  it('writes through the CloudBase store and puts every image in cloud storage, by file id', async () => {
    const { app, database, uploads } = standInApp()
    const report = await importArticles([fixture('markdown')], cloudTarget(app), { fetcher: web() })
    expect(report.failed).toEqual([])
    expect(report.imported).toHaveLength(1)

    expect(uploads.length).toBeGreaterThan(0)
    expect(uploads.every((upload) => upload.cloudPath.startsWith('media/') && upload.bytes > 0)).toBe(true)
    const [doc] = database.dump('articles')
    const images = (doc.blocks as { type: string; src: string }[]).filter((block) => block.type === 'image')
    // Two local images and one downloaded: none keeps an address of the web.
    expect(images).toHaveLength(3)
    expect(uploads).toHaveLength(3)
    expect(images.every((image) => image.src.startsWith('cloud://prod-env.'))).toBe(true)
    expect(doc.published).toBe(true)

    // The function's own store reads what the importer wrote.
    const store = createCloudStore(nodeSdkDriver(database))
    expect((await store.listArticles({ limit: 10 })).map((article) => article.id)).toEqual([doc._id])
  })

  it('keeps the read count when the same article is imported again', async () => {
    const { app, database } = standInApp()
    await importArticles([fixture('markdown')], cloudTarget(app), { fetcher: web() })
    const store = createCloudStore(nodeSdkDriver(database))
    const [{ id }] = await store.listArticles({ limit: 1 })
    await store.openArticle(id, {
      openid: null,
      scene: null,
      entry: 'other',
      channel: null,
      at: '2026-11-27T00:00:00.000Z',
    })
    const again = await importArticles([fixture('markdown')], cloudTarget(app), { fetcher: web() })
    expect(again.updated.map((article) => article.id)).toEqual([id])
    expect((await store.listArticles({ limit: 1 }))[0].readCount).toBe(1)
  })

  it('with --dry-run prints what it would write and writes nothing', async () => {
    const { app, database, uploads } = standInApp()
    const lines: string[] = []
    const report = await importArticles(
      [fixture('markdown')],
      dryRunTarget(cloudTarget(app), (line) => lines.push(line)),
      { fetcher: web() },
    )
    expect(report.imported).toHaveLength(1)
    expect(lines.some((line) => line.includes('写入文章'))).toBe(true)
    expect(lines.filter((line) => line.includes('保存图片'))).toHaveLength(3)
    expect(uploads).toEqual([])
    expect(database.dump('articles')).toEqual([])
    expect(database.dump('categories')).toEqual([])
  })

  it('names the missing API keys instead of connecting', () => {
    expect(() => openCloudApp({ TCB_ENV_ID: 'prod-env' })).toThrow(/TCB_SECRET_ID、TCB_SECRET_KEY/)
  })
})
