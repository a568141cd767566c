/**
 * The Node path: on Node, beneath `fetch`, an attempt goes straight to the undici dispatcher Node's own
 * `fetch` runs on, skipping the streams, `Request` and `Response` objects `fetch` builds above it
 * (~0.3 ms of CPU a request on Node 20; see the wire's README for the figures on each line).
 *
 * Used only while `globalThis.fetch` is Node's own, on the undici majors whose dispatcher API is known
 * here: 6 and 7 (Node 20, 22, 24) through the dispatcher at `Symbol.for('undici.globalDispatcher.1')`
 * with its original handler shape, 8 (Node 26) through `…globalDispatcher.2` with the handler shape
 * undici 7 introduced. The global dispatcher is looked up per attempt, so one set with undici's
 * `setGlobalDispatcher` (a proxy, a MockAgent) is used as `fetch` would use it. Anything else (a
 * replaced `fetch`, Bun, Deno, workers, a future undici) uses `fetch`. Nothing here imports a Node
 * module; builds for other platforms replace this file with `node-path.web.ts`.
 */
import { concatChunks, readCapped } from '../shared/read-capped.js';
import { runtime } from '../shared/runtime.js';
import { onAttemptAbort } from './abort.js';
import { lazyAbortOf } from './lazy-abort.js';
import { isNodeFetch } from './node-fetch.js';
import { bufferedResponse } from './buffered-response.js';
import type { Attempt, TooLarge } from './send-types.js';

interface DispatchOptions {
  origin: string;
  path: string;
  method: string;
  headers: string[];
  body: string | Uint8Array | null;
}

/** An undici dispatcher: `dispatch(options, handler)`, the handler in the shape its major takes. */
export interface Dispatcher {
  dispatch(options: DispatchOptions, handler: object): boolean;
}

/** The Node path for one `fetch`: a dispatcher and the handler shape it takes. */
export interface NodeRoute {
  readonly dispatcher: Dispatcher;
  /** `1`: undici 6/7's `onConnect/onHeaders/onData/onComplete/onError`; `2`: undici 7+'s `onRequestStart/onResponse…`. */
  readonly api: 1 | 2;
}

/** The handler API each undici major's global dispatcher is used with. */
const API_OF_MAJOR: Record<number, 1 | 2> = { 6: 1, 7: 1, 8: 2 };

/** The dispatcher Node's `fetch` uses now for handler API `api` (undici's `setGlobalDispatcher` may replace it at any time). */
function globalDispatcher(api: 1 | 2): Dispatcher | undefined {
  const dispatcher = (globalThis as Record<symbol, Partial<Dispatcher> | undefined>)[
    Symbol.for(`undici.globalDispatcher.${api}`)
  ];
  return typeof dispatcher?.dispatch === 'function' ? (dispatcher as Dispatcher) : undefined;
}

/**
 * {@link globalDispatcher}, after making Node load its `fetch` implementation if it has not yet: Node
 * makes the dispatcher then, on first use of `fetch`, `Request` or `Response`. The client leaves that
 * load (20–28 ms of CPU on Node 20–26) to its first request instead of paying it at import, where a
 * process that imports it and never sends would pay it too (bench/README.md, "Start-up").
 */
function loadedDispatcher(api: 1 | 2): Dispatcher | undefined {
  const made = globalDispatcher(api);
  if (made !== undefined || typeof globalThis.Response !== 'function') return made;
  return globalDispatcher(api);
}

/**
 * A lookup of the Node path for a `fetch`: `undefined` when that `fetch` is not Node's own or its undici
 * major is not one of {@link API_OF_MAJOR}. The verdict on a `fetch` is remembered ({@link isNodeFetch}).
 */
export function nodeRouteLookup(): (fetch: unknown) => NodeRoute | undefined {
  const api = runtime().undiciMajor === undefined ? undefined : API_OF_MAJOR[runtime().undiciMajor as number];
  return (fetch) => {
    if (api === undefined) return undefined;
    const dispatcher = isNodeFetch(fetch) ? loadedDispatcher(api) : undefined;
    return dispatcher && { dispatcher, api };
  };
}

/** A dispatcher refused an attempt before sending it (its API is not the one expected): nothing was sent. */
export class NodePathRefused extends Error {
  constructor(cause: unknown) {
    super('The undici dispatcher refused the request before sending it.', { cause });
  }
}

