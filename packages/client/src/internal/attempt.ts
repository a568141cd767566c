/**
 * Beneath openapi-fetch, a request travels as an {@link Attempt}: plain data with its body read once.
 * Wrappers copy and change that data instead of rebuilding `Request`s (each costs tens of µs), and a
 * retry resends the same bytes.
 */
import { lazyAbortOf, withLazySignal } from './lazy-abort.js';
import { PlainRequest } from './plain-request.js';
import type { Attempt, FetchLike, Send } from './send-types.js';

/**
 * A copy of `attempt` with `changes` applied that keeps a signal made on demand unmade (a spread
 * would read it; see {@link Attempt.signal}).
 */
export function changeAttempt(attempt: Attempt, changes: Partial<Attempt>): Attempt {
  const lazy = lazyAbortOf(attempt);
  if (!lazy || 'signal' in changes) return { ...attempt, ...changes };
  return withLazySignal(Object.assign(attemptFields(attempt), changes), lazy);
}

/** A copy of `attempt`'s fields but its signal, read by name (a spread would make a lazy signal). */
export function attemptFields(attempt: Attempt): Attempt {
  const { url, method, headers, body, redirect, heldBody } = attempt;
  return { url, method, headers, body, redirect, heldBody };
}

/** The value of header `name` (lower case) in `headers`, or `undefined`. */
export function headerOf(headers: [string, string][], name: string): string | undefined {
  // A loop, not `find`: a closure per look-up, and a response is looked at some eight times.
  for (let i = 0; i < headers.length; i++) {
    const pair = headers[i] as [string, string];
    if (pair[0] === name) return pair[1];
  }
  return undefined;
}

/**
 * Turns a `Send` stack into the `fetch` openapi-fetch takes: reads the request's body once and hands
 * the stack an {@link Attempt}. Takes a platform `Request` (what user middleware returns) as well as
 * the client's light one.
 * @example createClient<paths>({ baseUrl, fetch: toFetch(withRetry(fetchSend())) })
 */
export function toFetch(send: Send): FetchLike {
  return async (request) => {
    const parts = PlainRequest.parts(request);
    const { body, signal } = parts instanceof Promise ? await parts : parts;
    const attempt: Attempt = {
      url: request.url,
      method: request.method,
      headers: [...request.headers],
      body,
      redirect: request.redirect,
    };
    if (signal) attempt.signal = signal;
    return send(attempt);
  };
}
