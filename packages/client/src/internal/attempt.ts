/**
 * Beneath openapi-fetch, a request travels as an {@link Attempt}: plain data with its body read once.
 * Wrappers copy and change that data instead of rebuilding `Request`s (each costs tens of µs), and a
 * retry resends the same bytes.
 */
import { LazyAbort, lazyAbortOf, withLazySignal } from './lazy-abort.js';
import { PlainRequest } from './plain-request.js';
import type { Attempt, FetchLike, Send } from './send-types.js';

/**
 * A copy of `attempt` with `changes` applied (a change of `undefined` leaves that field as it was;
 * `signal: undefined` removes the signal) that keeps a signal made on demand unmade (a spread would
 * read it; see {@link Attempt.signal}). Written out field by field: every attempt then has one shape,
 * and a copy costs a fraction of an object spread's (Bun spent ~0.4 µs a call in the spreads of its
 * two copies; bench/README.md).
 */
export function changeAttempt(attempt: Attempt, changes: Partial<Attempt>): Attempt {
  const signal = 'signal' in changes ? changes.signal : (lazyAbortOf(attempt) ?? attempt.signal);
  const copy = attemptFields(attempt, signal);
  if (changes.url !== undefined) copy.url = changes.url;
  if (changes.method !== undefined) copy.method = changes.method;
  if (changes.headers !== undefined) copy.headers = changes.headers;
  if (changes.body !== undefined) copy.body = changes.body;
  if (changes.redirect !== undefined) copy.redirect = changes.redirect;
  if (changes.heldBody !== undefined) copy.heldBody = changes.heldBody;
  return copy;
}

/**
 * A copy of `attempt`'s fields, read by name (a spread would make a lazy signal), with `signal`: a
 * signal (the field is always there, `undefined` for none, so every copy has one shape), or a
 * {@link LazyAbort} whose signal is made on demand. A lazy copy is built without the field, which
 * the accessor then adds: turning an existing field into an accessor makes V8 keep the object as a
 * slow dictionary.
 */
export function attemptFields(attempt: Attempt, signal: AbortSignal | LazyAbort | undefined): Attempt {
  const { url, method, headers, body, redirect, heldBody } = attempt;
  if (signal instanceof LazyAbort) return withLazySignal({ url, method, headers, body, redirect, heldBody }, signal);
  return { url, method, headers, body, redirect, heldBody, signal };
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
      signal,
    };
    return send(attempt);
  };
}
