/**
 * The `Response` every attempt resolves with: its body already read into memory (so the attempt's
 * timeout covered it and a cut body failed the attempt), held as bytes instead of a stream. No
 * `ReadableStream` is built unless someone asks for `body`, and the text and JSON are decoded and
 * parsed once, however many of the client's layers look at them. A caller that reads bodies only
 * through the door (see `Attempt.heldBody`) may get the platform's own response instead, its bytes
 * held aside here ({@link holdBody}): no second `Response` is built.
 */

import { headerOf } from './attempt.js';

const UNPARSED: unique symbol = Symbol('unparsed');

/**
 * One decoder for every body, made on first use (nothing is made at import): one per response costs
 * ~0.5 µs on Node (its label lookup), and `decode` without `stream` keeps no state between calls.
 */
let decoder: TextDecoder | undefined;

/**
 * A body read whole: its bytes (or, for one read as text, its text), its text and JSON once someone
 * asked, and a copy of the headers when one was taken.
 */
interface Held {
  /** `undefined` for a body read as text ({@link holdBody} with a string): its text is at hand. */
  readonly bytes: Uint8Array | undefined;
  text: string | undefined;
  json: unknown;
  /** The response's headers as pairs, names in lower case (see {@link headerPairs}). */
  readonly headers?: [string, string][] | undefined;
  /** The URL the response came from, when the wire knows it without asking the response (see {@link responseUrl}). */
  readonly url?: string | undefined;
}

const heldOf = (bytes: Uint8Array | undefined, headers?: [string, string][], text?: string, url?: string): Held => ({
  bytes,
  text,
  json: UNPARSED,
  headers,
  url,
});

/**
 * `headers` as pairs (names in lower case), read once. The client looks at a response's headers
 * some eight times (length, coding, quota, limit, key echoes…): on Node 22–26 each `Headers` look-up
 * costs ~0.15–0.35 µs and a walk over them 1.3–2.5 µs (undici sorts them first), so one walk into
 * plain pairs is cheaper than the look-ups it replaces (`responseHeader` in the door).
 */
export function headerPairs(headers: Headers): [string, string][] {
  const pairs: [string, string][] = [];
  headers.forEach((value, name) => pairs.push([name, value]));
  return pairs;
}

/** Where `name` is among `pairs`, or -1. */
function indexOfName(pairs: [string, string][], name: string): number {
  for (let i = 0; i < pairs.length; i++) if ((pairs[i] as [string, string])[0] === name) return i;
  return -1;
}

/**
 * Header pairs as received (any case, values untrimmed, a name possibly repeated) as `Headers` reads
 * them: names in lower case, values trimmed, a repeated name's values joined by `, `; with `length`,
 * `Content-Length` set to it and no `Transfer-Encoding` (see {@link bufferedResponse}).
 */
function lowerCasePairs(received: [string, string][], length: string | undefined): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [rawName, rawValue] of received) {
    const name = rawName.toLowerCase();
    if (length !== undefined && name === 'transfer-encoding') continue;
    const value = rawValue.trim();
    const index = indexOfName(pairs, name);
    if (index >= 0) (pairs[index] as [string, string])[1] += `, ${value}`;
    else pairs.push([name, value]);
  }
  if (length !== undefined) pairs.push(['content-length', length]);
  return pairs;
}

/**
 * Where a platform response the wire answered with unwrapped keeps its body: a symbol-keyed property
 * of its own. Building a `Response` subclass over the bytes instead cost ~1–2 µs of CPU a call on Node
 * 22–26 (its headers copied and validated one by one) and 10–20 µs on Deno; a `WeakMap` from response
 * to body made every call dearer, other clients' too (its entries weigh on each garbage collection).
 * See bench/README.md.
 */
const HELD: unique symbol = Symbol('resendkit.heldBody');

type HoldsBody = Response & { [HELD]?: Held };

