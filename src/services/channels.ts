import { enterScene } from '../utils/entry'
import { callApi } from './api'

/**
 * Where an event QR code's `scene` leads (its channel's article, or home),
 * as received: the backend decodes it, and records a home open itself.
 */
export const resolveScene = (scene: string) => callApi('channels.resolve', { scene, enterScene: enterScene() })
