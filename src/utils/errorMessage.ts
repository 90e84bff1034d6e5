/**
 * What to tell the reader about a failure: the API's own message (Chinese,
 * written to be shown, ApiClientError) when there is one, else `fallback`.
 */
export const messageOf = (error: unknown, fallback: string) => (error instanceof Error && error.message) || fallback
