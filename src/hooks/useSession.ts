import { useSyncExternalStore } from 'react'
import { currentSession, subscribeSession } from '../device/session'

/** The session every page shares (device/session.ts), re-rendering on each change. */
export const useSession = () => useSyncExternalStore(subscribeSession, currentSession)
