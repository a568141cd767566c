/**
 * Client-side rate limiting: a FIFO sliding-window limiter (state behind {@link RateLimitStore}), the
 * fetch wrapper that waits for a slot before each attempt, and the registry sharing one limiter per
 * team / API origin across every client of the process (Resend's limit is per team, not per key).
 */
import { ResendConfigError, checkKind, checkNumber } from './config-error.js';
import { now as monotonicNow } from './deadlines.js';
import { ResendError, isResendError, pathOf, retryAfterSeconds, withRequest } from './errors.js';
import { failure } from './failure.js';
import { type Send, responseHeader, responseUrl } from './internal/index.js';
import { kindOf, thrownText } from './shared/check-kind.js';
import { followSignal } from './shared/follow-signal.js';

/**
 * Which lane a call waits in. `interactive` calls (the default: a sign-in link, a receipt) are
 * granted before any `bulk` call (newsletters, `sendAll`, queue workers) and may use every slot.
 * While an interactive call waits (or waited within the last window), `bulk` calls may hold no more
 * than `limit - interactiveReserve` slots, so the next free slot goes to the interactive call, in
 * this process and in every process sharing the store; while none does, bulk calls may borrow the
 * reserve too, so a bulk run alone gets the whole limit.
 */
export type RateLimitLane = 'interactive' | 'bulk';

/** What {@link RateLimitStore.tryAcquire} answers: a slot, or how long to wait before asking again. */
export type AcquireResult = { slot: number; waitMs?: undefined } | { slot?: undefined; waitMs: number };

/**
 * Where the limiter keeps its state. The in-memory store serves one process; a shared store (Redis,
 * say) can implement the same calls atomically to limit many processes together.
 *
 * A slot counts against the window from when it is taken until `windowMs` after its request got a
 * response (`release`): the server saw the request somewhere in between, so no window the server
 * measures can hold more than `limit` requests, whatever the latency. Counting from the send instead
 * would hold only if the time a request takes to reach the server's count varied by less than
 * `marginMs`; measured against the fake's local server with four worker processes on a loaded 2-core
 * machine, that arrival lag had a median of 3 ms but reached 526 ms, so the round trip stays in the
 * slot and a 429 stays impossible.
 *
 * Every `now` is the limiter's clock: monotonic (`performance.now()`) unless its `now` option says
 * otherwise, so it has its own origin in each process. A store shared by processes keeps its own
 * clock (the caller's `now` is then only a reference point, as `@resendkit/redis` does), may
 * answer with a short `waitMs` to poll shared state, and may reject `tryAcquire` (e.g. with a
 * `rate_limit_store_unavailable` {@link ResendError}): every waiting call then rejects with that
 * error and nothing is sent. `release` and `pauseUntil` should not reject; if they do, the limiter
 * carries on. `tryAcquire`, `release` and `pauseUntil` are required: a store lacking one is refused
 * when the limiter is made (`invalid_option` naming `rateLimit.store` and the method).
 */
export interface RateLimitStore {
  /**
   * Takes a slot at `now` when fewer than `limit` slots count in the window ending at `now` and no
   * pause is in force; otherwise takes nothing and says how many ms to wait before asking again.
   * An `interactive` call that gets no slot marks interactive demand, from `now` until one window
   * after it will ask again; while that lasts, a `bulk` slot also needs fewer than
   * `limit - reserve` bulk slots counting (the `reserve` is then kept for interactive calls), and
   * always with `lend` false. A store that ignores `lane` treats every call as interactive.
   */
  tryAcquire(
    now: number,
    limit: number,
    windowMs: number,
    lane?: RateLimitLane,
    reserve?: number,
    lend?: boolean,
  ): AcquireResult | Promise<AcquireResult>;
  /** The request of `slot` got its answer (or failed) at `now`: it counts until `now + windowMs`. */
  release(slot: number, now: number, windowMs: number): void | Promise<void>;
  /**
   * Hands out no slot before `until` (same clock as `now`, the caller's clock when it asked: a store
   * with its own clock pauses for `until - now`). A later pause only extends it.
   */
  pauseUntil(until: number, now: number): void | Promise<void>;
  /**
   * Optional: the limit the server advertised was adopted, so a shared store can share it too.
   * Called only when the limit changes, not on every response advertising it: a store that may
   * lose it (a Redis flushed or restarted) keeps it to share again.
   */
  setLimit?(limit: number): void | Promise<void>;
}

