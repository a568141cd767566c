/**
 * Following an `AbortSignal` (or any source's event) with one listener however many calls share it:
 * a bulk job, a queue or a server's shutdown gives one signal to every call, stores share one Redis
 * client, and Node warns once a signal or an emitter has more than ten listeners
 * (`MaxListenersExceededWarning`). Every wait of every resendkit package that follows a caller's
 * signal, or a shared client's event, goes through here. (`AbortSignal.any` would add a listener per call, and is missing
 * from Node 20.0–20.2.)
 */

/** The followers of one source's event, behind the one listener the source really has. */
interface Followers {
  readonly listeners: Set<() => void>;
  readonly fire: () => void;
}

/** Puts `fire` on (or takes it off) a source's event: module-level functions, so following makes no closure of them. */
type Listen<S> = (source: S, fire: () => void) => void;

/**
 * A follow function for one event of one kind of source (a signal's `abort`, a Redis client's
 * `ready`): `follow(source, listener)` calls `listener` once on the source's next event and returns
 * what stops following. However many follow one source, it holds a single listener of ours, and none
 * once nobody follows it; the event goes to every follower, once.
 */
export function oneListener<S extends object>(listen: Listen<S>, unlisten: Listen<S>) {
  const followersOf = new WeakMap<S, Followers>();
  return (source: S, listener: () => void): (() => void) => {
    let followers = followersOf.get(source);
    if (!followers) {
      const listeners = new Set<() => void>();
      const fire = () => {
        followersOf.delete(source);
        for (const follower of listeners) follower();
      };
      followers = { listeners, fire };
      followersOf.set(source, followers);
      listen(source, fire);
    }
    const own = followers;
    own.listeners.add(listener);
    return () => {
      if (!own.listeners.delete(listener) || own.listeners.size > 0) return;
      unlisten(source, own.fire);
      if (followersOf.get(source) === own) followersOf.delete(source);
    };
  };
}

const followAbort = oneListener<AbortSignal>(
  (signal, fire) => signal.addEventListener('abort', fire, { once: true }),
  (signal, fire) => signal.removeEventListener('abort', fire),
);

/**
 * Calls `listener` once when `signal` aborts (at once when it has); returns what stops listening.
 * However many calls follow one signal, it holds a single listener of ours, and none once nobody
 * follows it.
 */
export function followSignal(signal: AbortSignal, listener: () => void): () => void {
  if (!signal.aborted) return followAbort(signal, listener);
  listener();
  return () => undefined;
}

/**
 * A signal of one call's own that aborts when `signal` does, with its reason, through the one
 * listener {@link followSignal} keeps on `signal`; `stop` ends the following once the call settled.
 * For a signal handed to a platform `Request`: it listens to its signal until the `Request` is
 * garbage-collected, so a long-lived signal given to many calls gathered a listener per call (past
 * 1500 on Node, a `MaxListenersExceededWarning` for every further call).
 */
export function ownSignal(signal: AbortSignal): { signal: AbortSignal; stop: () => void } {
  const controller = new AbortController();
  const stop = followSignal(signal, () => controller.abort(signal.reason));
  return { signal: controller.signal, stop };
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
