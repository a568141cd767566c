/**
 * An abort whose `AbortSignal` is made only when something reads it. The Node path listens to an
 * attempt's abort without a signal, and most attempts end long before their time limit: a signal and
 * its listener per attempt cost ~6 µs of CPU on Node 20, and on Node 22–26 ~10 µs of wall time per
 * request against a loopback server (bench/README.md). So attempts carry a lazy abort on Node 20, and
 * on every Node while its own `fetch` is in place (the Node path carries them). Elsewhere a replaced
 * `fetch` reads the signal at once and a plain one is cheaper than the accessor; builds for other
 * platforms swap in `lazy-abort.web.ts`, which never makes one.
 */
import { signalsAreCostly } from '../shared/runtime.js';
import { nodeFetchInPlace } from './node-fetch.js';

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
  /** Made with the first read of {@link LazyAbort.signal}: most attempts never need one. */
  #controller: AbortController | undefined;
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
    if (this.#controller === undefined) {
      this.#controller = new AbortController();
      if (this.#aborted) this.#controller.abort(this.#reason);
    }
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
    this.#controller?.abort(reason);
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

/**
 * A lazy abort where it pays: Node before 22 (signals are costly) and any Node while its own `fetch`
 * is in place (the Node path needs no signal); `undefined` where a plain `AbortController` is cheaper.
 */
export function makeLazyAbort(): LazyAbort | undefined {
  return signalsAreCostly() || nodeFetchInPlace() ? new LazyAbort() : undefined;
}
