import type { Id } from '../contract/models'
import { callApi } from './api'
import { currentEnvVersion } from '../device/envVersion'

/** The article's mini-program code for its poster; undefined when it cannot be had (the poster then says 微信搜索). */
export const fetchPosterCode = (id: Id): Promise<string | undefined> =>
  callApi('articles.code', { id, envVersion: currentEnvVersion() }).then(
    ({ url }) => url,
    (error: unknown) => {
      console.warn('[poster] no mini-program code; drawing the placeholder', error)
      return undefined
    },
  )
