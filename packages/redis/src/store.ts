/** The Redis-backed {@link RateLimitStore}: one sliding window for every process using the same key. */
import { randomInt } from 'node:crypto';
import {
  type AcquireResult,
  MAX_ADOPTED_LIMIT,
  MemoryRateLimitStore,
  type RateLimitLane,
  type RateLimitStore,
} from '@resendkit/client/compose';
import { callQuietly, checkKindOption, checkNumberOption, checkOptionNames, kindOf } from '@resendkit/client/shared';
import { type Connection, type RedisClientLike, connect, runScript, script } from './connection.js';
import { RedisStoreError, answeredWithError, storeUnavailable } from './errors.js';
import { parseAcquireReply } from './replies.js';
import { ACQUIRE, PAUSE, RELEASE, SET_LIMIT } from './scripts.js';

/** What a fault report says: which call failed and why. */
export interface RedisStoreFault {
  /** The store call that could not reach Redis. */
  operation: 'acquire' | 'release' | 'pause' | 'setLimit';
  /**
   * The Redis client's error, or the timeout. For a client never ready, the last error it emitted
   * meanwhile (name, message and `code` only), when the client has an `error` listener of its own.
   */
  error: unknown;
}

/** Options of {@link redisRateLimitStore}. */
export interface RedisRateLimitStoreOptions {
  /**
   * Names the shared window: every store with the same key, in any process on any host, shares it.
   * Use one per Resend team (the limit is per team). Keys `{key}:slots`, `{key}:meta` and
   * `{key}:bulk` are used, with `{`, `}` and `%` in `key` escaped as `%7B`, `%7D` and `%25` (so two
   * different keys never share a window).
   */
  key: string;
  /**
   * Share a limit adopted from the server's `ratelimit-limit` through Redis: every store of the key
   * with this on then uses the latest one adopted by any process (capped at 100, lowered as readily
   * as raised). When Redis no longer holds it (forgotten when the limiter is idle for a lease, or lost
   * to a flush or restart), the next slot a process that adopted it takes shares it again. One adopted
   * while Redis could not be reached is shared before that process's next slot, unless another
   * process adopted one since. Off, each process keeps the limit its own limiter has (its `limit`
   * option, or what it adopted itself).
   * @defaultValue false
   */
  shareAdoptedLimit?: boolean;
  /**
   * How long a slot taken but never released (its process crashed) keeps counting beyond the
   * window, in ms: a crash stalls the others at most this plus one window. Keep it above the
   * client's `timeoutMs` (30 s by default), or a slow request's slot may free early.
   * @defaultValue 35000
   */
  leaseMs?: number;
  /**
   * Longest wait before asking Redis again while the slot to wait for is in flight in some process
   * (its release may come at any moment), in ms.
   * @defaultValue 50
   */
  pollMs?: number;
  /**
   * A Redis call not answered within this many ms counts as Redis being unavailable. A slot taken by
   * an answer that comes later is given back at once.
   * @defaultValue 2000
   */
  commandTimeoutMs?: number;
  /**
   * When Redis cannot be reached while taking a slot:
   * - `"fail"` — every waiting call fails with a `rate_limit_store_unavailable` `ResendError`;
   *   nothing is sent (retry later: the client's idempotency keys make that safe).
   * - `"memory"` — fall back to a limiter in this process (the full limit for this process alone,
   *   so several processes together may exceed it and meet 429s, which the client retries).
   * @defaultValue "fail"
   */
  onUnavailable?: 'fail' | 'memory';
  /**
   * Called on every failed Redis call (also releases and pauses, which never fail the send). A throw,
   * or the rejection of an async callback, is ignored: reporting a fault never fails a send.
   */
  onError?: (fault: RedisStoreFault) => void;
}

/** Every option the store reads (`test/store.test.ts` holds it to {@link RedisRateLimitStoreOptions}). */
export const STORE_OPTION_NAMES = [
  'key',
  'shareAdoptedLimit',
  'leaseMs',
  'pollMs',
  'commandTimeoutMs',
  'onUnavailable',
  'onError',
] as const satisfies readonly (keyof RedisRateLimitStoreOptions)[];

