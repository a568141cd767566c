/**
 * Time limits of one length on one timer. Every attempt used to set a timer and clear it when it
 * ended; on Deno a timer is an asynchronous operation of the runtime, and that pair cost ~25 µs of
 * wall time per request against a loopback server (`fetch` alone: ~190 µs; see bench/README.md),
 * and ~1 µs of CPU on Node. Limits of one length expire in the order they start, so a queue in start
 * order and one timer set for its head serve them all: starting a limit adds to the queue, ending it
 * removes it, and the timer is set again only when it fires.
 *
 * While a limit is pending the timer keeps the process alive, as a timer per attempt did; when none
 * is, a shared queue's timer stays set but no longer holds the process (unref), and finds nothing
 * when it fires; a queue of one stack's own (a call's `timeoutMs`, past the shared lengths) clears it.
 */

/**
 * A limit in a {@link Deadlines} queue: when it expires and what it does then. The caller's own object
 * (a time limit makes one per attempt), so starting and ending a limit allocate nothing more.
 */
export interface Expiring {
  /** When it expires, on the clock of {@link now}: set by {@link Deadlines.start}. */
  at: number;
  expire(): void;
  /** The queue's links (its own business): the limits started before and after this one. */
  before?: Expiring | undefined;
  after?: Expiring | undefined;
}

/** A timer handle: Node's and Bun's objects (with ref/unref), Deno's and browsers' numbers. */
type Timer = ReturnType<typeof setTimeout>;

/** The monotonic clock (ms) time limits and the rate limiter's windows are measured on: wall-clock steps do not move it. */
export const now = (): number => performance.now();

/** Holds the process while `held` (Node and Bun: `ref`/`unref`; Deno: `Deno.refTimer`); elsewhere nothing holds it. */
function hold(timer: Timer, held: boolean): void {
  // Typed loosely: with the DOM's types a handle is a number, with Node's an object.
  const handle = timer as unknown as { ref?: () => void; unref?: () => void } | number;
  if (typeof handle === 'object' && handle !== null) {
    (held ? handle.ref : handle.unref)?.call(handle);
    return;
  }
  const deno = (globalThis as { Deno?: { refTimer?(id: number): void; unrefTimer?(id: number): void } }).Deno;
  if (typeof handle === 'number') (held ? deno?.refTimer : deno?.unrefTimer)?.(handle);
}

/** The time limits of one length (ms). */
export class Deadlines {
  readonly #ms: number;
  /** In start order, which is expiry order: every limit here has the same length. Linked through the limits themselves. */
  #first: Expiring | undefined;
  #last: Expiring | undefined;
  #timer: Timer | undefined;
  /** When the timer fires, on the clock of {@link now}. */
  #timerAt = 0;
  #held = false;
  readonly #shared: boolean;

  /**
   * @param ms - the length of every limit.
   * @param shared - whether the queue serves every stack of this length (see {@link deadlinesFor}):
   * then its timer stays set while no limit is pending (unref'd), to serve the next one. A queue of
   * one stack's own (past the shared lengths, mostly a call's own `timeoutMs`) clears it instead: left
   * set, it would keep the queue in memory until it fired, a timer per call for `ms` after it ended.
   */
  constructor(ms: number, shared = true) {
    this.#ms = ms;
    this.#shared = shared;
  }

  /** Starts `limit`: its `expire` is called once `ms` have passed, unless {@link Deadlines.end} ends it first. */
  start(limit: Expiring): void {
    limit.at = now() + this.#ms;
    limit.before = this.#last;
    limit.after = undefined;
    if (this.#last) this.#last.after = limit;
    else this.#first = limit;
    this.#last = limit;
    if (this.#timer === undefined) this.#arm(limit.at, this.#ms);
    else this.#hold(true);
  }

  /** Ends `limit`: it no longer expires (nothing happens for one that expired or ended already). */
  end(limit: Expiring): void {
    // In the queue: linked behind another limit, or first.
    if (limit.before === undefined && this.#first !== limit) return;
    this.#unlink(limit);
    if (this.#first !== undefined) return;
    if (this.#shared) return this.#hold(false);
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #unlink(limit: Expiring): void {
    const { before, after } = limit;
    if (before) before.after = after;
    else this.#first = after;
    if (after) after.before = before;
    else this.#last = before;
    limit.before = limit.after = undefined;
  }

  #arm(at: number, delay: number): void {
    this.#timerAt = at;
    this.#timer = setTimeout(() => this.#fire(), delay);
    this.#held = true;
  }

  #hold(held: boolean): void {
    if (this.#held === held || this.#timer === undefined) return;
    this.#held = held;
    hold(this.#timer, held);
  }

  /**
   * Expires what is due and sets the timer for the next. "Due" is judged by the later of the clock
   * and the time the timer was set for: a timer that fired has reached its time, even where a test
   * fakes timers but not the clock.
   */
  #fire(): void {
    const reached = Math.max(now(), this.#timerAt);
    // The fired handle stays in #timer until the end, so a limit started by an expiry sets no second timer.
    for (let entry = this.#first; entry !== undefined; entry = this.#first) {
      if (entry.at > reached) return this.#arm(entry.at, entry.at - reached);
      this.#unlink(entry);
      entry.expire();
    }
    this.#timer = undefined;
  }
}

/** Lengths with a shared queue; beyond this many distinct lengths each gets a queue of its own. */
const MAX_SHARED_LENGTHS = 64;
const shared = new Map<number, Deadlines>();

/**
 * The queue for limits of `ms`, shared by every stack whose time limit is `ms`; past
 * {@link MAX_SHARED_LENGTHS} lengths, a queue of the stack's own that keeps no timer while idle.
 */
export function deadlinesFor(ms: number): Deadlines {
  let deadlines = shared.get(ms);
  if (!deadlines) {
    const sharing = shared.size < MAX_SHARED_LENGTHS;
    deadlines = new Deadlines(ms, sharing);
    if (sharing) shared.set(ms, deadlines);
  }
  return deadlines;
}
