import type { Data } from '../contract/api'
import type { Id } from '../contract/models'
import { callApi } from './api'
import { currentEnvVersion } from '../device/envVersion'

/** What a poster shows (the published article) and its mini-program code, in one answer. */
export type PosterSource = Data<'articles.code'>

/** The poster's only source: the code opens the version this build runs as. */
export const fetchPoster = (id: Id): Promise<PosterSource> =>
  callApi('articles.code', { id, envVersion: currentEnvVersion() })
