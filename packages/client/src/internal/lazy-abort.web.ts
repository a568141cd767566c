/**
 * The lazy abort's stand-in in builds for platforms other than Node: making an `AbortSignal` is cheap
 * there (~0.1 µs), so attempts always carry a plain one and none of the accessor machinery ships.
 */

/** Never made here. */
export class LazyAbort extends AbortController {
  /** Calls `listener` when it aborts (at once if it has); returns what stops listening. */
  listen(listener: (reason: unknown) => void): () => void {
    const onAbort = () => listener(this.signal.reason);
    this.signal.addEventListener('abort', onAbort, { once: true });
    return () => this.signal.removeEventListener('abort', onAbort);
  }
}

/** Never called here (no attempt holds a lazy abort). */
export function withLazySignal<T extends object>(target: T, lazy: LazyAbort): T & { signal: AbortSignal } {
  return Object.assign(target, { signal: lazy.signal });
}

/** No attempt holds a lazy abort here. */
export function lazyAbortOf(_attempt: object): LazyAbort | undefined {
  return undefined;
}

/** A plain `AbortController` is always cheaper here. */
export function makeLazyAbort(): LazyAbort | undefined {
  return undefined;
}
