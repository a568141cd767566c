/**
 * Aborting an attempt. Two tricks live here, each for a measured reason:
 * - {@link LazyAbort}: an abort whose `AbortSignal` is made only when something reads it. Node 20
 *   spends ~6 µs making an AbortSignal and most attempts end long before their time limit; the Node
 *   path listens here without one, and a `fetch` that never reads `init.signal` never causes one.
 *   Elsewhere (Node 22+, Bun, Deno, workers: ~0.1 µs a signal) a plain signal is cheaper than the accessor.
 * - {@link followSignal}: one listener on a caller's signal however many calls share it, so a signal
 *   given to every call of a bulk job does not pile up listeners (Node warns past 10).
 */
import { signalsAreCostly } from '../shared/runtime.js';
import type { Attempt } from './send-types.js';

/** The own property of an attempt (or `RequestInit`) holding its {@link LazyAbort}. */
const LAZY: unique symbol = Symbol('resendkit.lazyAbort');

/** The same accessor on every object, so they share one shape (a fresh getter per object is slow). */
const SIGNAL_ACCESSOR: PropertyDescriptor = {
  get(this: { [LAZY]: LazyAbort }) {
    return this[LAZY].signal;
  },
  enumerable: true,
  configurable: true,
};

/** Aborts once, with a reason; tells listeners at once, and its signal (when one was made). */
export class LazyAbort {
  readonly #controller = new AbortController();
  #aborted = false;
  #reason: unknown;
  #listeners: ((reason: unknown) => void)[] | undefined;

  /** True once {@link abort} ran. */
  get aborted(): boolean {
    return this.#aborted;
  }

  /** Why it aborted. */
  get reason(): unknown {
    return this.#reason;
  }

  /** An `AbortSignal` following this abort, made on first read. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Aborts with `reason` (a `DOMException` named `AbortError` when none). Later calls do nothing. */
  abort(reason: unknown = new DOMException('This operation was aborted', 'AbortError')): void {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#reason = reason;
    const listeners = this.#listeners ?? [];
    this.#listeners = undefined;
    for (const listener of listeners) listener(reason);
    this.#controller.abort(reason);
  }

  /** Calls `listener` when it aborts (at once if it has); returns what stops listening. */
  listen(listener: (reason: unknown) => void): () => void {
    if (this.#aborted) {
      listener(this.#reason);
      return () => undefined;
    }
    (this.#listeners ??= []).push(listener);
    return () => {
      const at = this.#listeners?.indexOf(listener) ?? -1;
      if (at >= 0) this.#listeners?.splice(at, 1);
    };
  }
}

/** `target` with `signal` read from `lazy` on demand (an own, enumerable accessor: spreads still copy a signal). */
export function withLazySignal<T extends object>(target: T, lazy: LazyAbort): T & { signal: AbortSignal } {
  (target as T & { [LAZY]: LazyAbort })[LAZY] = lazy;
  return Object.defineProperty(target, 'signal', SIGNAL_ACCESSOR) as T & { signal: AbortSignal };
}

/** The {@link LazyAbort} behind `attempt.signal`, when it has one whose signal may not be made yet. */
export function lazyAbortOf(attempt: object): LazyAbort | undefined {
  return (attempt as { [LAZY]?: LazyAbort })[LAZY];
}

/** The listeners of every call following one signal, behind the one listener the signal really has. */
interface Followers {
  readonly listeners: Set<() => void>;
  readonly onAbort: () => void;
}

const followersOf = new WeakMap<AbortSignal, Followers>();

/**
 * Calls `listener` once when `signal` aborts; returns what stops listening. However many calls follow
 * one signal, it holds a single listener of ours, and none once nobody follows it.
 */
export function followSignal(signal: AbortSignal, listener: () => void): () => void {
  if (signal.aborted) {
    listener();
    return () => undefined;
  }
  let followers = followersOf.get(signal);
  if (!followers) {
    const listeners = new Set<() => void>();
    const onAbort = () => {
      followersOf.delete(signal);
      for (const follower of listeners) follower();
    };
    followers = { listeners, onAbort };
    followersOf.set(signal, followers);
    signal.addEventListener('abort', onAbort, { once: true });
  }
  const own = followers;
  own.listeners.add(listener);
  return () => {
    if (!own.listeners.delete(listener) || own.listeners.size > 0) return;
    signal.removeEventListener('abort', own.onAbort);
    if (followersOf.get(signal) === own) followersOf.delete(signal);
  };
}

/**
 * Listens for the attempt's abort without making a signal nobody else asked for; `undefined` when
 * it has no signal. Returns what stops listening.
 */
export function onAttemptAbort(attempt: Attempt, listener: (reason: unknown) => void): (() => void) | undefined {
  const lazy = lazyAbortOf(attempt);
  if (lazy) return lazy.listen(listener);
  const { signal } = attempt;
  if (!signal) return undefined;
  if (signal.aborted) {
    listener(signal.reason);
    return () => undefined;
  }
  return followSignal(signal, () => listener(signal.reason));
}

/** What {@link abortable} gives its owner: the attempt to send, a way to abort it, and the clean-up. */
export interface AbortableAttempt {
  /** A copy of the attempt whose signal aborts on {@link abort} or on the caller's signal. */
  readonly attempt: Attempt;
  /** Aborts the attempt (a time limit ran out). */
  abort(): void;
  /** Stops following the caller's signal; call it once the attempt settled. */
  done(): void;
}

/**
 * A copy of `attempt` that its owner can abort too, still following the caller's signal. The copy's
 * signal is made on demand where signals are costly ({@link LazyAbort}).
 */
export function abortable(attempt: Attempt): AbortableAttempt {
  const parent = attempt.signal;
  const controller = signalsAreCostly() ? new LazyAbort() : new AbortController();
  const stop = parent ? followSignal(parent, () => controller.abort(parent.reason)) : undefined;
  const { url, method, headers, body, redirect } = attempt;
  const copy =
    controller instanceof LazyAbort
      ? withLazySignal({ url, method, headers, body, redirect }, controller)
      : { url, method, headers, body, redirect, signal: controller.signal };
  return { attempt: copy, abort: () => controller.abort(), done: () => stop?.() };
}
