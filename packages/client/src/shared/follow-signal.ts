/**
 * Following an `AbortSignal` with one listener however many calls share it: a bulk job, a queue or a
 * server's shutdown gives one signal to every call, and Node warns once a signal has more than ten
 * listeners (`MaxListenersExceededWarning`). Every wait of every resendkit package that follows a
 * caller's signal goes through here. (`AbortSignal.any` would add a listener per call, and is missing
 * from Node 20.0–20.2.)
 */

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
 * Settles as `work` does, or rejects with `signal`'s reason as soon as it aborts, whichever comes
 * first: work that ignores the signal (a `fetch` that never reads it, a render that never finishes)
 * must not keep an aborted caller waiting. Stops listening when `work` settles; a late rejection of
 * `work` is handled.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stop = followSignal(signal, () => reject(signal.reason));
    work.then(resolve, reject).finally(stop);
  });
}
