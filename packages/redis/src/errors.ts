/** The typed errors of `@resendkit/redis`. */
import { ResendError } from '@resendkit/client';

/**
 * What is wrong with the arguments of {@link redisRateLimitStore}:
 * - `invalid_client` — not a node-redis or ioredis client.
 * - `not_connected` — the client is not connected (node-redis: call `.connect()` first; ioredis:
 *   it was created with `lazyConnect` and never connected, or it was closed).
 * - `unsupported_client` — a cluster client (node-redis `createCluster`, ioredis `Cluster`).
 * - `invalid_key` — `key` is not a non-empty string of at most 512 characters.
 * - `invalid_option` — any other option is out of range (the message names it).
 */
export type RedisStoreErrorCode = 'invalid_client' | 'not_connected' | 'unsupported_client' | 'invalid_key' | 'invalid_option';

/** Thrown synchronously by {@link redisRateLimitStore} for arguments that cannot work. */
export class RedisStoreError extends TypeError {
  /** Which problem this is. */
  readonly code: RedisStoreErrorCode;

  /** @param code - the problem; @param message - what to fix. */
  constructor(code: RedisStoreErrorCode, message: string) {
    super(message);
    Object.defineProperty(this, 'name', { value: 'RedisStoreError', configurable: true });
    this.code = code;
  }
}

/**
 * The error every waiting call rejects with when Redis cannot be reached and `onUnavailable` is
 * `"fail"`: a {@link ResendError} named `rate_limit_store_unavailable`; nothing was sent. The Redis
 * client's error is its `cause`.
 */
export function storeUnavailable(cause: unknown): ResendError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new ResendError({
    name: 'rate_limit_store_unavailable',
    statusCode: null,
    message: `The shared rate limit in Redis could not be reached (${detail}); nothing was sent.`,
    method: 'UNKNOWN',
    path: '',
    cause,
  });
}
