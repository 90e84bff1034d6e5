import { useCallback, useEffect, useState } from 'react'
import type { Data } from '../contract/api'
import type { Channel } from '../contract/models'
import { listChannels } from '../services/adminChannels'
import { useOperatorsPagedList } from './useOperatorsPagedList'

/** A row of the channel list: the channel and its reads and readers over its life. */
export type ChannelRow = Data<'admin.channels.list'>['items'][number]

const codeOf = (row: ChannelRow) => row.code

/**
 * An updated channel in its row: the answer is the whole channel (a code sent
 * home has no articleId any more), the figures stay the row's.
 */
export const withFigures = (channel: Channel, { reads, readers }: ChannelRow): ChannelRow => ({
  ...channel,
  reads,
  readers,
})

/**
 * The event channels, newest first, page by page: those in use, or (the
 * 已归档 filter) the archived ones; a refusal closes the page. An edit shows in its row at once; a
 * channel archived or restored leaves the list it no longer belongs to.
 */
export function useChannels(closeIfRefused: (error: unknown) => void) {
  const [archived, setArchived] = useState(false)
  const { list, load, more, replace, remove } = useOperatorsPagedList(codeOf, closeIfRefused)

  const reload = useCallback(() => load(() => listChannels(archived)), [load, archived])
  useEffect(() => void reload(), [reload])

  /** The channel as admin.channels.update answered it. */
  const changed = useCallback(
    (channel: Channel, row: ChannelRow) => {
      if (channel.archived !== archived) remove(channel.code)
      else replace(withFigures(channel, row))
    },
    [archived, remove, replace],
  )

  return {
    archived,
    showArchived: setArchived,
    list,
    reload,
    loadMore: () => void more((cursor) => listChannels(archived, cursor)),
    changed,
  } as const
}