const MAX_KEY_LENGTH = 512;

/** A time option: an integer from `min` to the timer limit, else `invalid_option` naming it. */
function checkMs(value: unknown, fallback: number, name: string, min: number): number {
  return checkNumberOption(
    value,
    fallback,
    name,
    { min, integer: true },
    (message) => new RedisStoreError('invalid_option', message),
  );
}

const SCRIPTS = {
  acquire: script(ACQUIRE),
  release: script(RELEASE),
  pause: script(PAUSE),
  setLimit: script(SET_LIMIT),
};

/**
 * A {@link RateLimitStore} in Redis: slots live in a sorted set scored by when they stop counting,
 * on the server's clock; acquire, release, pause and limit changes are each one Lua script. Create
 * it with {@link redisRateLimitStore}.
 */
export class RedisRateLimitStore implements RateLimitStore {
  readonly #conn: Connection;
  readonly #keys: string[];
  // `#keys` as Redis holds them: the client may put a prefix in front (ioredis's `keyPrefix`).
  readonly #heldKeys: readonly string[];
  readonly #leaseMs: number;
  readonly #pollMs: number;
  readonly #timeoutMs: number;
  readonly #fallback: MemoryRateLimitStore | undefined;
  readonly #onError: ((fault: RedisStoreFault) => void) | undefined;
  readonly #share: boolean;
  // The adopted limit Redis last held after a `setLimit` (capped; `'0'`: none), sent with every
  // acquire, whose script writes it back when Redis lost the shared one (see ACQUIRE). In the store,
  // not the limiter: only the store sees the loss, and at no cost, inside the acquire it runs anyway
  // (a limiter telling its store again now and then would cost every store a command each time, and
  // the others would run under their own limit until then).
  #told = '0';
  // A limit `setLimit` could not get to Redis, [limit, when (`performance.now()`)], sent again before
  // the next acquire and by `settled()`: the acquire's write-back only fills a limit Redis lost, so
  // every process would keep an older one Redis still holds. Sent with its age, so that a limit
  // adopted since by any process stays (see SET_LIMIT).
  #unsentLimit: [number, number] | undefined;
  #spanMs = 1000;
  // Calls still on their way to Redis, for `settled()`, each with when it started (`performance.now()`).
  readonly #pending = new Map<Promise<unknown>, number>();
  // Slots to end that Redis could not be told of: a release that failed, and an acquire whose answer
  // never came (Redis may have run it: the slot would count a whole lease, nothing sent with it).
  // Slot id → [span, when it failed]; sent again before the next acquire and by `settled()`, until a
  // lease has passed (by then the slot stopped counting anyway) or Redis answered it with an error.
  readonly #unsent = new Map<string, [string, number]>();

