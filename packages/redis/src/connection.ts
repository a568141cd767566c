/**
 * One way to run a script on either client: node-redis 4/5 (`sendCommand`, `isOpen`/`isReady`)
 * or ioredis (`call`, `status`). Only these few members are used, so the package imports neither.
 */
import { createHash } from 'node:crypto';
import { oneListener } from '@resendkit/client/shared';
import { RedisStoreError } from './errors.js';

/** The members of a node-redis client (v4 or v5) the store uses. */
export interface NodeRedisLike {
  /** Sends one raw command (`EVALSHA`/`EVAL` here). */
  sendCommand(args: string[]): Promise<unknown>;
  /** True once `connect()` was called and until the client is closed. */
  readonly isOpen: boolean;
  /** True while connected (false while reconnecting). */
  readonly isReady: boolean;
}

/** The members of an ioredis client the store uses. */
export interface IoRedisLike {
  /** Sends one raw command (`EVALSHA`/`EVAL` here). */
  call(command: string, ...args: string[]): Promise<unknown>;
  /** The connection state: `ready` when commands go out at once. */
  readonly status: string;
}

/** A node-redis or ioredis client, connected. */
export type RedisClientLike = NodeRedisLike | IoRedisLike;

/** Runs commands; `ready` says whether a command would go out now instead of queueing. */
export interface Connection {
  /** Whether a command would be sent now rather than queued for a reconnect. */
  ready(): boolean;
  /**
   * While the client has never been ready since the store was made (`new Redis(url)` passed at
   * once, or node-redis's `connect()` not awaited): resolves `true` on its first `ready`, `false`
   * after `timeoutMs`. Once it was ready, resolves `false` at once: a reconnect is not waited for.
   */
  firstReady(timeoutMs: number): Promise<boolean>;
  /** Sends one raw command. */
  command(args: string[]): Promise<unknown>;
}

const IOREDIS_ALIVE = new Set(['connecting', 'connect', 'ready', 'reconnecting']);

/** Checks `client` and wraps it; throws a {@link RedisStoreError} for anything unusable. */
export function connect(client: unknown): Connection {
  if (typeof client !== 'object' || client === null) {
    throw new RedisStoreError(
      'invalid_client',
      `Expected a node-redis or ioredis client (got ${client === null ? 'null' : typeof client}).`,
    );
  }
  const c = client as Record<string, unknown>;
  if (c.isCluster === true || ('masters' in c && 'slots' in c)) {
    throw new RedisStoreError(
      'unsupported_client',
      'Cluster clients are not supported; pass a client of one Redis server (or a proxy in front of a cluster).',
    );
  }
  if (typeof c.call === 'function' && typeof c.status === 'string') {
    const io = client as IoRedisLike;
    if (!IOREDIS_ALIVE.has(io.status)) {
      throw new RedisStoreError(
        'not_connected',
        `The ioredis client is not connected (status "${io.status}"); call .connect() first.`,
      );
    }
    return withFirstReady(
      client,
      () => io.status === 'ready',
      ([name, ...args]) => io.call(name as string, ...args),
    );
  }
  if (typeof c.sendCommand === 'function' && typeof c.isOpen === 'boolean') {
    const nr = client as NodeRedisLike;
    if (!nr.isOpen)
      throw new RedisStoreError(
        'not_connected',
        'The node-redis client is not connected; await client.connect() first.',
      );
    return withFirstReady(
      client,
      () => nr.isReady,
      (args) => nr.sendCommand(args),
    );
  }
  throw new RedisStoreError(
    'invalid_client',
    'Expected a node-redis (v4/v5) or ioredis client: it has neither sendCommand/isOpen nor call/status.',
  );
}

interface Emitter {
  once?(event: string, listener: () => void): unknown;
  removeListener?(event: string, listener: () => void): unknown;
}

/**
 * Calls a listener on the client's next `ready`; returns what stops waiting. However many stores and
 * calls wait for one client's first connection, it holds a single listener of ours (an emitter warns
 * past ten: `MaxListenersExceededWarning`), and none once nobody waits.
 */
const waitForReady = oneListener<Emitter>(
  (events, fire) => events.once?.('ready', fire),
  (events, fire) => events.removeListener?.('ready', fire),
);

/** A {@link Connection} that waits for the client's first `ready` event (both clients emit it). */
function withFirstReady(
  client: unknown,
  ready: () => boolean,
  command: (args: string[]) => Promise<unknown>,
): Connection {
  const events = client as Emitter;
  let wasReady = ready();
  return {
    ready: () => (ready() ? (wasReady = true) : false),
    command,
    firstReady: (timeoutMs) => {
      if (wasReady || typeof events.once !== 'function') return Promise.resolve(false);
      return new Promise<boolean>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          stop();
          resolve(ready() && (wasReady = true));
        };
        const timer = setTimeout(done, timeoutMs);
        const stop = waitForReady(events, done);
      });
    },
  };
}

/** A script and its SHA-1, run with EVALSHA, loaded again (EVAL) when the server lost it (a restart). */
export interface Script {
  /** The Lua source. */
  source: string;
  /** Its SHA-1, as EVALSHA wants it. */
  sha: string;
}

/** Prepares `source` for {@link runScript}. */
export function script(source: string): Script {
  return { source, sha: createHash('sha1').update(source).digest('hex') };
}

/** Runs `s` with `keys` and `args`: EVALSHA first, EVAL once if the server answers NOSCRIPT. */
export async function runScript(conn: Connection, s: Script, keys: string[], args: string[]): Promise<unknown> {
  const rest = [String(keys.length), ...keys, ...args];
  try {
    return await conn.command(['EVALSHA', s.sha, ...rest]);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes('NOSCRIPT')) throw error;
    return conn.command(['EVAL', s.source, ...rest]);
  }
}
