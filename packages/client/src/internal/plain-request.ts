/**
 * The request class handed to openapi-fetch (its `Request` option): the object middleware sees.
 * A platform `Request` turns every body into a stream and makes an AbortSignal of its own (tens of
 * µs each on Node 20), only for the client to read the body straight back; this one keeps a text
 * body as text and makes a signal only when someone asks for it.
 */

/** What {@link PlainRequest.parts} gives the transport. */
export interface RequestParts {
  body: string | ArrayBuffer | null;
  signal: AbortSignal | undefined;
}

/** Methods a `Request` writes in upper case whatever case they were given in (as the Fetch standard does). */
const NORMALISED = /^(?:DELETE|GET|HEAD|OPTIONS|POST|PUT)$/i;

/**
 * A `Request`-shaped object over a text body (or none): `url`, `method`, `headers` (a real, mutable
 * `Headers`), `signal`, `redirect`, `body` (a stream, built when read), `bodyUsed`, `clone()` and the
 * body readers. Any other body (FormData, Blob, a stream…) is kept in a real `Request`, so its
 * encoding and `Content-Type` are the platform's.
 *
 * Differences from a `Request`: `instanceof Request` is false (`instanceof PlainRequest` is true for
 * both, so openapi-fetch accepts a real `Request` returned by middleware), and it cannot be passed
 * to `fetch()` or `new Request()` as it is: build one with `new Request(request.url, { method,
 * headers, body: await request.text() })`.
 */
export class PlainRequest {
  /** The absolute URL, normalised as a `Request` would. */
  readonly url: string;
  /** The method; the standard ones upper case. */
  readonly method: string;
  /** The headers; middleware may change them. */
  readonly headers: Headers;
  /** The redirect mode asked for. */
  readonly redirect: RequestRedirect;
  readonly #text: string | null;
  readonly #platform: Request | undefined;
  readonly #callerSignal: AbortSignal | undefined;
  #signal: AbortSignal | undefined;
  #used = false;
  /** Built only when `body` is read: from then on the stream is the body. */
  #streamed: Response | undefined;

  constructor(input: string | URL, init: RequestInit = {}) {
    const method = init.method ?? 'GET';
    this.method = NORMALISED.test(method) ? method.toUpperCase() : method;
    const body = init.body ?? null;
    if (body !== null && typeof body !== 'string') {
      this.#platform = new Request(input, init);
      this.url = this.#platform.url;
      this.headers = this.#platform.headers;
    } else {
      if (body !== null && (this.method === 'GET' || this.method === 'HEAD'))
        throw new TypeError('Request with GET/HEAD method cannot have body.');
      this.url = new URL(input).href;
      // openapi-fetch hands over a Headers object of its own for each call: kept rather than copied.
      this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
      if (body !== null && !this.headers.has('content-type'))
        this.headers.set('content-type', 'text/plain;charset=UTF-8');
    }
    this.#text = typeof body === 'string' ? body : null;
    this.redirect = init.redirect ?? 'follow';
    this.#callerSignal = init.signal ?? undefined;
  }

  /** `value` is a {@link PlainRequest} or a platform `Request` (what openapi-fetch accepts from middleware). */
  static [Symbol.hasInstance](value: unknown): boolean {
    return (
      (typeof value === 'object' && value !== null && #text in value) ||
      (typeof Request !== 'undefined' && value instanceof Request)
    );
  }

  /**
   * What the client sends: the body read once (a text body as the text: the transport encodes it, so
   * it is not encoded twice) and the caller's own signal, without making a signal nobody listens to.
   * Works on a platform `Request` too.
   */
  static parts(request: Request | PlainRequest): RequestParts | Promise<RequestParts> {
    // A text body is at hand: answered without a promise (one await fewer on every call).
    if (#text in request && !request.#platform && !request.#streamed && !request.#used)
      return { body: request.#text, signal: request.#callerSignal };
    return PlainRequest.#readParts(request);
  }

  static async #readParts(request: Request | PlainRequest): Promise<RequestParts> {
    if (!(#text in request)) return { body: request.body ? await request.arrayBuffer() : null, signal: request.signal };
    if (request.#platform)
      return {
        body: request.#platform.body ? await request.#platform.arrayBuffer() : null,
        signal: request.#callerSignal,
      };
    return { body: await request.arrayBuffer(), signal: request.#callerSignal };
  }

  /** The caller's signal, or one that never aborts. */
  get signal(): AbortSignal {
    return (this.#signal ??= this.#platform?.signal ?? this.#callerSignal ?? new AbortController().signal);
  }

  /** Where every reader but `text()` reads: the platform request, else a `Response` over the text (made once). */
  #source(): Request | Response {
    if (!this.#platform && !this.#streamed) {
      if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
      this.#streamed = new Response(this.#text, { headers: this.headers });
    }
    return (this.#platform ?? this.#streamed) as Request | Response;
  }

  get body(): ReadableStream<Uint8Array> | null {
    // A getter must not throw (inspection reads it): once read as text, there is no stream to give.
    if (this.#platform) return this.#platform.body;
    return this.#text === null || (this.#used && !this.#streamed) ? null : this.#source().body;
  }

  get bodyUsed(): boolean {
    return (this.#platform ?? this.#streamed)?.bodyUsed ?? this.#used;
  }

  async text(): Promise<string> {
    if (this.#platform || this.#streamed) return this.#source().text();
    if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
    this.#used = true;
    return this.#text ?? '';
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#source().arrayBuffer();
  }

  async bytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.arrayBuffer());
  }

  async blob(): Promise<Blob> {
    return this.#source().blob();
  }

  async formData(): Promise<FormData> {
    return this.#source().formData();
  }

  /**
   * `request` as a platform `Request` (itself when it is one): what user middleware gets, so
   * `instanceof Request`, `new Request(request, init)`, `fetch(request)` and `clone()` all work.
   */
  static toPlatform(request: Request | PlainRequest): Request {
    if (!(#text in request)) return request;
    if (request.#platform) return request.#platform;
    const init: RequestInit = { method: request.method, headers: request.headers, redirect: request.redirect };
    if (request.#callerSignal) init.signal = request.#callerSignal;
    if (request.#streamed || request.#used) init.body = request.body;
    else init.body = request.#text;
    if (init.body instanceof ReadableStream) Object.assign(init, { duplex: 'half' });
    return new Request(request.url, init);
  }

  /** A copy with its own headers and an unread body. */
  clone(): PlainRequest {
    if (this.bodyUsed) throw new TypeError('Request.clone: Body has already been consumed.');
    const init: RequestInit = {
      method: this.method,
      headers: new Headers(this.headers),
      redirect: this.redirect,
      body: this.#platform ? this.#platform.clone().body : this.#text,
    };
    if (this.#platform) Object.assign(init, { duplex: 'half' });
    if (this.#callerSignal) init.signal = this.#callerSignal;
    return new PlainRequest(this.url, init);
  }
}
