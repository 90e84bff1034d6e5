import { useSyncExternalStore } from 'react'
import { currentSession, subscribeSession } from '../services/session'

/** The session every page shares (services/session.ts), re-rendering on each change. */
export const useSession = () => useSyncExternalStore(subscribeSession, currentSession)
