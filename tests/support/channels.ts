import type { Action, Data, Payload } from '../../src/contract/api'
import { ADMIN } from './backend'
import type { CloudBackend } from './weapp'

/** An admin action straight on the backend, past the app: the test's own setup and its checks. */
export const asAdmin = <A extends Action>(backend: CloudBackend, action: A, payload: Payload<A>): Promise<Data<A>> =>
  backend.callAs(ADMIN, action, payload)

export const makeChannel = async (backend: CloudBackend, payload: Payload<'admin.channels.create'>) =>
  (await asAdmin(backend, 'admin.channels.create', payload)).channel
