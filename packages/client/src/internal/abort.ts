/**
 * Aborting an attempt: following a caller's signal with one listener however many calls share it
 * (Node warns past 10, and a bulk job gives one signal to every call), and giving a time limit its own
 * abort on top of the caller's. The signal may be made on demand (`lazy-abort.ts`).
 */
import { LazyAbort, lazyAbortOf, makeLazyAbort } from './lazy-abort.js';
import { attemptFields } from './attempt.js';
import type { Attempt } from './send-types.js';

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

/**
 * A copy of an attempt that its owner can abort too, still following the caller's signal: one object
 * with methods, not closures (a time limit makes one per attempt). The copy's signal is made on
 * demand where signals are costly ({@link LazyAbort}).
 */
export class AbortableAttempt {
  /** The copy to send: its signal aborts on {@link AbortableAttempt.abort} or on the caller's signal. */
  readonly attempt: Attempt;
  readonly #controller: AbortController | LazyAbort;
  readonly #unfollow: (() => void) | undefined;

  constructor(attempt: Attempt) {
    const parent = attempt.signal;
    const controller = (this.#controller = makeLazyAbort() ?? new AbortController());
    this.#unfollow = parent ? followSignal(parent, () => controller.abort(parent.reason)) : undefined;
    this.attempt = attemptFields(attempt, controller instanceof LazyAbort ? controller : controller.signal);
  }

  /** Aborts the attempt (a time limit ran out). */
  abort(): void {
    this.#controller.abort();
  }

  /** Stops following the caller's signal; call it once the attempt settled. */
  done(): void {
    this.#unfollow?.();
  }
}
