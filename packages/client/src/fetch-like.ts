/** The fetch shape every wrapper of this package takes and returns. */

/**
 * A fetch that takes a `Request` (what openapi-fetch passes). Each `with…` wrapper takes one and
 * returns one, so they compose: `withRetry(withRateLimit(withAuth(fetch, key), limiter))`.
 */
export type FetchLike = (request: Request, init?: RequestInit) => Promise<Response>;

/** Turns openapi-fetch's `(request, requestInitExt?)` call into a single `Request`. */
export function toRequest(input: Request, init?: RequestInit): Request {
  return init === undefined ? input : new Request(input, init);
}
