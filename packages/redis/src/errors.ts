/** The typed errors of `@resendkit/redis`. */
import { ResendError } from '@resendkit/client';
import { ResendKitError, isResendKitError } from '@resendkit/client/errors';
import { cutText } from '@resendkit/client/shared';

/**
 * What is wrong with the arguments of {@link redisRateLimitStore}:
 * - `invalid_client` — not a node-redis or ioredis client.
 * - `not_connected` — the client is not connected (node-redis: call `.connect()` first; ioredis:
 *   it was created with `lazyConnect` and never connected, or it was closed).
 * - `unsupported_client` — a cluster client (node-redis `createCluster`, ioredis `Cluster`) or a
 *   node-redis client pool (`createClientPool`).
 * - `invalid_key` — `key` is not a non-empty string of at most 512 characters.
 * - `invalid_option` — any other option is out of range or unknown by name (the message names it).
 */
export type RedisStoreErrorCode =
  'invalid_client' | 'not_connected' | 'unsupported_client' | 'invalid_key' | 'invalid_option';

/** Thrown synchronously by {@link redisRateLimitStore} for arguments that cannot work. */
export class RedisStoreError extends ResendKitError<RedisStoreErrorCode> {
  /** @param code - the problem; @param message - what failed and what to fix. */
  constructor(code: RedisStoreErrorCode, message: string) {
    super('RedisStoreError', code, message);
  }
}

/** True for a {@link RedisStoreError}, also one made by another copy of this package. */
export function isRedisStoreError(error: unknown): error is RedisStoreError {
  return isResendKitError(error, 'RedisStoreError');
}

/**
 * `text` with the user name and password of every `scheme://user:pass@host` URL in it left out: all
 * up to the last `@` before the host (where the authority ends, at `/`, `?`, `#` or a space), as the
 * clients read it, since many users write a password's `@` unescaped (`redis://:p@ss@host`). Users
 * paste a space, `#`, `/`, `?` or `%` unescaped too, so after a `user:` (or a bare `:`) that starts no
 * port, all up to the last `@` before the line or the next URL ends goes: hiding text after such a
 * password's end at worst. A password starting with digits and a raw space or `/` after a user name
 * (`redis://u:12 34@host`) reads as a port and stays.
 */
export function withoutCredentials(text: string): string {
  return text.replace(
    /([a-z][a-z\d+.-]*:\/\/)(?:(?:[^\s/?#:[]+:(?!\d*(?:[\s/?#]|$))|:)(?:(?!:\/\/).)*|[^\s/?#]*)@/gi,
    '$1',
  );
}

/** Longest client message kept in {@link cleanCopy}: it goes inside the store's own message. */
const MAX_MESSAGE = 200;

/**
 * A client's error reduced to its name, one-line message (or code) and `code`: ioredis's reply
 * errors keep the failed command with its arguments (`AUTH user password`), and a message could
 * quote a `redis://user:pass@…` URL, so neither the error itself nor such a URL is passed on.
 */
export function cleanCopy(error: unknown): Error {
  const e = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const code = typeof e.code === 'string' ? e.code : undefined;
  const text = typeof e.message === 'string' && e.message !== '' ? e.message : (code ?? String(error));
  let message = withoutCredentials(text.split('\n', 1)[0]!);
  if (message.length > MAX_MESSAGE) message = `${cutText(message, MAX_MESSAGE - 1)}…`;
  const copy = new Error(message);
  if (typeof e.name === 'string' && e.name !== '') copy.name = e.name;
  if (code !== undefined) Object.assign(copy, { code });
  return copy;
}

/** A reply error of Redis itself (`WRONGTYPE …`, `NOPERM …`, `OOM …`, `READONLY …`): reached, and refused. */
const REDIS_REFUSAL = /^[A-Z]{3,}\b/;

/**
 * True for an error Redis answered with (`OOM …`, `READONLY …`, `BUSY …`, `NOPERM …`), as opposed to
 * the connection failing: the script did not take a slot, so there is none to give back.
 */
export function answeredWithError(error: unknown): boolean {
  return error instanceof Error && REDIS_REFUSAL.test(error.message);
}

/**
 * Reply errors of a Redis that serves no command for a while, whoever asks (a script of another
 * program running long, data loading after a restart, a failover): no rights or keys to check.
 */
const REDIS_BUSY = /^(BUSY|LOADING|MASTERDOWN|TRYAGAIN)\b/;

/** Redis refusing the client's credentials: the password to check, not the user's rights or keys. */
const REDIS_AUTH = /^(WRONGPASS|NOAUTH)\b/;

/** What went wrong, and what to check, for the message of {@link storeUnavailable}. */
function diagnosis(detail: string, at: string): [what: string, check: string] {
  if (REDIS_AUTH.test(detail))
    return [
      "Redis refused the Redis client's credentials",
      `the user name and password the client uses for Redis${at}`,
    ];
  if (REDIS_BUSY.test(detail))
    return ["Redis could not serve the shared rate limit's command for now", `the state of Redis${at}`];
  if (REDIS_REFUSAL.test(detail))
    return [
      "Redis refused the shared rate limit's command",
      `the Redis user's rights and the store's keys on Redis${at}`,
    ];
  return ['The shared rate limit in Redis could not be reached', `the connection to Redis${at}`];
}

/**
 * The error every waiting call rejects with when Redis cannot be reached or refuses the store's
 * commands and `onUnavailable` is `"fail"`: a {@link ResendError} named `rate_limit_store_unavailable`;
 * nothing was sent. The Redis client's error is its `cause` (a copy without the URL's credentials
 * when its message quotes a `redis://user:pass@…` URL), and the message says which it was: a
 * user without scripting rights or a key another program wrote is not a connection problem, and a
 * Redis busy for a while (`BUSY`, `LOADING`) is neither. It is made before the request is known
 * (`method` and `path` are `null`); the client's rate-limit stage names it with the waiting request's
 * method and path. A client that never got ready gives the last error it emitted (`WRONGPASS …`,
 * `connect ECONNREFUSED …`), as a copy without the command's arguments, so never the password. `address` (`host:port`, never credentials) names the Redis to check, when known.
 */
export function storeUnavailable(cause: unknown, address?: string): ResendError {
  const text = cause instanceof Error ? cause.message : String(cause);
  const shown = withoutCredentials(text);
  // A message quoting a URL with its password (a client or wrapper of the user's own): the cause
  // would show it too, so a copy without it takes its place.
  if (shown !== text) cause = cleanCopy(cause);
  const detail = shown.replace(/\.?$/, '');
  const [what, check] = diagnosis(detail, address === undefined ? '' : ` at ${address}`);
  return new ResendError({
    name: 'rate_limit_store_unavailable',
    statusCode: null,
    message: `${what} (${detail}), so nothing was sent. Check ${check}, or pass onUnavailable: "memory" to fall back to a local limit.`,
    method: null,
    path: null,
    cause,
  });
}