/**
 * `response` (its body already read into `body`: bytes, or its text) with the body held aside for the
 * door's readers, and `headers`, the pairs of its headers ({@link headerPairs}). Its own body is used
 * up, as after openapi-fetch's own `response.json()`.
 */
export function holdBody(
  response: Response,
  body: Uint8Array | string,
  headers: [string, string][],
  url?: string,
): Response {
  (response as HoldsBody)[HELD] =
    typeof body === 'string' ? heldOf(undefined, headers, body, url) : heldOf(body, headers, undefined, url);
  return response;
}

function textOf(held: Held): string {
  // A held body has its bytes or its text (heldOf's callers give one of them).
  return (held.text ??= (decoder ??= new TextDecoder()).decode(held.bytes as Uint8Array));
}

function jsonOf(held: Held): unknown {
  if (held.json === UNPARSED) held.json = JSON.parse(textOf(held));
  return held.json;
}

/** The body held for `response` (a buffered response, or one given to {@link holdBody}), or `undefined`. */
function heldFor(response: Response): Held | undefined {
  return (response as HoldsBody)[HELD];
}

/**
 * The body's text at hand, decoded once, without using the body up: for a response the wire made
 * (every one beneath the client); `undefined` for others.
 */
export function peekText(response: Response): string | undefined {
  const held = heldFor(response);
  return held && textOf(held);
}

/** The body parsed as JSON, parsed once, for a response the wire made; throws like `JSON.parse`; `undefined` for others. */
export function peekJson(response: Response): unknown {
  const held = heldFor(response);
  return held && jsonOf(held);
}

/**
 * Header `name` (lower case) of `response`, or `null`: for a response the wire made, from the copy of
 * its headers it took once (cheaper than `response.headers.get` from the second look-up on).
 */
export function responseHeader(response: Response, name: string): string | null {
  return headerFrom(heldFor(response)?.headers, response, name);
}

/** Header `name` (lower case): from `pairs`, the copy of `response`'s headers, when there is one; else looked up. */
export function headerFrom(pairs: [string, string][] | undefined, response: Response, name: string): string | null {
  return pairs ? (headerOf(pairs, name) ?? null) : response.headers.get(name);
}

/**
 * The URL `response` came from: the one the wire sent to, when it held the body of an attempt the
 * platform could not redirect (`redirect: "manual"`); else `response.url`. On Deno each read of
 * `response.url` serialises the URL again (~1.7 µs, and more on a fresh response), and the limiter
 * asks on every call.
 */
export function responseUrl(response: Response): string {
  return heldFor(response)?.url ?? response.url;
}

/** True when `test` holds for a header value of `response` (for a response the wire made, from its copy of them, else walked). */
export function anyHeaderValue(response: Response, test: (value: string) => boolean): boolean {
  const pairs = heldFor(response)?.headers ?? headerPairs(response.headers);
  for (const pair of pairs) if (test(pair[1])) return true;
  return false;
}

/** True for a response the wire made: its whole body is in memory (a buffered response, or one given to {@link holdBody}). */
export function isHeld(response: Response): boolean {
  return heldFor(response) !== undefined;
}

/** True for a buffered response (see {@link bufferedResponse}): its own body can still be read, from the bytes it holds. */
export function isBuffered(response: Response): boolean {
  return BufferedResponseClass !== undefined && response instanceof BufferedResponseClass;
}

/** What {@link bufferedResponse} takes besides the bytes: status, status text and headers, as received. */
export interface BufferedInit {
  status: number;
  statusText?: string;
  headers: HeadersInit;
}

/**
 * The class of buffered responses, made on first use. `class … extends Response` evaluated at import
 * would make Node load its whole `fetch` implementation (undici; `Response` is a lazy global there):
 * 20–28 ms of CPU on Node 20–26, paid by every process that imports the client, even one that never
 * sends (bench/README.md, "Start-up").
 */
