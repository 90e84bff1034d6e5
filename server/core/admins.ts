import { ID_PATTERN } from '../../src/contract/rules'

/** WTT_ADMIN_OPENIDS: comma-separated openids, on the local host and the cloud function alike. */
export function adminsFrom(list: string | undefined): ReadonlySet<string> {
  return new Set(
    (list ?? '')
      .split(',')
      .map((openid) => openid.trim())
      .filter((openid) => ID_PATTERN.test(openid)),
  )
}
