/**
 * Per-team rate limit as a strict sliding window: at most `limit` admitted requests in any
 * `windowMs`. Refused requests do not take a slot. Every response carries the `ratelimit-*` headers.
 */

/** Result of asking the window for a slot. */
export interface RateDecision {
  allowed: boolean;
  headers: Record<string, string>;
}

/** The sliding window; `undefined` limit means "no limit" (no headers either). */
export interface RateWindow {
  /** Takes a slot when one is free. */
  take(now: number): RateDecision;
  /** The headers describing the window right now, without taking a slot. */
  peek(now: number): Record<string, string>;
  reset(): void;
}

/** Creates the window; `limit` 0, Infinity or undefined disables it. */
export function createRateWindow(limit: number | undefined, windowMs: number): RateWindow | undefined {
  if (limit === undefined || limit <= 0 || !Number.isFinite(limit)) return undefined;
  let admitted: number[] = [];
  const windowSeconds = Math.max(1, Math.ceil(windowMs / 1000));

  const prune = (now: number) => {
    // A clock stepped back (NTP, a resumed VM) would leave the requests stamped after `now` in the
    // window until it caught up, refusing every request for as long as the step: they count as made now.
    if (admitted.length > 0 && admitted[admitted.length - 1]! > now) admitted = admitted.map((t) => Math.min(t, now));
    let drop = 0;
    while (drop < admitted.length && admitted[drop]! <= now - windowMs) drop++;
    if (drop > 0) admitted = admitted.slice(drop);
  };
  const headers = (now: number): Record<string, string> => {
    const oldest = admitted[0];
    const resetSeconds = oldest === undefined ? 0 : Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
    return {
      'ratelimit-limit': String(limit),
      'ratelimit-remaining': String(Math.max(0, limit - admitted.length)),
      'ratelimit-reset': String(resetSeconds),
      'ratelimit-policy': `${limit};w=${windowSeconds}`,
    };
  };

  return {
    take(now) {
      prune(now);
      if (admitted.length >= limit) {
        const h = headers(now);
        return { allowed: false, headers: { ...h, 'retry-after': h['ratelimit-reset']! } };
      }
      admitted.push(now);
      return { allowed: true, headers: headers(now) };
    },
    peek(now) {
      prune(now);
      return headers(now);
    },
    reset() {
      admitted = [];
    },
  };
}