let BufferedResponseClass: (new (bytes: Uint8Array, init: BufferedInit, url: string) => Response) | undefined;

/**
 * A `Response` (a real subclass: `instanceof Response` holds) over `bytes`, the whole body already
 * read (empty for none), from `url`. `init.headers` as pairs (the Node path's) are also kept as the
 * copy the door's header readers use (see {@link headerPairs}).
 */
export function bufferedResponse(bytes: Uint8Array, init: BufferedInit, url: string): Response {
  return new (BufferedResponseClass ??= bufferedResponseClass())(bytes, init, url);
}

/**
 * Reading a buffered response behaves like any `Response`: once only (`bodyUsed`), `clone()` before to
 * read twice. Differences: `url` is the URL it came from (a constructed `Response` has none), `json()`
 * hands back the value the client's own checks parsed, and when the server sent no `Content-Length`
 * (a chunked reply), the headers state the length of the bytes held, as a proxy that buffers a reply
 * would.
 */
function bufferedResponseClass() {
  return class BufferedResponse extends Response {
    readonly #held: Held;
    readonly #bytes: Uint8Array;
    readonly #url: string;
    #used = false;
    /** Built only when `body` is read: from then on the stream is the body. */
    #streamed: Response | undefined;

    constructor(bytes: Uint8Array, init: BufferedInit, url: string) {
      super(null, init);
      const length = bytes.byteLength > 0 && !this.headers.has('content-length') ? String(bytes.byteLength) : undefined;
      if (length !== undefined) {
        this.headers.delete('transfer-encoding');
        this.headers.set('content-length', length);
      }
      this.#bytes = bytes;
      this.#held = heldOf(bytes, Array.isArray(init.headers) ? lowerCasePairs(init.headers, length) : undefined);
      // Under the symbol too: the door's readers find every held body, this one's and a platform
      // response's, with one property read.
      (this as HoldsBody)[HELD] = this.#held;
      this.#url = url;
    }

    override get url(): string {
      return this.#url;
    }

    /** Where every reader but `text()` and `json()` reads: a `Response` over a copy of the bytes (made once). */
    #source(): Response {
      if (!this.#streamed) {
        if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
        this.#streamed = new Response(this.#bytes.byteLength > 0 ? this.#bytes.slice() : null, {
          headers: this.headers,
        });
      }
      return this.#streamed;
    }

    override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
      // A getter must not throw (inspection reads it): once read as text, there is no stream to give.
      return this.#bytes.byteLength === 0 || (this.#used && !this.#streamed) ? null : this.#source().body;
    }

    override get bodyUsed(): boolean {
      return this.#streamed ? this.#streamed.bodyUsed : this.#used;
    }

    // text() and json() settle from the bytes at hand: plain functions returning settled promises,
    // not async ones, spare a promise and a turn each (they run on every call the client makes).
    override text(): Promise<string> {
      if (this.#streamed) return this.#streamed.text();
      if (this.#used) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
      this.#used = true;
      return Promise.resolve(textOf(this.#held));
    }

    override json(): Promise<unknown> {
      if (this.#streamed) return this.#streamed.json();
      if (this.#used) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
      this.#used = true;
      try {
        return Promise.resolve(jsonOf(this.#held));
      } catch (error) {
        return Promise.reject(error);
      }
    }

    override async arrayBuffer(): Promise<ArrayBuffer> {
      return this.#source().arrayBuffer();
    }

    override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
      return new Uint8Array(await this.arrayBuffer());
    }

    override async blob(): Promise<Blob> {
      return this.#source().blob();
    }

    override async formData(): Promise<FormData> {
      return this.#source().formData();
    }

    override clone(): BufferedResponse {
      if (this.bodyUsed || this.#streamed?.body?.locked)
        throw new TypeError('Response.clone: Body has already been consumed.');
      return new BufferedResponse(this.#bytes, this, this.#url);
    }
  };
}
