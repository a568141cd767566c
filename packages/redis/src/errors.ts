/** The typed errors of `@resendkit/redis`. */
import { ResendError } from '@resendkit/client';
import { ResendKitError, isResendKitError } from '@resendkit/client/errors';

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
 * nothing was sent. The Redis client's error is its `cause`, and the message says which it was: a
 * user without scripting rights or a key another program wrote is not a connection problem, and a
 * Redis busy for a while (`BUSY`, `LOADING`) is neither. It is made before the request is known
 * (`method` and `path` are `null`); the client's rate-limit stage names it with the waiting request's
 * method and path. A client that never got ready gives the last error it emitted (`WRONGPASS …`,
 * `connect ECONNREFUSED …`), as a copy without the command's arguments, so never the password. `address` (`host:port`, never credentials) names the Redis to check, when known.
 */
export function storeUnavailable(cause: unknown, address?: string): ResendError {
  const detail = cause instanceof Error ? cause.message.replace(/\.?$/, '') : String(cause);
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
