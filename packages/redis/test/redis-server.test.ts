import { expect, it } from 'vitest';
import { NOT_FOUND, findRedisServer } from './support/redis-server.js';

it('finds redis-server through REDIS_SERVER_BIN first, and names the package to install when there is none', () => {
  expect(findRedisServer({ PATH: '' }, [])).toBeUndefined();
  expect(findRedisServer({ PATH: '', REDIS_SERVER_BIN: process.execPath }, [])).toBe(process.execPath);
  expect(NOT_FOUND).toBe(
    'redis-server not found: install Debian package redis-server (apt-get install redis-server) or set REDIS_URL',
  );
  expect(NOT_FOUND).not.toContain('\n');
});
