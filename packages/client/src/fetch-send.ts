/** `fetchSend`: the wire, with the client's own error for a body over the size cap. */
import { failure } from './failure.js';
import { type FetchLike, type Send, type TooLarge, type Wire, createWire } from './internal/index.js';

/** Options of {@link fetchSend}. */
export interface FetchSendOptions {
  /** Largest body read, in bytes; a larger one (or a decompressed one) rejects with `response_too_large`. @defaultValue unbounded */
  maxBytes?: number;
}

const tooLarge =
  (maxBytes: number): TooLarge =>
  (status, attempt) =>
    failure({
      name: 'response_too_large',
      status,
      message: `Response over maxResponseBytes (${maxBytes}); the request may have been carried out.`,
      request: attempt,
      // The server answered: a send it answered may well have gone out.
      maybeSent: true,
    });

/** The wire under the client's error for an oversize body: what `createResendClient` sends on. */
export function clientWire(fetch: FetchLike | undefined, maxBytes: number | undefined): Wire {
  return createWire({ fetch, maxBytes, tooLarge: tooLarge(maxBytes ?? Infinity) });
}

/**
 * The bottom of a stack. Without `fetch`: on Node, while `globalThis.fetch` is Node's own, the undici
 * dispatcher beneath it; otherwise `globalThis.fetch(url, init)`, looked up per attempt, so a mock
 * installed later (msw) sees every attempt. With `fetch`: `fetch(new Request(…))`. It reads the whole
 * body before resolving, so the attempt's timeout covers a body that stalls and a body cut halfway
 * fails the attempt like any network error (and is retried when safe); it resolves with a `Response`
 * over those bytes with the same status, headers and `url`.
 */
export function fetchSend(fetch?: FetchLike, options: FetchSendOptions = {}): Send {
  return clientWire(fetch, options.maxBytes).send;
}
