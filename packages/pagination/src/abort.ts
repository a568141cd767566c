/**
 * Aborts `controller` when any of `signals` aborts (with that signal's reason). Returns a function
 * that detaches the listeners, so a long-lived caller signal does not keep finished walks alive.
 * (`AbortSignal.any` would do, but it is missing from Node 20.0–20.2.)
 */
export function followSignals(
  controller: AbortController,
  signals: readonly (AbortSignal | null | undefined)[],
): () => void {
  const detach: (() => void)[] = [];
  for (const signal of signals) {
    if (!signal) continue;
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    const onAbort = () => controller.abort(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    detach.push(() => signal.removeEventListener('abort', onAbort));
  }
  return () => {
    for (const fn of detach) fn();
  };
}

/**
 * Settles as `work` does, or rejects with `signal`'s reason as soon as it aborts, whichever comes
 * first: a fetch that ignores its signal must not keep an aborted walk waiting. The listener goes
 * when `work` settles, so a long walk does not pile them up; a late rejection of `work` is handled.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
