import { LIST_THUMBNAIL, SHARE_COVER, sizedImage } from '../../src/utils/imageUrl'

describe('images asked for at the size they are shown', () => {
  test('a cloud file id becomes its public URL with CloudBase resize parameters', () => {
    const src = 'cloud://wtt-prod-1a2b.7774-wtt-prod-1a2b-1300000000/media/3f9a.jpg'
    expect(sizedImage(src, LIST_THUMBNAIL)).toBe(
      'https://7774-wtt-prod-1a2b-1300000000.tcb.qcloud.la/media/3f9a.jpg?imageMogr2/thumbnail/360x',
    )
    expect(sizedImage(src, SHARE_COVER)).toBe(
      'https://7774-wtt-prod-1a2b-1300000000.tcb.qcloud.la/media/3f9a.jpg?imageMogr2/thumbnail/!500x400r/gravity/center/crop/500x400',
    )
  })

  test('a public CloudBase URL gets the parameters; one that already has a query keeps it', () => {
    const url = 'https://7774-env-1300000000.tcb.qcloud.la/media/a.png'
    expect(sizedImage(url, LIST_THUMBNAIL)).toBe(`${url}?imageMogr2/thumbnail/360x`)
    expect(sizedImage(`${url}?sign=abc`, LIST_THUMBNAIL)).toBe(`${url}?sign=abc`)
  })

  test('a local media file is served resized or cropped by the host', () => {
    expect(sizedImage('/media/cotton-field.jpg', LIST_THUMBNAIL)).toBe('/media/w/360/cotton-field.jpg')
    expect(sizedImage('/media/cotton-field.jpg', SHARE_COVER)).toBe('/media/c/500x400/cotton-field.jpg')
  })

  test('other images are left alone', () => {
    for (const src of ['https://mmbiz.qpic.cn/a/640?wx_fmt=jpeg', '/media/../secret.jpg', 'cloud://broken', ''])
      expect(sizedImage(src, LIST_THUMBNAIL)).toBe(src)
  })
})
