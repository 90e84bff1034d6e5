import type { User } from '../../src/contract/models'
import type { UserRecord } from '../store/types'
import type { Context } from './context'
import { ApiFailure } from './errors'
import { maskPhone } from './phone'

/** What a reader may see of their own record: never the full number. */
export const publicUser = (user: UserRecord): User => ({
  phoneMasked: maskPhone(user.phone),
  createdAt: user.createdAt,
})

/** No openid: single-page mode (朋友圈) or an anonymous local caller. */
export function requireOpenid({ openid }: Context): string {
  if (!openid) throw new ApiFailure('UNAUTHENTICATED', '请前往小程序使用完整服务')
  return openid
}

/** A reader logged in with their phone number (and not logged out since). */
export async function requireSignedIn(ctx: Context): Promise<UserRecord> {
  const user = await ctx.store.findUser(requireOpenid(ctx))
  if (!user?.signedIn) throw new ApiFailure('UNAUTHENTICATED', '请先登录')
  return user
}
