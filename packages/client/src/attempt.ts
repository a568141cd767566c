/**
 * Beneath openapi-fetch, a request travels as an {@link Attempt}: plain data with its body read once.
 * Wrappers copy and change that data instead of rebuilding `Request`s (each costs tens of µs), a
 * retry resends the same bytes, and `fetch(url, init)` builds the only Request below openapi-fetch.
 */

/** A fetch taking one `Request`, like openapi-fetch's `fetch` option (and `createResendClient`'s). */
export type FetchLike = (request: Request) => Promise<Response>;

/** One HTTP attempt as plain data: the `url` and `init` of a `fetch(url, init)` call. */
export interface Attempt {
  /** The absolute URL. */
  url: string;
  /** The HTTP method, upper case. */
  method: string;
  /** Header pairs, names in lower case. */
  headers: [string, string][];
  /** The body, read once, so every attempt can send it again. */
  body: ArrayBuffer | null;
  /** Aborts the attempt (the caller's signal, or one that also follows a timeout). */
  signal: AbortSignal;
  /** Redirect mode; `withRedirects` sets `manual` and follows them itself. */
  redirect?: RequestRedirect;
}

/** Sends one {@link Attempt}. Every `with…` wrapper takes a `Send` and returns one, so they compose. */
export type Send = (attempt: Attempt) => Promise<Response>;

/** The bottom of a stack: `globalThis.fetch(url, init)` (looked up per call), or `fetch(new Request(…))`. */
export function fetchSend(fetch?: FetchLike): Send {
  return ({ url, ...init }) => (fetch ? fetch(new Request(url, init)) : globalThis.fetch(url, init));
}

/** The value of header `name` (lower case) in `headers`, or `undefined`. */
export function headerOf(headers: [string, string][], name: string): string | undefined {
  return headers.find((pair) => pair[0] === name)?.[1];
}

/**
 * Turns a `Send` stack into the `fetch` openapi-fetch takes: reads the request's body once and hands
 * the stack an {@link Attempt}.
 * @example createClient<paths>({ baseUrl, fetch: toFetch(withRetry(fetchSend())) })
 */
export function toFetch(send: Send): FetchLike {
  return async (request) =>
    send({
      url: request.url,
      method: request.method,
      headers: [...request.headers],
      body: request.body ? await request.arrayBuffer() : null,
      signal: request.signal,
      redirect: request.redirect,
    });
}
