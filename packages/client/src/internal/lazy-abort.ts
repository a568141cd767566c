/**
 * An abort whose `AbortSignal` is made only when something reads it. Node 20 spends ~6 µs making an
 * AbortSignal and most attempts end long before their time limit: the Node path listens here without
 * one, and a `fetch` that never reads `init.signal` never causes one. Elsewhere (Node 22+: ~0.1 µs) a
 * plain signal is cheaper than the accessor, and builds for other platforms swap in
 * `lazy-abort.web.ts`, which never makes one.
 */
import { signalsAreCostly } from '../shared/runtime.js';

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

/** A lazy abort where signals are costly (Node before 22); `undefined` where a plain `AbortController` is cheaper. */
export function makeLazyAbort(): LazyAbort | undefined {
  return signalsAreCostly() ? new LazyAbort() : undefined;
}
