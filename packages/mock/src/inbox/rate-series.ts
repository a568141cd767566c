/**
 * Requests per one-second window from the request log, for the inbox's rate chart: how many the
 * fake answered in each of the last seconds, and how many of those were 429s.
 */
import type { ReadonlyRequestLog } from './request-log.js';

/** One second of traffic. */
export interface RateSecond {
  /** Start of the second, ms since the epoch. */
  at: number;
  requests: number;
  rateLimited: number;
}

/** The last `seconds` whole seconds up to `now`, oldest first (empty seconds included). */
export function rateSeries(log: ReadonlyRequestLog, now: number, seconds: number): RateSecond[] {
  const end = Math.floor(now / 1000) * 1000 + 1000;
  const start = end - seconds * 1000;
  const series: RateSecond[] = Array.from({ length: seconds }, (_, i) => ({
    at: start + i * 1000,
    requests: 0,
    rateLimited: 0,
  }));
  const entries = log.all();
  // Newest last: walk back until the window starts.
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    const at = Date.parse(entry.at);
    if (at < start) break;
    const slot = series[Math.floor((at - start) / 1000)];
    if (!slot) continue;
    slot.requests++;
    if (entry.status === 429) slot.rateLimited++;
  }
  return series;
}
