import type { Entry } from '../../src/contract/models'

/** DESIGN.md's scene table: how a reader arrived, by WeChat scene number. */
const ENTRY_BY_SCENE = new Map<number, Entry>([
  ...[1007, 1008, 1044, 1096].map((s) => [s, 'chat'] as const),
  ...[1011, 1012, 1013, 1047, 1048, 1049].map((s) => [s, 'qrcode'] as const),
  ...[1154, 1155].map((s) => [s, 'moments'] as const),
  ...[1035, 1043, 1058, 1074, 1082, 1091].map((s) => [s, 'oa'] as const),
  ...[1001, 1023, 1089, 1104].map((s) => [s, 'app'] as const),
])

export function entryOfScene(scene: number | undefined): Entry {
  return (scene !== undefined && ENTRY_BY_SCENE.get(scene)) || 'other'
}
