/**
 * Beneath openapi-fetch, a request travels as an {@link Attempt}: plain data with its body read once.
 * Wrappers copy and change that data instead of rebuilding `Request`s (each costs tens of µs), a
 * retry resends the same bytes, and at the bottom either Node's dispatcher gets it (no Request at
 * all) or `fetch(url, init)` builds the only Request below openapi-fetch.
 */
import { BufferedResponse } from './buffered-response.js';
import { ResendError, pathOf } from './errors.js';
import { dispatchSend, nodeDispatcherLookup } from './node-dispatch.js';
import { lazyAbortOf, withLazySignal } from './lazy-abort.js';
import { PlainRequest } from './plain-request.js';
import { readCapped } from './read-body.js';

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
  /** The body, read once, so every attempt can send it again: text as it was given (a JSON body), other bodies as bytes. */
  body: string | ArrayBuffer | null;
  /**
   * Aborts the attempt: the caller's signal, or one that also follows a timeout; none when neither
   * applies. On Node 20 `withTimeout` makes it an accessor that makes the signal on first read (see
   * `lazy-abort.ts`): copy attempts with {@link changeAttempt} to keep it unmade (a spread reads it,
   * which is correct, only slower), and listen with `onAttemptAbort`.
   */
  signal?: AbortSignal;
  /** Redirect mode; `withRedirects` sets `manual` and follows them itself. */
  redirect?: RequestRedirect;
}

/**
 * A copy of `attempt` with `changes` applied that keeps a signal made on demand unmade (a spread
 * would read it; see {@link Attempt.signal}).
 */
export function changeAttempt(attempt: Attempt, changes: Partial<Attempt>): Attempt {
  const lazy = lazyAbortOf(attempt);
  if (!lazy || 'signal' in changes) return { ...attempt, ...changes };
  const { url, method, headers, body, redirect } = attempt;
  return withLazySignal({ url, method, headers, body, redirect, ...changes }, lazy);
}

/** Sends one {@link Attempt}. Every `with…` wrapper takes a `Send` and returns one, so they compose. */
export type Send = (attempt: Attempt) => Promise<Response>;

/** Options of {@link fetchSend}. */
export interface FetchSendOptions {
  /** Largest body read, in bytes; a larger one (or a decompressed one) rejects with `response_too_large`. @defaultValue unbounded */
  maxBytes?: number;
}

/**
 * The bottom of a stack. Without `fetch`: on Node, while `globalThis.fetch` is Node's own, the undici
 * dispatcher beneath it (see `node-dispatch.ts`); otherwise `globalThis.fetch(url, init)`, looked up
 * per attempt, so a mock installed later (msw) sees every attempt. With `fetch`:
 * `fetch(new Request(…))`. It reads the whole body before resolving, so the attempt's timeout covers
 * a body that stalls and a body cut halfway fails the attempt like any network error (and is
 * retried when safe); it resolves with a `Response` over those bytes with the same status, headers
 * and `url` (a `BufferedResponse`).
 */
export function fetchSend(fetch?: FetchLike, options: FetchSendOptions = {}): Send {
  const maxBytes = options.maxBytes ?? Infinity;
  const dispatcherFor = nodeDispatcherLookup();
  return async (attempt) => {
    const tooLarge = (status: number) => {
      const message = `Response body over maxResponseBytes (${maxBytes}); the request may have been carried out.`;
      return new ResendError({ name: 'response_too_large', statusCode: status, message, method: attempt.method, path: pathOf(attempt.url) });
    };
    const platform = fetch === undefined ? globalThis.fetch : undefined;
    const dispatcher = attempt.redirect === 'manual' ? dispatcherFor(platform) : undefined;
    if (dispatcher) return dispatchSend(dispatcher, attempt, maxBytes, tooLarge);
    const { url, method, headers, body, redirect } = attempt;
    const init: RequestInit = { method, headers, body, redirect };
    // A signal made on demand stays so: a fetch that never reads `init.signal` (a stub) never makes it.
    const lazy = lazyAbortOf(attempt);
    if (lazy) withLazySignal(init, lazy);
    else if (attempt.signal) init.signal = attempt.signal;
    const response = await (fetch ? fetch(new Request(url, init)) : (platform as typeof globalThis.fetch)(url, init));
    const bytes = await readCapped(response, maxBytes, tooLarge);
    return new BufferedResponse(bytes, response, response.url);
  };
}

/** A response's body as text without consuming it: a {@link BufferedResponse}'s, else a clone's. */
export function bodyText(response: Response): Promise<string> {
  const text = BufferedResponse.peekText(response);
  return text === undefined ? response.clone().text() : Promise.resolve(text);
}

/** Lets go of a response's body unread: cancels its stream (a {@link BufferedResponse} holds none). */
export function discardBody(response: Response): void {
  // Not awaited: cancelling some mocked or proxied streams only settles once they are drained.
  if (!BufferedResponse.isBuffered(response)) void response.body?.cancel().catch(() => undefined);
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
  return async (request) => {
    const parts = PlainRequest.parts(request);
    const { body, signal } = parts instanceof Promise ? await parts : parts;
    const attempt: Attempt = { url: request.url, method: request.method, headers: [...request.headers], body, redirect: request.redirect };
    if (signal) attempt.signal = signal;
    return send(attempt);
  };
}
