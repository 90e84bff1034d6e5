/**
 * 保存到相册 and 分享 as WeChat answers them, on a recording stand-in of
 * the few wx APIs involved: the album permission granted, refused and
 * allowed again in the settings, and remote pictures downloaded first.
 */

import { saveImageToAlbum, shareImage } from '../../src/device/album'

interface Call {
  api: string
  options?: Record<string, unknown>
}

/** What the reader and WeChat will answer, set by each test. */
const world = {
  calls: [] as Call[],
  /** The album permission: undefined until WeChat has asked. */
  album: undefined as boolean | undefined,
  /** The reader's answer when WeChat asks for the album the first time. */
  allowsWhenAsked: true,
  /** The reader's answer to our explanation (去设置). */
  goesToSettings: true,
  /** What the reader does in the settings page. */
  allowsInSettings: true,
  shareMenu: true,
  /** The HTTP status of a remote picture. */
  downloadStatus: 200,
}

const fail = (errMsg: string) => Promise.reject({ errMsg })

const mockTaro = {
  // As Taro's promisified APIs do: each answers a promise.
  showLoading: async (options: Record<string, unknown>) => void world.calls.push({ api: 'showLoading', options }),
  hideLoading: () => void world.calls.push({ api: 'hideLoading' }),
  showToast: async (options: Record<string, unknown>) => void world.calls.push({ api: 'showToast', options }),
  showModal: (options: Record<string, unknown>) => {
    world.calls.push({ api: 'showModal', options })
    return Promise.resolve({ confirm: world.goesToSettings, cancel: !world.goesToSettings })
  },
  openSetting: () => {
    world.calls.push({ api: 'openSetting' })
    world.album = world.allowsInSettings
    return Promise.resolve({ authSetting: { 'scope.writePhotosAlbum': world.album } })
  },
  downloadFile: (options: { url: string }) => {
    world.calls.push({ api: 'downloadFile', options })
    const ok = world.downloadStatus === 200
    return Promise.resolve({ statusCode: world.downloadStatus, tempFilePath: ok ? 'wxfile://tmp/downloaded.png' : '' })
  },
  saveImageToPhotosAlbum: (options: { filePath: string }) => {
    world.calls.push({ api: 'saveImageToPhotosAlbum', options })
    if (world.album === undefined) world.album = world.allowsWhenAsked // WeChat's own prompt, the first time
    return world.album
      ? Promise.resolve({ errMsg: 'saveImageToPhotosAlbum:ok' })
      : fail('saveImageToPhotosAlbum:fail auth deny')
  },
  canIUse: () => world.shareMenu,
  showShareImageMenu: (options: { path: string }) => {
    world.calls.push({ api: 'showShareImageMenu', options })
    return Promise.resolve({})
  },
  previewImage: (options: { urls: string[] }) => {
    world.calls.push({ api: 'previewImage', options })
    return Promise.resolve({})
  },
}

// Hoisted above everything by jest: the getter defers to the stand-in, defined further down by then.
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  get default() {
    return mockTaro
  },
}))

const apis = () => world.calls.map((call) => call.api)
const toasts = () => world.calls.filter((call) => call.api === 'showToast').map((call) => call.options?.title)
const saved = () =>
  world.calls.filter((call) => call.api === 'saveImageToPhotosAlbum').map((call) => call.options?.filePath)

beforeEach(() => {
  process.env.TARO_ENV = 'weapp'
  Object.assign(world, {
    calls: [],
    album: undefined,
    allowsWhenAsked: true,
    goesToSettings: true,
    allowsInSettings: true,
    shareMenu: true,
    downloadStatus: 200,
  })
})

describe('saveImageToAlbum', () => {
  test('downloads a remote picture, saves the downloaded file and says so', async () => {
    expect(await saveImageToAlbum('https://cdn.example.com/qr/AbC.png')).toBe(true)
    expect(world.calls[1]).toEqual({ api: 'downloadFile', options: { url: 'https://cdn.example.com/qr/AbC.png' } })
    expect(saved()).toEqual(['wxfile://tmp/downloaded.png'])
    expect(toasts()).toEqual(['已保存到相册'])
    expect(apis()).not.toContain('showModal')
  })

  test('saves a picture already on the phone (a poster) without downloading it', async () => {
    expect(await saveImageToAlbum('wxfile://tmp/poster.jpg')).toBe(true)
    expect(apis()).not.toContain('downloadFile')
    expect(saved()).toEqual(['wxfile://tmp/poster.jpg'])
  })

  test('refused at WeChat’s prompt: explains, opens the settings, and saves once the reader allows it there', async () => {
    world.allowsWhenAsked = false
    expect(await saveImageToAlbum('wxfile://tmp/poster.jpg')).toBe(true)
    const modal = world.calls.find((call) => call.api === 'showModal')
    expect(modal?.options).toEqual(expect.objectContaining({ title: '需要相册权限', confirmText: '去设置' }))
    expect(apis().filter((api) => api !== 'hideLoading')).toEqual([
      'showLoading',
      'saveImageToPhotosAlbum',
      'showModal',
      'openSetting',
      'saveImageToPhotosAlbum',
      'showToast',
    ])
    expect(toasts()).toEqual(['已保存到相册'])
  })

  test('refused before, and the reader declines to go to the settings: nothing saved, no error toast', async () => {
    world.album = false
    world.goesToSettings = false
    expect(await saveImageToAlbum('wxfile://tmp/poster.jpg')).toBe(false)
    expect(apis()).not.toContain('openSetting')
    expect(saved()).toHaveLength(1)
    expect(toasts()).toEqual([])
  })

  test('still not allowed after the settings page: nothing saved, nothing claimed', async () => {
    world.album = false
    world.allowsInSettings = false
    expect(await saveImageToAlbum('wxfile://tmp/poster.jpg')).toBe(false)
    expect(apis()).toContain('openSetting')
    expect(saved()).toHaveLength(1)
    expect(toasts()).toEqual([])
  })

  test('a failed download says the save failed', async () => {
    world.downloadStatus = 404
    expect(await saveImageToAlbum('https://cdn.example.com/gone.png')).toBe(false)
    expect(saved()).toEqual([])
    expect(toasts()).toEqual(['保存失败，请稍后重试'])
    expect(apis()).toContain('hideLoading')
  })
})

describe('shareImage', () => {
  test('opens WeChat’s share menu on the local file', async () => {
    await shareImage('wxfile://tmp/poster.jpg')
    expect(world.calls).toEqual([{ api: 'showShareImageMenu', options: { path: 'wxfile://tmp/poster.jpg' } }])
  })

  test('falls back to the preview, whose long press forwards, where the menu is missing', async () => {
    world.shareMenu = false
    await shareImage('wxfile://tmp/poster.jpg')
    expect(world.calls).toEqual([{ api: 'previewImage', options: { urls: ['wxfile://tmp/poster.jpg'] } }])
  })
})
