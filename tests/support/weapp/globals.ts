// jsdom (the weapp tests' environment) leaves Node's text codecs out, and code
// the backend loads needs them before any test module runs: the local QR
// maker's qrcode package (TextEncoder) and image-size (TextDecoder, at load).
import { TextDecoder, TextEncoder } from 'node:util'

Object.assign(globalThis, {
  TextEncoder: globalThis.TextEncoder ?? TextEncoder,
  TextDecoder: globalThis.TextDecoder ?? TextDecoder,
})
