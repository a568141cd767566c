/** The fetch shape every wrapper of this package takes and returns, and how wrappers copy a request. */

/**
 * A fetch that takes one `Request` (what openapi-fetch passes). Each `with…` wrapper takes one and
 * returns one, so they compose: `withRetry(withRateLimit(withAuth(fetch, key), limiter))`.
 */
export type FetchLike = (request: Request) => Promise<Response>;

/** What {@link rebuildRequest} may change. */
export interface RequestChanges {
  url?: string | URL;
  method?: string;
  headers?: [string, string][];
  body?: ArrayBuffer | null;
  signal?: AbortSignal;
  redirect?: RequestRedirect;
}

/** The headers of a request as a list of pairs (a form every Headers implementation copies faithfully). */
export function headerPairs(headers: Headers): [string, string][] {
  return [...headers];
}

/**
 * A new Request with the same method, headers, buffered body, signal and redirect mode as
 * `request`, except for `changes`. Never mutates `request` (it may be one the caller can see), and
 * copies headers as pairs: header-tracking patches (msw's) mis-copy a `Headers` passed to `new Headers`.
 */
export async function rebuildRequest(request: Request, changes: RequestChanges = {}): Promise<Request> {
  const body = changes.body !== undefined ? changes.body : request.body ? await request.arrayBuffer() : null;
  return new Request(changes.url ?? request.url, {
    method: changes.method ?? request.method,
    headers: changes.headers ?? headerPairs(request.headers),
    body,
    signal: changes.signal ?? request.signal,
    redirect: changes.redirect ?? request.redirect,
  });
}
