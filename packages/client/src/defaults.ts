/**
 * Every default of the client in one object: what `createResendClient` uses for an option not given.
 * The options' TSDoc and the README quote it; nothing else restates a default.
 */

/** The client's defaults (frozen). */
export const clientDefaults = Object.freeze({
  /** Resend's API origin, when neither `baseUrl` nor `RESEND_BASE_URL` is set. */
  baseUrl: 'https://api.resend.com',
  /** Time limit of each attempt, until the whole response has arrived, in ms. */
  timeoutMs: 30_000,
  /** Largest response body read, in bytes (32 MiB). */
  maxResponseBytes: 32 * 1024 * 1024,
  /** Redirects followed. */
  maxRedirects: 5,
  /** Retries: how many after the first attempt, the backoff's base and cap, and the longest `retry-after` honoured, in ms. */
  retry: Object.freeze({ retries: 2, baseDelayMs: 500, maxDelayMs: 10_000, maxRetryAfterMs: 60_000 }),
  /** Rate limiting: Resend's default team limit (5 requests a second), adopting the server's `ratelimit-limit`, pausing at most a minute on a 429. */
  rateLimit: Object.freeze({ limit: 5, windowMs: 1000, adoptServerLimit: true, maxPauseMs: 60_000 }),
});
