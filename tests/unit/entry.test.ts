import { entryOfScene } from '../../src/contract/rules'

describe('entryOfScene', () => {
  it.each([
    [1007, 'chat'],
    [1008, 'chat'],
    [1044, 'chat'],
    [1096, 'chat'],
    [1011, 'qrcode'],
    [1047, 'qrcode'],
    [1049, 'qrcode'],
    [1154, 'moments'],
    [1155, 'moments'],
    [1035, 'oa'],
    [1091, 'oa'],
    [1001, 'app'],
    [1089, 'app'],
    [1104, 'app'],
    [1037, 'other'],
    [undefined, 'other'],
  ])('maps scene %s to %s', (scene, entry) => {
    expect(entryOfScene(scene)).toBe(entry)
  })
})
