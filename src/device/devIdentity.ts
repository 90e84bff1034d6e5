import Taro from '@tarojs/taro'

const KEY = 'wtt:dev-openid'
/** The local host's rule for the `x-wtt-openid` header. */
const OPENID = /^[A-Za-z0-9_-]{1,64}$/

function randomId(): string {
  const bytes = new Uint8Array(12)
  if (typeof crypto !== 'undefined' && crypto.getRandomValues) crypto.getRandomValues(bytes)
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256)
  return `h5-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`
}

/**
 * h5 only: WeChat vouches for the reader's openid in the cloud, a browser
 * has nobody to do so. The local host takes the `x-wtt-openid` header
 * instead, so this browser makes one up once and keeps it, and its login
 * and favorites survive a reload.
 */
export function devOpenid(): string {
  const stored: unknown = Taro.getStorageSync(KEY)
  if (typeof stored === 'string' && OPENID.test(stored)) return stored
  const fresh = randomId()
  Taro.setStorageSync(KEY, fresh)
  return fresh
}
