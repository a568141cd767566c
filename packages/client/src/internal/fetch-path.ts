/**
 * The `fetch` path: Bun, Deno, workers, browsers, edge runtimes, and Node with a replaced `fetch` (msw,
 * nock, an instrumentation wrapper). The body is read whole before the attempt resolves, so its time
 * limit covers a body that stalls and a body cut halfway fails the attempt like any network error.
 */
import { kindOf } from '../shared/check-kind.js';
import { readCapped } from '../shared/read-capped.js';
import { lazyAbortOf, withLazySignal } from './lazy-abort.js';
import { bufferedResponse, headerFrom, headerPairs, holdBody } from './buffered-response.js';
import type { Attempt, FetchLike, TooLarge } from './send-types.js';

/** The `init` of `fetch(url, init)` for an attempt, keeping a signal made on demand unmade (a stub that never reads it never makes it). */
function initOf(attempt: Attempt): RequestInit {
  const { method, headers, body, redirect } = attempt;
  const init: RequestInit = { method, headers, body, redirect };
  const lazy = lazyAbortOf(attempt);
  if (lazy) withLazySignal(init, lazy);
  else if (attempt.signal) init.signal = attempt.signal;
  return init;
}

/**
 * The body, whole and capped, as bytes: read by the platform in one call when `declared` (a length
 * within the cap and no content coding: on Bun and Deno several times cheaper than a reader loop);
 * else (its decoded size unknown) chunk by chunk, stopping at the cap.
 */
async function bytesOf(
  response: Response,
  declared: boolean,
  maxBytes: number,
  tooLarge: () => Error,
): Promise<Uint8Array> {
  if (declared) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > maxBytes) throw tooLarge();
    return bytes;
  }
  return readCapped(response, maxBytes, tooLarge);
}

/**
 * The URL a response to `attempt` came from when the `fetch` may follow no redirect: the attempt's
 * own. A `fetch` that followed one despite `redirect: "manual"` would have carried the key there
 * too; the key's pinning relies on the same promise.
 */
function sentTo(attempt: Attempt): string | undefined {
  return attempt.redirect === 'manual' ? attempt.url : undefined;
}

/**
 * Sends `attempt` with `fetch` (a given one: `fetch(new Request(…))`; else the platform's
 * `fetch(url, init)`, looked up by the caller per attempt) and resolves with a buffered response (`bufferedResponse`)
 * over the whole body, with the same status, headers and `url`; for an attempt with `heldBody`, with
 * the platform's response itself, its body held aside.
 */
export async function fetchPathSend(
  attempt: Attempt,
  given: FetchLike | undefined,
  platform: typeof globalThis.fetch,
  maxBytes: number,
  tooLarge: TooLarge,
): Promise<Response> {
  const init = initOf(attempt);
  const response = await (given ? given(new Request(attempt.url, init)) : platform(attempt.url, init));
  // A `fetch` of the caller's may answer with anything: named, not "cannot read properties of undefined".
  if (given && typeof (response as Partial<Response> | null)?.status !== 'number')
    throw new TypeError(`The fetch option answered with ${kindOf(response)}, not a Response.`);
  // A call that reads through the door gets the platform's response back with its headers read once
  // (unless a `fetch` of the caller's answered with a frozen one, which cannot hold them).
  const pairs = attempt.heldBody && Object.isExtensible(response) ? headerPairs(response.headers) : undefined;
  const length = headerFrom(pairs, response, 'content-length');
  const declared =
    length !== null && headerFrom(pairs, response, 'content-encoding') === null && Number(length) <= maxBytes;
  const over = () => tooLarge(response.status, attempt);
  if (pairs && declared) {
    // Held bodies are only ever decoded, and the platform decodes for less: ~1.5–2 µs a call on Deno,
    // ~0.3–0.5 µs on Bun and Node, over bytes decoded here. Read here, not in a helper: each async
    // frame is allocations on every call. The declared length bounds what is read; a text longer than
    // the cap in characters is longer in bytes too.
    const text = await response.text();
    if (text.length > maxBytes) throw over();
    return holdBody(response, text, pairs, sentTo(attempt));
  }
  const bytes = await bytesOf(response, declared, maxBytes, over);
  return pairs ? holdBody(response, bytes, pairs, sentTo(attempt)) : bufferedResponse(bytes, response, response.url);
}
