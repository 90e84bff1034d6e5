import * as v from 'valibot'
import { payload } from '../core/validate'
import { publicUser, requireOpenid, requireSignedIn } from '../core/reader'
import { wechatFailure } from '../core/wechat-errors'
import { defineHandler } from './define'

const loginSchema = payload({
  code: v.pipe(v.string('code 应为字符串'), v.minLength(1, '缺少授权码'), v.maxLength(256, '授权码无效')),
})

export const phoneLogin = defineHandler<'auth.phoneLogin', typeof loginSchema>(loginSchema, async ({ code }, ctx) => {
  const openid = requireOpenid(ctx)
  const phone = await ctx.phone.exchange(code).catch((error: unknown) => {
    throw wechatFailure(error, 'phonenumber.getPhoneNumber', '授权已失效，请重新点击登录')
  })
  const [existing, firstVisit] = await Promise.all([ctx.store.findUser(openid), ctx.store.firstVisit(openid)])
  const now = ctx.now().toISOString()
  const user = existing
    ? { ...existing, phone, updatedAt: now, signedIn: true }
    : {
        openid,
        phone,
        createdAt: now,
        updatedAt: now,
        signedIn: true,
        firstScene: firstVisit?.scene ?? null,
        firstEntry: firstVisit?.entry ?? null,
        firstChannel: firstVisit?.channel ?? null,
      }
  await ctx.store.saveUser(user)
  return { user: publicUser(user) }
})

const emptySchema = payload({})

export const getMe = defineHandler<'me.get', typeof emptySchema>(
  emptySchema,
  async (_input, { store, openid, admins }) => {
    const user = openid ? await store.findUser(openid) : null
    return { user: user?.signedIn ? publicUser(user) : null, isAdmin: Boolean(openid && admins.has(openid)) }
  },
)

export const logout = defineHandler<'auth.logout', typeof emptySchema>(
  emptySchema,
  async (_input, { store, openid }) => {
    if (openid) await store.setSignedIn(openid, false)
    return {}
  },
)

export const deleteAccount = defineHandler<'auth.deleteAccount', typeof emptySchema>(
  emptySchema,
  async (_input, ctx) => {
    const user = await requireSignedIn(ctx)
    await ctx.store.deleteAccount(user.openid, ctx.now().toISOString())
    return {}
  },
)
