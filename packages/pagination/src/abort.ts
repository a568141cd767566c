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