/** What {@link dispatchAttempt} resolves with before decoding: status, headers and the raw bytes. */
export interface Dispatched {
  status: number;
  statusText: string;
  headers: [string, string][];
  bytes: Uint8Array;
}

/** Latin-1 text of header bytes (what `fetch` makes of them); a string (undici 8) as it is. */
function latin1(value: Uint8Array | string): string {
  return typeof value === 'string'
    ? value
    : (value as Uint8Array & { toString(encoding: 'latin1'): string }).toString('latin1');
}

/** Header pairs from undici 6/7's flat `[name, value, …]` list (values are arrays for repeated ones under a wrapper). */
function pairsOfRaw(raw: (Uint8Array | Uint8Array[])[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = latin1(raw[i] as Uint8Array);
    const value = raw[i + 1] as Uint8Array | Uint8Array[];
    for (const one of Array.isArray(value) ? value : [value]) pairs.push([name, latin1(one)]);
  }
  return pairs;
}

/** Header pairs from undici 8's `{ name: value | value[] }` record. */
function pairsOfRecord(record: Record<string, string | string[] | undefined>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const name in record) {
    const value = record[name];
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) pairs.push([name, latin1(one)]);
  }
  return pairs;
}

/** Collects one answer, whole, whichever handler shape delivers it; `done` is called once. */
class Collector {
  #cancel: ((reason?: unknown) => void) | undefined;
  #failure: unknown;
  #settled = false;
  #status = 0;
  #statusText = '';
  #headers: [string, string][] = [];
  readonly #chunks: Uint8Array[] = [];
  #size = 0;

  constructor(
    readonly maxBytes: number,
    readonly tooLarge: (status: number) => Error,
    readonly done: (error: unknown, result?: Dispatched) => void,
  ) {}

  #settle(error: unknown, result?: Dispatched): void {
    if (this.#settled) return;
    this.#settled = true;
    this.done(error, result);
  }

  /** Ends it early (an abort, a body over the cap). Settled first: aborting makes undici report an error at once, which must not win. */
  fail(error: unknown): false {
    this.#failure = error;
    this.#settle(error);
    this.#cancel?.(error);
    return false;
  }

