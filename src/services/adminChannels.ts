import type { Payload } from '../contract/api'
import type { Id } from '../contract/models'
import { callApi } from './api'
import { currentEnvVersion } from '../device/envVersion'

/** A new event code, opening the build it was made from (a trial build's code opens the trial build). */
export const createChannel = (name: string, articleId?: Id) =>
  callApi('admin.channels.create', { name, envVersion: currentEnvVersion(), ...(articleId ? { articleId } : {}) })

/** One page of event channels, newest first: the ones in use, or the archived ones. */
export const listChannels = (archived: boolean, cursor?: string) =>
  callApi('admin.channels.list', { archived, pageSize: 20, ...(cursor ? { cursor } : {}) })

/** Rename, re-point (`articleId: null` is the home list) or (un)archive; the printed code stays valid. */
export const updateChannel = (code: Id, changes: Omit<Payload<'admin.channels.update'>, 'code'>) =>
  callApi('admin.channels.update', { code, ...changes }).then(({ channel }) => channel)

/** A URL of the channel's stored code that works now, to save or share it again. */
export const channelQrcode = (code: Id) => callApi('admin.channels.qrcode', { code })
