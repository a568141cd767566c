/**
 * The `Response` every attempt resolves with: its body already read into memory (so the attempt's
 * timeout covered it and a cut body failed the attempt), held as bytes instead of a stream. No
 * `ReadableStream` is built unless someone asks for `body`, and the text and JSON are decoded and
 * parsed once, however many of the client's layers look at them.
 */

const UNPARSED: unique symbol = Symbol('unparsed');

/**
 * One decoder for every body, made on first use (nothing is made at import): one per response costs
 * ~0.5 µs on Node (its label lookup), and `decode` without `stream` keeps no state between calls.
 */
let decoder: TextDecoder | undefined;

/**
 * A `Response` (a real subclass: `instanceof Response` holds) over bytes already read. Reading it
 * behaves like any `Response`: once only (`bodyUsed`), `clone()` before to read twice. Differences:
 * `url` is the URL it came from (a constructed `Response` has none), `json()` hands back the value
 * the client's own checks parsed, and when the server sent no `Content-Length` (a chunked reply),
 * the headers state the length of the bytes held, as a proxy that buffers a reply would.
 */
export class BufferedResponse extends Response {
  readonly #bytes: Uint8Array;
  readonly #url: string;
  #text: string | undefined;
  #json: unknown = UNPARSED;
  #used = false;
  /** Built only when `body` is read: from then on the stream is the body. */
  #streamed: Response | undefined;

  /**
   * @param bytes - the whole body (empty for none).
   * @param init - status, status text and headers, as received.
   * @param url - the URL the response came from.
   */
  constructor(bytes: Uint8Array, init: { status: number; statusText?: string; headers: HeadersInit }, url: string) {
    super(null, init);
    this.#bytes = bytes;
    this.#url = url;
    const headers = this.headers;
    if (bytes.byteLength > 0 && !headers.has('content-length')) {
      headers.delete('transfer-encoding');
      headers.set('content-length', String(bytes.byteLength));
    }
  }

  /** The body's text, decoded once, without using the body up (for the client's own checks). */
  static peekText(response: Response): string | undefined {
    if (!(#bytes in response)) return undefined;
    return (response.#text ??= (decoder ??= new TextDecoder()).decode(response.#bytes));
  }

  /** The body parsed as JSON, parsed once; throws like `JSON.parse`. `undefined` for other responses. */
  static peekJson(response: Response): unknown {
    if (!(#bytes in response)) return undefined;
    if (response.#json === UNPARSED) response.#json = JSON.parse(BufferedResponse.peekText(response) as string);
    return response.#json;
  }

  /** True for a {@link BufferedResponse}: nothing to cancel, its bytes are already here. */
  static isBuffered(response: Response): response is BufferedResponse {
    return #bytes in response;
  }

  override get url(): string {
    return this.#url;
  }

  /** Where every reader but `text()` and `json()` reads: a `Response` over a copy of the bytes (made once). */
  #source(): Response {
    if (!this.#streamed) {
      if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
      this.#streamed = new Response(this.#bytes.byteLength > 0 ? this.#bytes.slice() : null, { headers: this.headers });
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
    return Promise.resolve(BufferedResponse.peekText(this) as string);
  }

  override json(): Promise<unknown> {
    if (this.#streamed) return this.#streamed.json();
    if (this.#used) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    this.#used = true;
    try {
      return Promise.resolve(BufferedResponse.peekJson(this));
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
}
