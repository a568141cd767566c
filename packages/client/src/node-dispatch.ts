/**
 * On Node, beneath `fetch`: the attempt goes straight to the undici dispatcher Node's own `fetch`
 * runs on (the one in `Symbol.for('undici.globalDispatcher.1')`, so a dispatcher set with undici's
 * `setGlobalDispatcher` — a proxy, a MockAgent — is used as `fetch` would use it). Node 20's `fetch`
 * spends ~0.3 ms of CPU per request on streams, Request and Response objects above that dispatcher.
 *
 * Used only while `globalThis.fetch` is Node's own and its undici is major 6 or 7 (Node 20, 22 and
 * 24, each run by the tests; undici 7 still takes the handler shape used here); a
 * replaced `fetch` (msw, nock, a polyfill, an instrumentation wrapper), Bun, Deno, workerd, browsers
 * and other Node versions use `fetch`. Nothing here imports a Node module.
 */
import type { Attempt } from './attempt.js';
import { BufferedResponse } from './buffered-response.js';
import { lazyAbortOf, onAttemptAbort } from './lazy-abort.js';
import { concatChunks, readCapped } from './read-body.js';

/** The parts of undici's Dispatcher API (version 1: undici 6, and undici 7's compatible handlers) used here. */
interface Dispatcher {
  dispatch(options: DispatchOptions, handler: DispatchHandler): boolean;
}

interface DispatchOptions {
  origin: string;
  path: string;
  method: string;
  headers: string[];
  body: string | Uint8Array | null;
}

/** Header names and values as undici hands them over (Buffers; arrays for repeated ones under a wrapper). */
type RawHeaders = (Uint8Array | Uint8Array[])[];

interface DispatchHandler {
  onConnect(abort: (reason?: unknown) => void): void;
  onHeaders(status: number, headers: RawHeaders, resume: () => void, statusText: string): boolean;
  onData(chunk: Uint8Array): boolean;
  onComplete(trailers: unknown): void;
  onError(error: Error): void;
}

interface NodeGlobals {
  process?: { versions?: { undici?: unknown } };
}

/** True for Node's own `fetch` on undici 6 or 7 (the check reads the function's source: remember it). */
function isNodeFetch(fetch: unknown): boolean {
  const undici = (globalThis as NodeGlobals).process?.versions?.undici;
  if (typeof undici !== 'string' || !/^[67]\./.test(undici) || typeof fetch !== 'function') return false;
  // Node's fetch is a plain function that loads its undici lazily; a wrapper or a mock is not.
  return fetch.name === 'fetch' && Function.prototype.toString.call(fetch).includes('internal/deps/undici/undici');
}

/** The dispatcher Node's `fetch` uses now (undici's `setGlobalDispatcher` may replace it at any time). */
function globalDispatcher(): Dispatcher | undefined {
  const dispatcher = (globalThis as Record<symbol, Partial<Dispatcher> | undefined>)[Symbol.for('undici.globalDispatcher.1')];
  return typeof dispatcher?.dispatch === 'function' ? (dispatcher as Dispatcher) : undefined;
}

/**
 * A lookup of the dispatcher to send through for a `fetch`: `undefined` when that `fetch` is not
 * Node's own `fetch` on undici 6 or 7, or Node has not made its dispatcher yet (it does on first use
 * of `fetch`, `Request` or `Response`). It remembers its verdict on the last `fetch` it was given.
 */
export function nodeDispatcherLookup(): (fetch: unknown) => Dispatcher | undefined {
  let last: unknown;
  let own = false;
  return (fetch) => {
    if (fetch !== last) {
      last = fetch;
      own = isNodeFetch(fetch);
    }
    return own ? globalDispatcher() : undefined;
  };
}

/** Latin-1 text of a header Buffer (what `fetch` makes of header bytes). */
function latin1(bytes: Uint8Array): string {
  return (bytes as Uint8Array & { toString(encoding: 'latin1'): string }).toString('latin1');
}

function headerPairs(raw: RawHeaders): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = latin1(raw[i] as Uint8Array);
    const value = raw[i + 1] as Uint8Array | Uint8Array[];
    for (const one of Array.isArray(value) ? value : [value]) pairs.push([name, latin1(one)]);
  }
  return pairs;
}

/** What {@link dispatchAttempt} resolves with before decoding: status, headers and the raw bytes. */
export interface Dispatched {
  status: number;
  statusText: string;
  headers: [string, string][];
  bytes: Uint8Array;
}

