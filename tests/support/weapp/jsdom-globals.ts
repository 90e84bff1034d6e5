import { TextDecoder, TextEncoder } from 'node:util'

// jsdom (the weapp tests' environment) leaves these out, and the backend the
// tests run needs them as its modules load: image-size (the importer's image
// check) makes a TextDecoder, and the local QR maker's qrcode package encodes.
Object.assign(globalThis, { TextEncoder, TextDecoder })
