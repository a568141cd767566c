/**
 * Beneath openapi-fetch, a request travels as an {@link Attempt}: plain data with its body read once.
 * Wrappers copy and change that data instead of rebuilding `Request`s (each costs tens of µs), a
 * retry resends the same bytes, and `fetch(url, init)` builds the only Request below openapi-fetch.
 */
import { ResendError, pathOf } from './errors.js';

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

/** Where {@link fetchSend} keeps the bytes of a body it read, so nothing above has to read or clone it again. */
export const BODY_BYTES: unique symbol = Symbol.for('resendkit.bodyBytes') as never;

/** Options of {@link fetchSend}. */
export interface FetchSendOptions {
  /** Largest body read, in bytes; a larger one (or a decompressed one) rejects with `response_too_large`. @defaultValue unbounded */
  maxBytes?: number;
}

/** Reads a body up to `maxBytes`, cancelling the stream (and so any decompression) once past it. */
async function readCapped(response: Response, maxBytes: number, attempt: Attempt): Promise<ArrayBuffer> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  // A declared length over the cap fails before reading a byte.
  let over = Number(response.headers.get('content-length')) > maxBytes;
  while (!over) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    over = size > maxBytes;
    chunks.push(value);
  }
  if (over) {
    void reader.cancel().catch(() => undefined);
    const message = `Response body over maxResponseBytes (${maxBytes}); the request may have been carried out.`;
    throw new ResendError({ name: 'response_too_large', statusCode: response.status, message, method: attempt.method, path: pathOf(attempt.url) });
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes.buffer;
}

/**
 * The bottom of a stack: `globalThis.fetch(url, init)` (looked up per call), or `fetch(new Request(…))`.
 * It reads the whole body before resolving, so the attempt's timeout covers a body that stalls and a
 * body cut halfway fails the attempt like any network error (and is retried when safe); the response
 * it returns holds the same bytes, status, headers and `url`.
 */
export function fetchSend(fetch?: FetchLike, options: FetchSendOptions = {}): Send {
  const { maxBytes } = options;
  return async (attempt) => {
    const { url, ...init } = attempt;
    const response = await (fetch ? fetch(new Request(url, init)) : globalThis.fetch(url, init));
    if (!response.body) return response;
    const bytes = maxBytes === undefined ? await response.arrayBuffer() : await readCapped(response, maxBytes, attempt);
    const copy = new Response(bytes.byteLength > 0 ? bytes : null, response);
    // Own properties shadow the getters of a constructed Response, which has no url.
    Object.defineProperties(copy, { url: { value: response.url }, [BODY_BYTES]: { value: bytes } });
    return copy;
  };
}

/** A response's body as text without consuming it: the bytes {@link fetchSend} kept, else a clone's. */
export function bodyText(response: Response): Promise<string> {
  const bytes = (response as Response & { [BODY_BYTES]?: ArrayBuffer })[BODY_BYTES];
  return bytes ? Promise.resolve(new TextDecoder().decode(bytes)) : response.clone().text();
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
