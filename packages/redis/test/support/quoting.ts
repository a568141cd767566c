/** A Redis client whose errors quote the URL it was given, for the tests of credentials in messages. */
import { EventEmitter } from 'node:events';
import type { RedisClientLike } from '../../src/index.js';

/**
 * A node-redis-shaped client at 127.0.0.1:6390 whose errors quote `url`, as a wrapper or a client
 * build of the user's may: never ready (emitting `error` on its first connection), or ready with
 * every command rejected.
 */
export function quoting(url: string, ready: boolean): RedisClientLike {
  const failure = () => new Error(`Connection to ${url} failed: ECONNRESET`);
  const client = Object.assign(new EventEmitter(), {
    isOpen: true,
    isReady: ready,
    options: { url, socket: { host: '127.0.0.1', port: 6390 } },
    sendCommand: () => Promise.reject(failure()),
  });
  client.on('error', () => {});
  if (!ready) setTimeout(() => client.emit('error', failure()), 20);
  return client as unknown as RedisClientLike;
}
