/**
 * One way to run a script on either client: node-redis 4/5 (`sendCommand`, `isOpen`/`isReady`)
 * or ioredis (`call`, `status`). Only these few members are used, so the package imports neither.
 */
import { createHash } from 'node:crypto';
import { oneListener } from '@resendkit/client/shared';
import { ioRedisAddress, nodeRedisAddress } from './address.js';
import { RedisStoreError, cleanCopy } from './errors.js';

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
  /**
   * While the client has never been ready: a copy of the last error it emitted during a
   * {@link Connection.firstReady} wait (a wrong password, a refused connection), else `undefined`.
   */
  firstError(): Error | undefined;
  /** Where the client connects (`host:port` or a socket path, no credentials), when known. */
  readonly address: string | undefined;
  /**
   * What the client puts in front of every key it sends: an ioredis client's `keyPrefix` option
   * (also in front of a script's keys), else `''` (node-redis has no such option).
   */
  readonly keyPrefix: string;
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
  if (typeof c.call === 'function' && typeof c.status === 'string') return connectIoRedis(c);
  if (typeof c.sendCommand === 'function' && typeof c.isOpen === 'boolean') return connectNodeRedis(c);
  throw new RedisStoreError(
    'invalid_client',
    'Expected a node-redis (v4/v5) or ioredis client: it has neither sendCommand/isOpen nor call/status.',
  );
}

/** An ioredis client, checked to be connecting or connected. */
function connectIoRedis(c: Record<string, unknown>): Connection {
  const io = c as unknown as IoRedisLike;
  if (!IOREDIS_ALIVE.has(io.status)) {
    throw new RedisStoreError(
      'not_connected',
      `The ioredis client is not connected (status "${io.status}"); call .connect() first.`,
    );
  }
  const { keyPrefix } = (c.options ?? {}) as { keyPrefix?: unknown };
  return withFirstReady(
    c,
    () => io.status === 'ready',
    ([name, ...args]) => io.call(name as string, ...args),
    ioRedisAddress(c.options),
    typeof keyPrefix === 'string' ? keyPrefix : '',
  );
}

/** A node-redis client (not a pool), checked to be open. */
function connectNodeRedis(c: Record<string, unknown>): Connection {
  // A pool (`createClientPool`) has no `isReady`: read as never ready, every send would wait
  // `commandTimeoutMs` and then fail as if Redis were down.
  if (typeof c.isReady !== 'boolean') {
    throw new RedisStoreError(
      'unsupported_client',
      'node-redis client pools are not supported; pass one client from createClient() (the store sends one command per call).',
    );
  }
  const nr = c as unknown as NodeRedisLike;
  if (!nr.isOpen)
    throw new RedisStoreError('not_connected', 'The node-redis client is not connected; await client.connect() first.');
  // node-redis 4's `legacyMode` makes `sendCommand` a callback call that answers `undefined` (the
  // script still runs, taking a slot nobody releases); its promise API stays on `v4`, a getter
  // that throws outside legacy mode, hence the option is read first.
  const legacy = (c.options as { legacyMode?: unknown } | undefined)?.legacyMode === true;
  const api = legacy ? (c.v4 as NodeRedisLike) : nr;
  return withFirstReady(
    c,
    () => nr.isReady,
    (args) => api.sendCommand(args),
    nodeRedisAddress(c.options),
  );
}

interface Emitter {
  once?(event: string, listener: (...args: never[]) => void): unknown;
  on?(event: string, listener: (error: unknown) => void): unknown;
  removeListener?(event: string, listener: (...args: never[]) => void): unknown;
  listenerCount?(event: string): number;
}

/** The last error each client emitted while a store waited for its first `ready` (a clean copy). */
const firstErrors = new WeakMap<object, Error>();
/** The `error` listener that goes with each `ready` listener of {@link waitForReady}, to take it off. */
const errorListeners = new WeakMap<() => void, (error: unknown) => void>();

/**
 * Calls a listener on the client's next `ready`; returns what stops waiting. However many stores and
 * calls wait for one client's first connection, it holds a single listener of ours (an emitter warns
 * past ten: `MaxListenersExceededWarning`), and none once nobody waits. Meanwhile it records the
 * client's errors for {@link Connection.firstError}, but only when the client already has an `error`
 * listener: with none, node-redis throws the error (crashing the process) and ioredis prints it, and
 * a listener of ours would silence either.
 */
const waitForReady = oneListener<Emitter>(
  (events, fire) => {
    events.once?.('ready', fire);
    if (!((events.listenerCount?.('error') ?? 0) > 0) || typeof events.on !== 'function') return;
    const record = (error: unknown) => firstErrors.set(events, cleanCopy(error));
    errorListeners.set(fire, record);
    events.on('error', record);
  },
  (events, fire) => {
    events.removeListener?.('ready', fire);
    const record = errorListeners.get(fire);
    if (record) events.removeListener?.('error', record);
  },
);

/** A {@link Connection} that waits for the client's first `ready` event (both clients emit it). */
function withFirstReady(
  client: unknown,
  ready: () => boolean,
  command: (args: string[]) => Promise<unknown>,
  address: string | undefined,
  keyPrefix = '',
): Connection {
  const events = client as Emitter;
  let wasReady = ready();
  return {
    ready: () => (ready() ? (wasReady = true) : false),
    command,
    address,
    keyPrefix,
    // Once the client was ready, an error from before says nothing about a later outage.
    firstError: () => (wasReady ? undefined : firstErrors.get(events)),
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
