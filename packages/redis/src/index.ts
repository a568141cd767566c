/**
 * `@resendkit/redis`: one Resend rate limit shared by every process and host, kept in Redis.
 * @module @resendkit/redis
 */
export {
  RedisRateLimitStore,
  type RedisRateLimitStoreOptions,
  type RedisStoreFault,
  redisRateLimitStore,
} from './store.js';
export { RedisStoreError, type RedisStoreErrorCode, isRedisStoreError, storeUnavailable } from './errors.js';
export type { IoRedisLike, NodeRedisLike, RedisClientLike } from './connection.js';