  /** @param client - a connected node-redis or ioredis client; @param options - see {@link RedisRateLimitStoreOptions}. */
  constructor(client: RedisClientLike, options: RedisRateLimitStoreOptions) {
    const fail = (message: string) => new RedisStoreError('invalid_option', message);
    // First, so that a misspelt `key` is named as such rather than as a missing key; a misspelt other
    // option (or the limiter's `limit`, which goes beside `store`) would leave its default in force.
    checkOptionNames(options ?? {}, STORE_OPTION_NAMES, 'redisRateLimitStore', fail);
    const key: unknown = options?.key;
    if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) {
      throw new RedisStoreError(
        'invalid_key',
        `key must be a non-empty string of at most ${MAX_KEY_LENGTH} characters (got ${typeof key === 'string' ? `${key.length} characters` : typeof key}).`,
      );
    }
    const on: unknown = options.onUnavailable;
    // By its kind only: `String()` throws on an object without a prototype, and a string in the wrong
    // option may be a password.
    if (on !== undefined && on !== 'fail' && on !== 'memory')
      throw fail(`onUnavailable must be "fail" or "memory" (got ${kindOf(on)}).`);
    checkKindOption(options.onError, 'onError', ['function'], fail);
    this.#leaseMs = checkMs(options.leaseMs, 35_000, 'leaseMs', 1);
    this.#pollMs = checkMs(options.pollMs, 50, 'pollMs', 1);
    this.#timeoutMs = checkMs(options.commandTimeoutMs, 2000, 'commandTimeoutMs', 1);
    this.#conn = connect(client);
    checkKindOption(options.shareAdoptedLimit, 'shareAdoptedLimit', ['boolean'], fail);
    this.#share = options.shareAdoptedLimit === true;
    // A hash tag keeps the keys on one cluster slot; braces in the key itself would break it, so
    // they are escaped, with `%` first, so that different keys stay different (`a{b}` ≠ `a(b)`).
    const tag = `{${key.replaceAll('%', '%25').replaceAll('{', '%7B').replaceAll('}', '%7D')}}`;
    this.#keys = [`${tag}:slots`, `${tag}:meta`, `${tag}:bulk`];
    // The scripts get the keys unprefixed: ioredis adds its prefix to them itself.
    this.#heldKeys = this.#keys.map((k) => this.#conn.keyPrefix + k);
    this.#fallback = options.onUnavailable === 'memory' ? new MemoryRateLimitStore() : undefined;
    this.#onError = options.onError;
  }

  /**
   * The Redis keys this store uses, as Redis holds them (all expire when the limiter is idle; the
   * last exists only while bulk slots count). An ioredis client's `keyPrefix` is in front of each, as
   * ioredis puts it in front of every key it sends: give them to a client without a prefix (the same
   * ioredis client would add its prefix a second time).
   */
  get keys(): readonly string[] {
    return this.#heldKeys;
  }

  /**
   * Takes a slot in the shared window (the caller's `now` is ignored: Redis's clock decides). When
   * Redis is unreachable: rejects with `rate_limit_store_unavailable`, or uses the in-process
   * fallback (`onUnavailable: "memory"`), whose slots are negative numbers. A `bulk` slot is held
   * to `limit - reserve` bulk slots across every process (see `RateLimitLane`).
   */
  async tryAcquire(
    now: number,
    limit: number,
    windowMs: number,
    lane: RateLimitLane = 'interactive',
    reserve = 0,
    lend = true,
  ): Promise<AcquireResult> {
    // Redis sets expiries in whole ms (PEXPIRE refuses `100.5`), and the limiter allows a fractional
    // window or margin: rounded up, a slot counts a fraction of a ms longer, never shorter.
    const spanMs = (this.#spanMs = Math.ceil(windowMs));
    // Chosen here, so that a slot whose answer is lost can be given back (see ACQUIRE).
    const id = String(randomInt(1, 2 ** 48));
    const args = [
      String(limit),
      String(spanMs),
      String(this.#leaseMs),
      String(this.#pollMs),
      lane,
      String(reserve),
      this.#share ? '1' : '0',
      lend ? '1' : '0',
      id,
      this.#told,
    ];
    // Sent first on the same connection, so Redis runs them before this acquire.
    this.#sendUnsent();
    try {
      // An answer that came after the caller gave up, or none (the connection broke): the slot Redis
      // may have granted is handed back (span 0: nothing was sent) rather than left counting.
      const reply = await this.#run('acquire', SCRIPTS.acquire, args, () => this.#end(id, '0'));
      const result = parseAcquireReply(reply);
      if (result === undefined) {
        void this.#end(id, '0');
        throw new Error('Redis answered the acquire script with an unexpected reply');
      }
      return result;
    } catch (error) {
      // A number no limiter passes (see #run): the caller's bug, not Redis being unavailable.
      if (error instanceof RangeError) throw error;
      this.#report('acquire', error);
      if (!this.#fallback) throw storeUnavailable(error, this.#conn.address);
      const local = this.#fallback.tryAcquire(now, limit, windowMs, lane, reserve, lend);
      return local.slot === undefined ? local : { slot: -local.slot };
    }
  }

  /** Ends `slot`: it counts for one more window from now (Redis's clock). Never rejects. */
  async release(slot: number, now: number, windowMs: number): Promise<void> {
    if (slot < 0) return this.#fallback?.release(-slot, now, windowMs);
    // A whole span, as in tryAcquire, keeps the waits the script answers whole (Redis truncates a
    // fractional one in its reply). Unreachable Redis: sent again later (see #unsent).
    await this.#end(String(slot), String(Math.ceil(windowMs)), performance.now(), (e) => this.#report('release', e));
  }

  // Sends again the ends and the limit Redis could not be told of (see #unsent, #unsentLimit).
  #sendUnsent(): void {
    for (const [slot, [span, since]] of this.#unsent) void this.#end(slot, span, since);
    if (this.#unsentLimit) void this.#sendLimit(...this.#unsentLimit);
  }

  // Ends slot `id` (counting `span` ms more); on failure keeps it in #unsent, to try again unreported.
  #end(id: string, span: string, since = performance.now(), onError?: (e: unknown) => void): Promise<unknown> {
    this.#unsent.delete(id);
    if (performance.now() - since > this.#leaseMs) return Promise.resolve();
    return this.#track(
      this.#run('release', SCRIPTS.release, [id, span]).catch((e: unknown) => {
        // Only when Redis could not be reached: one that answered with an error (OOM, READONLY,
        // NOPERM) refuses it again on every try, a burst of useless commands before each acquire
        // while it lasts; the slot stops counting at its lease's end anyway.
        if (!answeredWithError(e)) this.#unsent.set(id, [span, since]);
        onError?.(e);
      }),
    );
  }

  /**
   * Resolves once every call started so far reached Redis (or failed): releases (also those that
   * failed before and are sent again now), pauses, limit changes, and acquires, also one whose caller
   * gave up waiting (its late slot is given back first).
   * Await it before closing the Redis client when a process is done sending: a release lost to a
   * closed client keeps its slot counting for `leaseMs`, stalling the other processes. A call Redis
   * has not answered within `leaseMs` is waited for no longer (Redis gone, and a client that keeps
   * commands for a reconnect that never comes): the slot it was to end stops counting at its lease's
   * end anyway, so waiting longer would only hang the process.
   */
  async settled(): Promise<void> {
    // Releases start a moment after a response reaches the caller (the limiter chains them).
    await new Promise((resolve) => setImmediate(resolve));
    this.#sendUnsent();
    for (;;) {
      const now = performance.now();
      const waiting = [...this.#pending].filter(([, started]) => now - started < this.#leaseMs);
      if (waiting.length === 0) return;
      const firstGivenUp = Math.min(...waiting.map(([, started]) => started)) + this.#leaseMs - now;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const giveUp = new Promise((resolve) => (timer = setTimeout(resolve, firstGivenUp)));
      await Promise.race([Promise.all(waiting.map(([work]) => work)), giveUp]);
      clearTimeout(timer);
    }
  }

  #track(work: Promise<unknown>): Promise<unknown> {
    this.#pending.set(work, performance.now());
    return work.finally(() => this.#pending.delete(work));
  }

  /** Pauses every process sharing the key for `until - now` ms (Redis's clock). Never rejects. */
  async pauseUntil(until: number, now: number): Promise<void> {
    const ms = Math.max(0, Math.ceil(until - now));
    this.#fallback?.pauseUntil(until);
    if (ms === 0) return;
    await this.#track(
      this.#run('pause', SCRIPTS.pause, [String(ms), String(this.#spanMs + this.#leaseMs)]).catch((e: unknown) =>
        this.#report('pause', e),
      ),
    );
  }

  /**
   * With `shareAdoptedLimit`, shares an adopted limit (at most 100) with every process using the
   * key, also again after Redis lost it (see {@link RedisRateLimitStoreOptions.shareAdoptedLimit}),
   * and when Redis could not be reached: then before the next acquire, unless another process shared
   * a limit meanwhile. Otherwise does nothing (each limiter keeps its own). Never rejects.
   */
  async setLimit(limit: number): Promise<void> {
    if (this.#share) await this.#sendLimit(limit, performance.now(), (e) => this.#report('setLimit', e));
  }

  // Shares `limit`, adopted at `since` (`performance.now()`); see #unsentLimit.
  #sendLimit(limit: number, since: number, onError?: (e: unknown) => void): Promise<unknown> {
    this.#unsentLimit = undefined;
    const age = String(Math.floor(performance.now() - since));
    const args = [String(limit), String(this.#spanMs + this.#leaseMs), String(MAX_ADOPTED_LIMIT), age];
    return this.#track(
      this.#run('setLimit', SCRIPTS.setLimit, args).then(
        // The limit in force: this one (capped), or one adopted later elsewhere, kept instead. An
        // answer that is no number (a client of the user's making) leaves nothing to write back.
        (held) => (this.#told = String(Number(held) || 0)),
        (e: unknown) => {
          // Only when Redis could not be reached (it would refuse a bad number or command again), and
          // unless a later call failed first (one sent before the connection broke may fail after it).
          if (!(e instanceof RangeError) && !answeredWithError(e) && since >= (this.#unsentLimit?.[1] ?? since))
            this.#unsentLimit = [limit, since];
          onError?.(e);
        },
      ),
    );
  }

  // Fails at once when the client is disconnected (a command would sit in its offline queue and take
  // a slot long after the caller gave up), except while a new client makes its first connection
  // (waited for, within `commandTimeoutMs`), and after `commandTimeoutMs` otherwise; `onLost` runs
  // when a command sent gets no answer in time, late or never. Every call is tracked for `settled()`
  // until it and `onLost` end.
  async #run(
    operation: RedisStoreFault['operation'],
    s: typeof SCRIPTS.acquire,
    args: string[],
    onLost?: () => unknown,
  ): Promise<unknown> {
    // Whole numbers only (and the lane): in the scripts NaN fails every comparison (no limit at all),
    // and Infinity or a huge or negative number writes a slot or pause that never ends or ends at
    // once, in keys every process shares. No limiter passes one; a caller of the store might.
    // The first argument (a limit, a slot id, a pause) is never 0: a limit of 0, shared, made the
    // acquire script fail for every process of the key.
    const bad = args.find((a, i) => !/^(\d{1,15}|bulk|interactive)$/.test(a) || (i === 0 && a === '0'));
    if (bad !== undefined) throw new RangeError(`The Redis store cannot use ${bad} as a number of ms or slots`);
    // A client that never got ready because of its own error (a wrong password, a refused
    // connection): that error says what to fix, where "not ready" alone leaves one guessing.
    if (!this.#conn.ready() && !(await this.#conn.firstReady(this.#timeoutMs)))
      throw this.#conn.firstError() ?? new Error(`Redis client not ready (${operation})`);
    const call = runScript(this.#conn, s, this.#keys, args);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let timedOut = false;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // A process stalled past the deadline runs this timer before reading the socket: let I/O
        // deliver an answer already there before calling Redis unavailable.
        setImmediate(() => {
          timedOut = true;
          reject(new Error(`Redis did not answer within ${this.#timeoutMs} ms`));
        });
      }, this.#timeoutMs);
    });
    void this.#track(
      call.then(
        () => timedOut && onLost?.(),
        // An error Redis answered with (OOM, READONLY, BUSY, NOPERM) took no slot. Given back anyway,
        // each give-back was refused too and sent again before every later acquire: n² commands for
        // n acquires, on a Redis already in trouble.
        (error: unknown) => answeredWithError(error) || onLost?.(),
      ),
    );
    try {
      return await Promise.race([call, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  #report(operation: RedisStoreFault['operation'], error: unknown): void {
    // A throwing or rejecting callback must not turn a handled fault into a failed send.
    callQuietly(this.#onError, { operation, error });
  }
}

/**
 * A rate-limit store in Redis shared by every process and host using the same `key`: pass it as
 * `createResendClient({ rateLimit: { store } })`. `client` is a connected node-redis (v4/v5) or
 * ioredis client. Throws a {@link RedisStoreError} for a client that cannot work or a bad option
 * (`invalid_option` also for a name {@link RedisRateLimitStoreOptions} does not have).
 */
export function redisRateLimitStore(client: RedisClientLike, options: RedisRateLimitStoreOptions): RedisRateLimitStore {
  if (typeof options !== 'object' || options === null) {
    throw new RedisStoreError(
      'invalid_key',
      'Options with a key are required: redisRateLimitStore(client, { key: "resend:acme" }).',
    );
  }
  return new RedisRateLimitStore(client, options);
}