const HOLD_MS = 60_000;

/** The methods of {@link RateLimitStore} the limiter calls unconditionally (`setLimit` is optional). */
const STORE_METHODS = ['tryAcquire', 'release', 'pauseUntil'] as const;

/**
 * Throws `invalid_option` for a store lacking a method the limiter calls: taken as it is, the client
 * is built and then every call fails as `rate_limit_store_unavailable`, at run time instead of start-up.
 */
function checkStoreMethods(store: RateLimitStore): void {
  const missing = STORE_METHODS.find((name) => typeof store[name] !== 'function');
  if (missing === undefined) return;
  throw new ResendConfigError(
    'invalid_option',
    `rateLimit.store.${missing} must be a function (got ${kindOf(store[missing])}).`,
  );
}

/** A custom store's failure as its waiting calls get it: `rate_limit_store_unavailable`, nothing sent. */
function storeFailed(problem: string, cause?: unknown): ResendError {
  return failure({
    name: 'rate_limit_store_unavailable',
    status: null,
    message: `The rate-limit store ${problem}; nothing was sent.`,
    cause,
  });
}

/**
 * A store's answer as the limiter reads it. Anything but a slot or a wait of 0 ms or more (a custom
 * store's bug) stops the waiting calls: read as it was, it made a poll every millisecond, forever.
 */
function slotOrWait(answer: AcquireResult | null | undefined): AcquireResult {
  if (answer != null && (typeof answer.slot === 'number' || (answer.waitMs as number) >= 0)) return answer;
  throw storeFailed(`answered tryAcquire with no slot or wait (got ${kindOf(answer)})`);
}

/** The default store: the slots of this process that still count. */
export class MemoryRateLimitStore implements RateLimitStore {
  // The slots, as three parallel arrays in ascending id order (numbers, not an object per slot: at a
  // high rate every slot outlives a young-generation collection, and objects promoted by the
  // hundred made each call dearer; see bench/README.md). `ends[i]`: when slot `ids[i]` stops
  // counting. Until its release, a minute past the window, so a release that never comes (a bug in
  // a caller) cannot stall the limiter for good. `bulk[i]`: 1 for a bulk slot.
  readonly #ids: number[] = [];
  readonly #ends: number[] = [];
  readonly #bulk: number[] = [];
  #nextId = 1;
  #pausedUntil = -Infinity;
  // Interactive demand (see `RateLimitStore.tryAcquire`): until then, bulk is held to `limit - reserve`.
  #demandUntil = -Infinity;
  // Slots that no longer count are dropped when the list reaches `limit` or this length, which then
  // doubles: a call costs O(1) amortised, however large the limit (a filter per call was O(limit)).
  #pruneAt = 64;

