/** BullMQ's connection options for a test redis-server. */
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { type TestRedis, testRedis } from '../../../redis/test/support/redis-server.js';

/** Host and port of the server, and the `maxRetriesPerRequest: null` BullMQ's workers require. */
export interface TestConnection {
  host: string;
  port: number;
  maxRetriesPerRequest: null;
}

/** The {@link TestConnection} of the redis-server at `url`. */
export function connectionTo(url: string): TestConnection {
  const { hostname, port } = new URL(url);
  return { host: hostname, port: Number(port), maxRetriesPerRequest: null };
}

/**
 * The {@link TestConnection} of the shared test redis-server, started before the file's tests and
 * stopped after them. The object is filled in once the server runs, before any test makes a queue
 * or worker with it.
 */
export function useTestConnection(): TestConnection {
  const connection = { maxRetriesPerRequest: null } as TestConnection;
  let redis: TestRedis | undefined;
  beforeAll(async () => {
    redis = await testRedis();
    Object.assign(connection, connectionTo(redis.url));
  });
  afterAll(async () => {
    await redis?.stop();
  });
  return connection;
}

/**
 * An ioredis client of a test redis-server, for tests that read and write the package's records
 * themselves: `client` is set before the file's tests, and closed with the server after them.
 */
export function useTestRedisClient(): { client: Redis } {
  const holder = {} as { client: Redis };
  let redis: TestRedis | undefined;
  beforeAll(async () => {
    redis = await testRedis();
    holder.client = new Redis(redis.url);
  });
  afterAll(async () => {
    holder.client?.disconnect();
    await redis?.stop();
  });
  return holder;
}