  connected(cancel: (reason?: unknown) => void): void {
    this.#cancel = cancel;
    if (this.#settled) cancel(this.#failure);
  }

  /** The final answer's head; 1xx interim answers carry no body and are skipped. */
  head(status: number, headers: () => [string, string][], statusText: string): boolean {
    if (status < 200) return true;
    this.#status = status;
    this.#statusText = statusText;
    this.#headers = headers();
    // A declared length over the cap fails before reading a byte.
    const length = this.#headers.find(([name]) => name.toLowerCase() === 'content-length')?.[1];
    return Number(length) > this.maxBytes ? this.fail(this.tooLarge(status)) : true;
  }

  data(chunk: Uint8Array): boolean {
    this.#size += chunk.byteLength;
    if (this.#size > this.maxBytes) return this.fail(this.tooLarge(this.#status));
    this.#chunks.push(chunk);
    return true;
  }

  complete(): void {
    const bytes = concatChunks(this.#chunks, this.#size);
    this.#settle(undefined, { status: this.#status, statusText: this.#statusText, headers: this.#headers, bytes });
  }

  error(error: Error): void {
    this.#settle(new TypeError('fetch failed', { cause: error }));
  }
}

/** The collector as an undici 6/7 handler. */
function handlerV1(c: Collector): object {
  return {
    onConnect: (cancel: (reason?: unknown) => void) => c.connected(cancel),
    onHeaders: (status: number, raw: (Uint8Array | Uint8Array[])[], _resume: unknown, text: string) =>
      c.head(status, () => pairsOfRaw(raw), text),
    onData: (chunk: Uint8Array) => c.data(chunk),
    onComplete: () => c.complete(),
    onError: (error: Error) => c.error(error),
  };
}

interface ControllerV2 {
  abort(reason?: unknown): void;
}

/** The collector as an undici 7+/8 handler (the controller's `abort` takes the place of `onConnect`'s; a failed check has already used it). */
function handlerV2(c: Collector): object {
  return {
    onRequestStart: (controller: ControllerV2) => c.connected((reason) => controller.abort(reason)),
    onResponseStart: (
      _controller: ControllerV2,
      status: number,
      record: Record<string, string | string[]>,
      text: string,
    ) => void c.head(status, () => pairsOfRecord(record), text ?? ''),
    onResponseData: (_controller: ControllerV2, chunk: Uint8Array) => void c.data(chunk),
    onResponseEnd: () => c.complete(),
    onResponseError: (_controller: ControllerV2, error: Error) => c.error(error),
  };
}

/**
 * Sends `attempt` on `route` and resolves once the whole body is in, with at most `maxBytes` of it
 * (else rejects with `tooLarge(status)`). Redirects are not followed. Network errors reject with a
 * `TypeError('fetch failed')` whose `cause` is undici's error, as `fetch` does; the attempt's signal
 * aborts it at any point (rejecting with its reason).
 */
function dispatchAttempt(
  route: NodeRoute,
  attempt: Attempt,
  maxBytes: number,
  tooLarge: (status: number) => Error,
): Promise<Dispatched> {
  const signal = lazyAbortOf(attempt) ?? attempt.signal;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const url = new URL(attempt.url);
  const headers: string[] = [];
  for (const [name, value] of attempt.headers) headers.push(name, value);
  const body = typeof attempt.body === 'string' || attempt.body === null ? attempt.body : new Uint8Array(attempt.body);
  return new Promise((resolve, reject) => {
    let stopListening: (() => void) | undefined;
    const collector = new Collector(maxBytes, tooLarge, (error, result) => {
      stopListening?.();
      if (result) resolve(result);
      else reject(error);
    });
    // Without reading a signal made on demand: this path needs none.
    stopListening = onAttemptAbort(attempt, (reason) => collector.fail(reason));
    const handler = route.api === 1 ? handlerV1(collector) : handlerV2(collector);
    try {
      route.dispatcher.dispatch(
        { origin: url.origin, path: url.pathname + url.search, method: attempt.method, headers, body },
        handler,
      );
    } catch (error) {
      // A dispatcher that refuses the call outright sent nothing: the caller may take the fetch path.
      collector.fail(new NodePathRefused(error));
    }
  });
}

/** Content codings `DecompressionStream` undoes (all a server may send when asked for none). */
const CODINGS: Record<string, CompressionFormat> = { gzip: 'gzip', 'x-gzip': 'gzip', deflate: 'deflate' };

/**
 * Sends `attempt` on `route` as a buffered response (`bufferedResponse`). No `Accept-Encoding` is sent, so servers
 * answer uncompressed; a gzip or deflate body (or a list of them) is still decoded as `fetch` decodes it
 * (capped at `maxBytes`). A status above 599 is kept as `fetch` keeps it.
 */
export async function nodeSend(
  route: NodeRoute,
  attempt: Attempt,
  maxBytes: number,
  tooLarge: TooLarge,
): Promise<Response> {
  const statusTooLarge = (status: number) => tooLarge(status, attempt);
  const { status, statusText, headers, bytes } = await dispatchAttempt(route, attempt, maxBytes, statusTooLarge);
  // As Node's `fetch` reads `Content-Encoding`: a list whose last coding was applied first, more
  // than 5 refused, and nothing decoded when one is not in CODINGS (`identity` included).
  const value = headers.find(([name]) => name.toLowerCase() === 'content-encoding')?.[1];
  const formats = value
    ? value
        .toLowerCase()
        .split(',')
        .map((coding) => CODINGS[coding.trim()])
    : [];
  if (formats.length > 5) throw new TypeError('fetch failed', { cause: new Error('Too many content codings.') });
  let body = bytes;
  if (formats.length > 0 && formats.every(Boolean) && bytes.byteLength > 0) {
    let stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream();
    for (const format of formats.reverse()) stream = stream.pipeThrough(new DecompressionStream(format!));
    body = await readCapped(new Response(stream), maxBytes, () => statusTooLarge(status));
  }
  // Node's `fetch` answers a status above 599 (a `Response` cannot be made with one) as it came, not
  // ok: made as a 599 (so not ok), its `status` is the one received.
  const response = bufferedResponse(body, { status: Math.min(status, 599), statusText, headers }, attempt.url);
  return status > 599 ? Object.defineProperty(response, 'status', { value: status }) : response;
}