  /** {@inheritDoc RateLimitStore.tryAcquire} */
  tryAcquire(
    now: number,
    limit: number,
    windowMs: number,
    lane: RateLimitLane = 'interactive',
    reserve = 0,
    lend = true,
  ): AcquireResult {
    const bulk = lane === 'bulk';
    if (now < this.#pausedUntil) return this.#refuse(now, this.#pausedUntil - now, windowMs, bulk);
    if (bulk && (!lend || now < this.#demandUntil)) {
      const bulkWait = this.#bulkWait(now, bulkLimit(limit, reserve));
      // Lending: asked again when the demand lapses, if no bulk slot ends before.
      if (bulkWait > 0) return { waitMs: lend ? Math.min(bulkWait, this.#demandUntil - now) : bulkWait };
    }
    // Fewer entries than `limit`, counting or not, leave room; otherwise count only those that do.
    // A request still in flight counts however old it is: the server may not have seen it yet.
    const ids = this.#ids;
    if (ids.length >= limit || ids.length >= this.#pruneAt) {
      this.#prune(now);
      this.#pruneAt = Math.max(64, 2 * ids.length);
    }
    if (ids.length < limit) {
      const slot = this.#nextId++;
      ids.push(slot);
      this.#ends.push(now + windowMs + HOLD_MS);
      this.#bulk.push(bulk ? 1 : 0);
      return { slot };
    }
    // A slot frees when the `limit`-th from last to end does; a release may make that sooner.
    const ends = this.#ends.slice().sort((x, y) => x - y);
    return this.#refuse(now, (ends[ends.length - limit] as number) - now, windowMs, bulk);
  }

  /** Drops the slots that no longer count at `now`, in place, keeping the order. */
  #prune(now: number): void {
    const ids = this.#ids;
    const ends = this.#ends;
    const bulk = this.#bulk;
    let kept = 0;
    for (let i = 0; i < ids.length; i++) {
      if ((ends[i] as number) <= now) continue;
      ids[kept] = ids[i] as number;
      ends[kept] = ends[i] as number;
      bulk[kept] = bulk[i] as number;
      kept++;
    }
    ids.length = ends.length = bulk.length = kept;
  }

  // No slot: an interactive caller marks its demand until one window after it asks again (a slot in
  // flight may end sooner, so at most a window ahead), which keeps the reserve through its retry.
  #refuse(now: number, waitMs: number, windowMs: number, bulk: boolean): AcquireResult {
    if (!bulk) this.#demandUntil = Math.max(this.#demandUntil, now + Math.min(waitMs, windowMs) + windowMs);
    return { waitMs };
  }

  // 0 when a bulk slot is free; else ms until the bulk slot to wait for ends. O(slots), bulk calls only.
  #bulkWait(now: number, cap: number): number {
    const ends: number[] = [];
    for (let i = 0; i < this.#ids.length; i++) {
      const end = this.#ends[i] as number;
      if (this.#bulk[i] === 1 && end > now) ends.push(end);
    }
    if (ends.length < cap) return 0;
    ends.sort((a, b) => a - b);
    return (ends[ends.length - cap] as number) - now;
  }

  /** {@inheritDoc RateLimitStore.release} */
  release(slot: number, now: number, windowMs: number): void {
    // Binary search: ids only grow, and dropping entries keeps the order.
    const ids = this.#ids;
    let low = 0;
    let high = ids.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const id = ids[middle] as number;
      if (id === slot) {
        this.#ends[middle] = now + windowMs;
        return;
      }
      if (id < slot) low = middle + 1;
      else high = middle - 1;
    }
  }

  /** {@inheritDoc RateLimitStore.pauseUntil} */
  pauseUntil(until: number): void {
    this.#pausedUntil = Math.max(this.#pausedUntil, until);
  }
}

/**
 * The slots `bulk` calls may hold in one window: `limit - reserve`, but at least one, so a limit of
 * 1 still lets bulk work through (interactive calls then only go first).
 */
export function bulkLimit(limit: number, reserve: number): number {
  return Math.max(1, limit - reserve);
}

/** Options of {@link RateLimiter} (and of `createResendClient({ rateLimit })`). */
export interface RateLimiterOptions {
  /** Requests allowed per window. Replaced by the server's `ratelimit-limit` when `adoptServerLimit`. @defaultValue 5 */
  limit?: number;
  /** The window, in ms. Scale it down in tests. @defaultValue 1000 */
  windowMs?: number;
  /**
   * Extra ms each request stays in the window, absorbing clock granularity and timer jitter.
   * @defaultValue 1 % of `windowMs`, at least 2 ms
   */
  marginMs?: number;
  /**
   * Slots of every window kept for `interactive` calls while one waits (see {@link RateLimitLane}):
   * bulk calls then hold at most `limit - interactiveReserve`, so an interactive call (a password
   * reset behind a 10,000-email newsletter) gets the next slot that frees, within one window (plus
   * the round trip of a request in flight). While no interactive call waits, bulk calls may borrow
   * the reserve: a queue drained alone gets all of Resend's 5 per second, not 4. Interactive calls
   * may always use every slot, and are always granted first.
   * @defaultValue 1
   */
  interactiveReserve?: number;
  /**
   * Lend the reserve to bulk calls while no interactive call waits. `false` keeps it idle instead:
   * bulk calls never hold more than `limit - interactiveReserve` slots, and an interactive call finds
   * a free slot at once (up to `interactiveReserve` per window), at the cost of the bulk rate
   * (4 of Resend's 5 per second).
   * @defaultValue true
   */
  lendReserve?: boolean;
  /** Most calls allowed to wait for a slot (calls that get one at once do not count); one more rejects with a `queue_full` {@link ResendError}. @defaultValue unbounded */
  maxQueue?: number;
  /** Adopt the `ratelimit-limit` the server advertises (at most 100, and only from the request's own origin). @defaultValue true */
  adoptServerLimit?: boolean;
  /** Longest pause a 429 may impose on every waiter, in ms. @defaultValue 60000 */
  maxPauseMs?: number;
  /** Where the state lives; one without `tryAcquire`, `release` or `pauseUntil` is refused (`invalid_option`). @defaultValue a new {@link MemoryRateLimitStore} */
  store?: RateLimitStore;
  /**
   * The clock, in ms, that windows and pauses are measured on; also stamps {@link QuotaUsage.at} when
   * given. @defaultValue `performance.now` (monotonic: a wall clock stepped back an hour would hold
   * every waiter for that hour; fake timers drive it too)
   */
  now?: () => number;
}

/** The largest `ratelimit-limit` adopted from a server: a hostile or broken one cannot unleash a burst. */
export const MAX_ADOPTED_LIMIT = 100;

/** Ends a slot: call it when the request got its response (or failed). Calling it again does nothing. */
export type ReleaseSlot = () => void;

/**
 * Resend's quota headers as last seen by a limiter (see {@link quotaOf}): emails used so far today
 * (`x-resend-daily-quota`, free plans only) and this month (`x-resend-monthly-quota`), and when.
 */
export interface QuotaUsage {
  /** Emails used today (UTC day), when the server said. */
  daily?: number;
  /** Emails used this month, when the server said. */
  monthly?: number;
  /** When the response carrying them arrived: ms since the epoch (`Date.now()`), or the limiter's `now` option when given. */
  at: number;
}

function headerCount(response: Response, name: string): number | undefined {
  const value = responseHeader(response, name);
  if (value === null) return undefined;
  const trimmed = value.trim();
  return /^\d{1,15}$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** {@link quotaOf}, reading the clock only when a quota header is there. */
function quotaFrom(response: Response, clock: () => number): QuotaUsage | undefined {
  const daily = headerCount(response, 'x-resend-daily-quota');
  const monthly = headerCount(response, 'x-resend-monthly-quota');
  if (daily === undefined && monthly === undefined) return undefined;
  const quota: QuotaUsage = { at: clock() };
  if (daily !== undefined) quota.daily = daily;
  if (monthly !== undefined) quota.monthly = monthly;
  return quota;
}

/**
 * Reads Resend's quota headers from `response`: `{ daily?, monthly?, at }` (emails used, as numbers;
 * a missing or malformed header is left out), or `undefined` when neither is there. Pure: the
 * response is not consumed. `at` is `now`.
 */
export function quotaOf(response: Response, now: number = Date.now()): QuotaUsage | undefined {
  return quotaFrom(response, () => now);
}

interface Waiter {
  resolve(release: ReleaseSlot): void;
  reject(reason: unknown): void;
  detach(): void;
}

/**
 * FIFO sliding-window rate limiter. `acquire()` resolves when the caller may send; calls go out in
 * the order they asked. No timer exists unless a call is waiting.
 */
export class RateLimiter {
  #limit: number;
  // The limit last handed to the store's `setLimit` (none yet: `undefined`).
  #told: number | undefined;
  readonly #windowMs: number;
  /** How long a released slot counts: the window plus `marginMs`. */
  readonly #spanMs: number;
  readonly #maxQueue: number;
  readonly #adopt: boolean;
  readonly #maxPauseMs: number;
  readonly #store: RateLimitStore;
  /** The store is a {@link MemoryRateLimitStore} itself (not a subclass, which might answer later). */
  readonly #syncStore: boolean;
  readonly #now: () => number;
  /** What stamps {@link QuotaUsage.at}: a wall-clock time by default, a date users can read. */
  readonly #stamp: () => number;
  readonly #reserve: number;
  readonly #lend: boolean;
  /** Interactive waiters; every one is served before any of `#bulkQueue`. */
  readonly #queue: Waiter[] = [];
  readonly #bulkQueue: Waiter[] = [];
  #quota: QuotaUsage | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #busy = false;
  #again = false;

  /** @param options - see {@link RateLimiterOptions}. */
  constructor(options: RateLimiterOptions = {}) {
    checkKind(options, 'rateLimit', ['object']);
    this.#limit = checkNumber(options.limit, 5, 'rateLimit.limit', 1, true);
    const windowMs = (this.#windowMs = checkNumber(options.windowMs, 1000, 'rateLimit.windowMs', 1));
    this.#spanMs =
      windowMs + checkNumber(options.marginMs, Math.max(2, Math.ceil(windowMs * 0.01)), 'rateLimit.marginMs', 0);
    this.#maxQueue =
      options.maxQueue === undefined ? Infinity : checkNumber(options.maxQueue, 1, 'rateLimit.maxQueue', 1, true);
    checkKind(options.adoptServerLimit, 'rateLimit.adoptServerLimit', ['boolean']);
    this.#adopt = options.adoptServerLimit ?? true;
    this.#maxPauseMs = checkNumber(options.maxPauseMs, 60_000, 'rateLimit.maxPauseMs', 0);
    checkKind(options.store, 'rateLimit.store', ['object']);
    if (options.store) checkStoreMethods(options.store);
    checkKind(options.now, 'rateLimit.now', ['function']);
    this.#store = options.store ?? new MemoryRateLimitStore();
    this.#syncStore = Object.getPrototypeOf(this.#store) === MemoryRateLimitStore.prototype;
    // Windows and pauses are durations: on the wall clock, an NTP step back or a laptop waking from
    // sleep would hold waiters for hours, or free the slots of requests still in flight.
    this.#now = options.now ?? monotonicNow;
    this.#stamp = options.now ?? Date.now;
    this.#reserve = checkNumber(options.interactiveReserve, 1, 'rateLimit.interactiveReserve', 0, true);
    checkKind(options.lendReserve, 'rateLimit.lendReserve', ['boolean']);
    this.#lend = options.lendReserve ?? true;
    if (this.#reserve >= this.#limit && this.#limit > 1) {
      throw new ResendConfigError(
        'invalid_option',
        `rateLimit.interactiveReserve must be below rateLimit.limit (got ${this.#reserve} of ${this.#limit}), or bulk calls could never be sent.`,
      );
    }
  }

  /** Slots of each window kept for interactive calls (see {@link RateLimiterOptions.interactiveReserve}). */
  get interactiveReserve(): number {
    return this.#reserve;
  }

  /**
   * The quota usage the last response carrying Resend's quota headers reported (`observe` keeps it):
   * emails used today and this month. `undefined` until such a response arrived.
   */
  get quota(): QuotaUsage | undefined {
    return this.#quota;
  }

  /** Requests allowed per window right now. */
  get limit(): number {
    return this.#limit;
  }

  /** The window, in ms. */
  get windowMs(): number {
    return this.#windowMs;
  }

  /** How many calls are waiting, in both lanes. */
  get queued(): number {
    return this.#queue.length + this.#bulkQueue.length;
  }

  /**
   * Resolves when the caller may send one request, with a function to call once its response
   * arrived: the slot counts until one window after that moment (until then, at most a minute).
   * Rejects at once with the signal's reason when `signal` aborts (before or
   * while waiting), and with a `queue_full` {@link ResendError} when `maxQueue` calls already wait.
   * `lane` (default `interactive`): interactive calls go before every waiting bulk call; bulk calls
   * take the {@link RateLimiterOptions.interactiveReserve} only while no interactive call waits.
   */
  acquire(signal?: AbortSignal, lane: RateLimitLane = 'interactive'): Promise<ReleaseSlot> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const now = this.acquireNow(lane);
    if (now !== undefined) return Promise.resolve(now);
    const queue = lane === 'bulk' ? this.#bulkQueue : this.#queue;
    return new Promise<ReleaseSlot>((resolve, reject) => {
      const onAbort = () => {
        const index = queue.indexOf(waiter);
        if (index !== -1) queue.splice(index, 1);
        if (this.queued === 0) this.#clearTimer();
        reject(signal?.reason);
      };
      // One listener on a signal however many waiters share it (a bulk job gives one signal to
      // every call, and Node warns past ten listeners on one signal).
      const unfollow = signal ? followSignal(signal, onAbort) : undefined;
      const waiter: Waiter = { resolve, reject, detach: () => unfollow?.() };
      queue.push(waiter);
      void this.#drain();
    });
  }

  /**
   * {@link RateLimiter.acquire} without waiting: a slot when one is free at once, nobody of `lane` or
   * before it waits and the store answers synchronously (the in-memory store); else `undefined`, and
   * nothing was taken. Spares the common case a promise and a turn.
   */
  acquireNow(lane: RateLimitLane = 'interactive'): ReleaseSlot | undefined {
    const queue = lane === 'bulk' ? this.#bulkQueue : this.#queue;
    if (queue.length > 0 || this.#queue.length > 0 || this.#busy || !this.#syncStore) return undefined;
    const { slot } = this.#ask(lane) as AcquireResult;
    return slot === undefined ? undefined : this.#releaser(slot);
  }

  /** Hands out no slot for `ms` (every waiter waits), e.g. after a 429. Capped by `maxPauseMs`. */
  pause(ms: number): void {
    if (!(ms > 0)) return;
    const now = this.#now();
    const drain = () => this.#drain();
    void Promise.resolve()
      .then(() => this.#store.pauseUntil(now + Math.min(ms, this.#maxPauseMs), now))
      .then(drain, drain);
  }

  /** Changes the number of requests allowed per window (e.g. to what the server advertises). */
  setLimit(limit: number): void {
    // Compared with what the store was last told, not with `#limit`: a store sharing adopted limits
    // may hold a higher one from another process, and must hear this one even when it is our own.
    if (!Number.isInteger(limit) || limit < 1 || limit === this.#told) return;
    this.#limit = this.#told = limit;
    const drain = () => this.#drain();
    void Promise.resolve()
      .then(() => this.#store.setLimit?.(limit))
      .then(drain, drain);
  }

  /**
   * Learns from a response: keeps its quota headers ({@link RateLimiter.quota}), adopts
   * `ratelimit-limit` (when `adoptServerLimit`, capped at {@link MAX_ADOPTED_LIMIT}), and on a 429 pauses
   * every waiter for `retry-after` (else `ratelimit-reset`, else one window).
   */
  observe(response: Response): void {
    // Cheap when absent (two header look-ups), which is every response but the sends'.
    const quota = quotaFrom(response, this.#stamp);
    if (quota !== undefined) this.#quota = quota;
    const limit = this.#adopt ? responseHeader(response, 'ratelimit-limit') : null;
    if (limit !== null) {
      const value = limit.trim();
      const advertised = /^\d{1,9}$/.test(value) ? Number(value) : 0;
      if (advertised > 0) this.setLimit(Math.min(advertised, MAX_ADOPTED_LIMIT));
    }
    if (response.status === 429) {
      const seconds = retryAfterSeconds(response.headers);
      this.pause(seconds === null ? this.#windowMs : seconds * 1000);
    }
  }

  // One drain at a time (a store may answer asynchronously); a call meanwhile makes it go round once
  // more, so a release that lands during a store call is not missed.
  async #drain(): Promise<void> {
    if (this.#busy) {
      this.#again = true;
      return;
    }
    this.#busy = true;
    try {
      do {
        this.#again = false;
        while (this.queued > 0) {
          // Interactive first: a bulk call is asked for only while no interactive one waits (and
          // when an interactive call finds no slot, a bulk one, held to fewer, would not either).
          const queue = this.#queue.length > 0 ? this.#queue : this.#bulkQueue;
          const lane: RateLimitLane = queue === this.#queue ? 'interactive' : 'bulk';
          const { slot, waitMs } = slotOrWait(await this.#ask(lane));
          if (slot === undefined) {
            // A release drains again too, so a slot freed before this timer is not missed.
            this.#schedule(Math.max(1, waitMs));
            break;
          }
          const release = this.#releaser(slot);
          const waiter = queue.shift();
          // A waiter that aborted while an async store answered leaves its slot unused: safe, just slower.
          waiter?.detach();
          if (waiter) waiter.resolve(release);
          else release();
        }
      } while (this.#again);
    } catch (error) {
      // A store's own typed error (`@resendkit/redis`'s) as it is; anything else named as the store failing, not as a network error.
      const failed = isResendError(error) ? error : storeFailed(`failed (${thrownText(error)})`, error);
      for (const waiter of [...this.#queue.splice(0), ...this.#bulkQueue.splice(0)]) {
        waiter.detach();
        waiter.reject(failed);
      }
    } finally {
      this.#busy = false;
    }
    // Only calls that found no slot count against maxQueue: the newest beyond it are refused, bulk
    // ones first.
    while (this.queued > this.#maxQueue) {
      const waiter = (this.#bulkQueue.length > 0 ? this.#bulkQueue.pop() : this.#queue.pop()) as Waiter;
      waiter.detach();
      const message = `The limiter's queue is full (${this.#maxQueue} waiting); nothing was sent.`;
      waiter.reject(failure({ name: 'queue_full', status: null, message }));
    }
    // Nobody waits: a pending timer would only keep the process alive.
    if (this.queued === 0) this.#clearTimer();
  }

  /** Asks the store for a slot of `lane` under the limiter's current limit, window, reserve and lending. */
  #ask(lane: RateLimitLane): AcquireResult | Promise<AcquireResult> {
    return this.#store.tryAcquire(this.#now(), this.#limit, this.#spanMs, lane, this.#reserve, this.#lend);
  }

  /** What ends `slot`, once: the store hears of it, and waiters get another go. */
  #releaser(slot: number): ReleaseSlot {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const store = this.#store;
      // The in-memory store cannot fail or wait: released at once, and a drain only for waiters.
      if (this.#syncStore) {
        store.release(slot, this.#now(), this.#spanMs);
        if (this.queued > 0) void this.#drain();
        return;
      }
      const drain = () => this.#drain();
      void Promise.resolve()
        .then(() => store.release(slot, this.#now(), this.#spanMs))
        .then(drain, drain);
    };
  }

  // The latest answer of the store supersedes any earlier one, so the timer is simply replaced.
  #schedule(wait: number): void {
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#drain();
    }, Math.ceil(wait));
  }

  #clearTimer(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}

/** True when `response` came from `url`'s origin (or does not say where it came from). */
function fromOrigin(response: Response, url: string): boolean {
  // Through the door: on Deno each read of `response.url` serialises it again.
  const from = responseUrl(response);
  try {
    return !from || from === url || new URL(from).origin === new URL(url).origin;
  } catch {
    return false;
  }
}

/**
 * Wraps a {@link Send} so each attempt first waits for a slot of `limiter` in `options.lane`
 * (default `interactive`; see {@link RateLimitLane}), aborting with the attempt's signal, then lets the limiter learn from the response (`ratelimit-limit`, 429 pauses)
 * when it came from the attempt's own origin, not from another one reached by a redirect.
 */
export function withRateLimit(next: Send, limiter: RateLimiter, options: { lane?: RateLimitLane } = {}): Send {
  const lane = options.lane ?? 'interactive';
  return async (attempt) => {
    // A refusal of the limiter or its store (`queue_full`, `rate_limit_store_unavailable`) is made
    // without the request; it is named here, where the request is known.
    let release: () => void;
    try {
      // A free slot is taken without awaiting (a caller's aborted signal still refuses first). When
      // none is, `acquire` asks once more before queuing: a refused ask costs far less than the wait.
      release = (!attempt.signal?.aborted && limiter.acquireNow(lane)) || (await limiter.acquire(attempt.signal, lane));
    } catch (error) {
      throw isResendError(error) ? withRequest(error, { method: attempt.method, path: pathOf(attempt.url) }) : error;
    }
    try {
      const response = await next(attempt);
      if (fromOrigin(response, attempt.url)) limiter.observe(response);
      return response;
    } finally {
      release();
    }
  };
}

// The one piece of module-level state: limiters shared by key, so every client of a team (or of an
// API origin) in this process draws from the same budget. Each keeps the options it was made with.
const sharedLimiters = new Map<string, { limiter: RateLimiter; options: RateLimiterOptions }>();

const LIMITER_DEFAULTS: RateLimiterOptions = {
  limit: 5,
  windowMs: 1000,
  adoptServerLimit: true,
  maxPauseMs: 60_000,
  interactiveReserve: 1,
  lendReserve: true,
};
/** Every option a {@link RateLimiter} reads (the client's `rateLimit` adds `team` and `limiter`). */
export const LIMITER_OPTION_NAMES = [
  'limit',
  'windowMs',
  'marginMs',
  'maxQueue',
  'adoptServerLimit',
  'maxPauseMs',
  'interactiveReserve',
  'lendReserve',
  'store',
  'now',
] as const satisfies readonly (keyof RateLimiterOptions)[];

/** The options that differ between two requests for one shared limiter (an absent option counts as its default). */
function conflicts(first: RateLimiterOptions, later: RateLimiterOptions): (typeof LIMITER_OPTION_NAMES)[number][] {
  return LIMITER_OPTION_NAMES.filter(
    (key) => !Object.is(first[key] ?? LIMITER_DEFAULTS[key], later[key] ?? LIMITER_DEFAULTS[key]),
  );
}

/** A setting in a message: a number or word as it is; a store or clock as its kind (`String()` printed `[object Object]`, or a function's whole source). */
function shownSetting(value: unknown): string {
  return typeof value === 'object' || typeof value === 'function' ? `its own ${kindOf(value)}` : String(value);
}

/**
 * The process-wide limiter for `key` (a `team` name, or an API origin such as
 * `https://api.resend.com`), created with `options` on first use; later callers get the same
 * instance. Every caller must ask with the same options: different ones throw a `ResendConfigError`
 * (`invalid_option`) naming them, since one budget cannot follow two settings (give a `team` for a
 * separate budget, or pass your own `limiter`).
 */
export function sharedRateLimiter(key: string, options: RateLimiterOptions = {}): RateLimiter {
  const shared = sharedLimiters.get(key);
  if (!shared) {
    const limiter = new RateLimiter(options);
    sharedLimiters.set(key, { limiter, options: { ...options } });
    return limiter;
  }
  const differing = conflicts(shared.options, options);
  if (differing.length > 0) {
    const was = differing
      .map((name) => `${name}: ${shownSetting(shared.options[name] ?? LIMITER_DEFAULTS[name] ?? 'default')}`)
      .join(', ');
    throw new ResendConfigError(
      'invalid_option',
      `rateLimit for ${key} is already shared with other settings (${was}); give every client of ${key} the same rateLimit options, a separate team, or its own limiter.`,
    );
  }
  return shared.limiter;
}

/** Forgets every shared limiter (for tests, or after changing plans). Clients already built keep theirs. */
export function resetSharedRateLimiters(): void {
  sharedLimiters.clear();
}
