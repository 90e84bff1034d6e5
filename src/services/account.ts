import { callApi } from './api'

/** Who the backend says the caller is (a member with the masked number, or nobody), and whether an admin. */
export const fetchMe = () => callApi('me.get', {})

/** `code` is the getPhoneNumber button's single-use code (or `dev-<11 digits>` on the local host). */
export const phoneLogin = (code: string) => callApi('auth.phoneLogin', { code }).then(({ user }) => user)

export const logout = () => callApi('auth.logout', {})

export const deleteAccount = () => callApi('auth.deleteAccount', {})
