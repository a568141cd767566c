/**
 * The shapes a request travels in beneath openapi-fetch. Imports nothing: every layer of the client
 * (and anyone composing their own stack from `@resendkit/client/compose`) can name them without
 * pulling in the code that moves bytes.
 */

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
  /** The body, read once, so every attempt can send it again: text as it was given (a JSON body), other bodies as bytes. */
  body: string | ArrayBuffer | null;
  /**
   * Aborts the attempt: the caller's signal, or one that also follows a time limit; none when neither
   * applies. It may be made on first read (see the wire's README): copy attempts with
   * `changeAttempt` to keep it unmade (a spread reads it, which is correct, only slower).
   */
  signal?: AbortSignal;
  /** Redirect mode; `withRedirects` sets `manual` and follows them itself. */
  redirect?: RequestRedirect;
  /**
   * Set by a caller that reads the answer's body only through the wire's door (`readJson`,
   * `peekText`…), never through the `Response`: the `fetch` path may then answer with the platform's
   * own response, its body read and held aside, instead of a second `Response` built over the bytes.
   * Internal: the client's direct call sets it; a stack of your own leaves it unset.
   */
  heldBody?: boolean;
}

/** Sends one {@link Attempt}. Every `with…` wrapper takes a `Send` and returns one, so they compose. */
export type Send = (attempt: Attempt) => Promise<Response>;

/** Makes the error a body over the size cap fails with, given the response's status. */
export type TooLarge = (status: number, attempt: Attempt) => Error;