/**
 * The handler collecting one answer, whole: `done` is called once, with the answer or an error
 * (`fail` ends it early: an abort, or a body over `maxBytes`).
 */
function collector(maxBytes: number, tooLarge: (status: number) => Error, done: (error: unknown, result?: Dispatched) => void): DispatchHandler & { fail(error: unknown): void } {
  let abort: ((reason?: unknown) => void) | undefined;
  let failure: unknown;
  let settled = false;
  let status = 0;
  let statusText = '';
  let headers: [string, string][] = [];
  const chunks: Uint8Array[] = [];
  let size = 0;
  const settle = (error: unknown, result?: Dispatched) => {
    if (settled) return;
    settled = true;
    done(error, result);
  };
  // Settled first: aborting makes undici call onError at once, which must not win.
  const fail = (error: unknown) => {
    failure = error;
    settle(error);
    abort?.(error);
    return false;
  };
  return {
    fail,
    onConnect: (cancel) => {
      abort = cancel;
      if (settled) cancel(failure);
    },
    onHeaders: (code, headerBytes, _resume, text) => {
      // 1xx interim answers carry no body; the final answer follows.
      if (code < 200) return true;
      status = code;
      statusText = text;
      headers = headerPairs(headerBytes);
      // A declared length over the cap fails before reading a byte.
      const length = headers.find(([name]) => name.toLowerCase() === 'content-length')?.[1];
      return Number(length) > maxBytes ? fail(tooLarge(status)) : true;
    },
    onData: (chunk) => {
      size += chunk.byteLength;
      if (size > maxBytes) return fail(tooLarge(status));
      chunks.push(chunk);
      return true;
    },
    onComplete: () => settle(undefined, { status, statusText, headers, bytes: concatChunks(chunks, size) }),
    onError: (error) => settle(new TypeError('fetch failed', { cause: error })),
  };
}

/**
 * Sends `attempt` through `dispatcher` and resolves once the whole body is in, with at most
 * `maxBytes` of it (else rejects with `tooLarge(status)`). Redirects are not followed. Network errors
 * reject with a `TypeError('fetch failed')` whose `cause` is undici's error, as `fetch` does; the
 * attempt's signal aborts it at any point (rejecting with its reason).
 */
function dispatchAttempt(dispatcher: Dispatcher, attempt: Attempt, maxBytes: number, tooLarge: (status: number) => Error): Promise<Dispatched> {
  const lazy = lazyAbortOf(attempt);
  const signal = lazy ?? attempt.signal;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const url = new URL(attempt.url);
  const headers: string[] = [];
  for (const [name, value] of attempt.headers) headers.push(name, value);
  const body = typeof attempt.body === 'string' || attempt.body === null ? attempt.body : new Uint8Array(attempt.body);
  return new Promise((resolve, reject) => {
    let stopListening: (() => void) | undefined;
    const handler = collector(maxBytes, tooLarge, (error, result) => {
      stopListening?.();
      if (result) resolve(result);
      else reject(error);
    });
    // Without reading a signal made on demand: this path needs none.
    stopListening = onAttemptAbort(attempt, (reason) => handler.fail(reason));
    dispatcher.dispatch({ origin: url.origin, path: url.pathname + url.search, method: attempt.method, headers, body }, handler);
  });
}

/** Content codings `DecompressionStream` undoes (all a server may send when asked for none). */
const CODINGS: Record<string, CompressionFormat> = { gzip: 'gzip', 'x-gzip': 'gzip', deflate: 'deflate' };

/**
 * Sends `attempt` through `dispatcher` as a {@link BufferedResponse}. No `Accept-Encoding` is sent,
 * so servers answer uncompressed; a gzip or deflate body is still decoded (capped at `maxBytes`).
 */
export async function dispatchSend(dispatcher: Dispatcher, attempt: Attempt, maxBytes: number, tooLarge: (status: number) => Error): Promise<Response> {
  const { status, statusText, headers, bytes } = await dispatchAttempt(dispatcher, attempt, maxBytes, tooLarge);
  const coding = headers.find(([name]) => name.toLowerCase() === 'content-encoding')?.[1].trim().toLowerCase();
  let body = bytes;
  if (coding && coding !== 'identity' && bytes.byteLength > 0) {
    const format = CODINGS[coding];
    if (!format) throw new TypeError('fetch failed', { cause: new Error(`Unsupported content-encoding: ${coding}`) });
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream(format));
    body = await readCapped(new Response(stream, { status }), maxBytes, tooLarge);
  }
  return new BufferedResponse(body, { status, statusText, headers }, attempt.url);
}
