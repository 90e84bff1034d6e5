import type { User } from '../contract/models'
import { callApi } from './api'

/**
 * Who is reading, as this run of the app knows it: `unknown` until 我的
 * asks (me.get) or an action finds out, then a guest or a member with
 * their masked number. One module-level store, so that the detail page
 * shares what 我的 learnt without asking again.
 */
export type Session =
  { status: 'unknown' } | { status: 'guest'; isAdmin?: boolean } | { status: 'member'; user: User; isAdmin?: boolean }

const GUEST: Session = { status: 'guest' }

let session: Session = { status: 'unknown' }
const listeners = new Set<() => void>()

function update(next: Session) {
  session = next
  listeners.forEach((listener) => listener())
}

export const currentSession = () => session

export function subscribeSession(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

// Promise chains rather than async functions: the build targets old engines,
// where each async function becomes a state machine that the main package pays for.

export const loadSession = () =>
  callApi('me.get', {}).then(({ user, isAdmin }) =>
    update(user ? { status: 'member', user, isAdmin } : { status: 'guest', isAdmin }),
  )

/** `code` is the getPhoneNumber button's single-use code (or `dev-<11 digits>` on the local host). */
export const signInWithPhoneCode = (code: string) =>
  callApi('auth.phoneLogin', { code }).then(({ user }) => update({ status: 'member', user }))

export const signOut = () => callApi('auth.logout', {}).then(() => update(GUEST))

export const deleteAccount = () => callApi('auth.deleteAccount', {}).then(() => update(GUEST))

/** The backend answered UNAUTHENTICATED: whatever this run believed, the reader is signed out. */
export const forgetSession = () => update(GUEST)
