import type { User } from '../contract/models'

/**
 * Who is reading, as this run of the app knows it: `unknown` until 我的
 * asks (me.get) or an action finds out, then a guest or a member with
 * their masked number. One module-level store, so that the detail page
 * shares what 我的 learnt without asking again.
 */
export type Session =
  { status: 'unknown' } | { status: 'guest'; isAdmin?: boolean } | { status: 'member'; user: User; isAdmin?: boolean }

let session: Session = { status: 'unknown' }
const listeners = new Set<() => void>()

export const currentSession = () => session

export function setSession(next: Session) {
  session = next
  listeners.forEach((listener) => listener())
}

/** me.get's answer as a session. */
export const sessionOf = ({ user, isAdmin }: { user: User | null; isAdmin?: boolean }): Session =>
  user ? { status: 'member', user, isAdmin } : { status: 'guest', isAdmin }

/** Logged in with the phone: admins are listed by openid, which a login does not change. */
export const signedIn = (user: User) =>
  setSession({ status: 'member', user, isAdmin: session.status === 'unknown' ? undefined : session.isAdmin })

/** Signed out, by the reader or because the backend answered UNAUTHENTICATED. */
export const forgetSession = () => setSession({ status: 'guest' })

export function subscribeSession(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
