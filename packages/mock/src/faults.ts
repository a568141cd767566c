/**
 * Seeded fault injection. Each admitted request draws the same number of random values whatever
 * happens to it, so a seed replays the same faults for the same sequence of requests.
 */
import type { Random } from './random.js';

/**
 * Faults to inject into admitted requests (after auth and rate limiting). Out-of-range values are
 * refused with a `FakeOptionsError` naming the option (e.g. `faults.errorRate`), and so is an unknown
 * name (e.g. `faults.errRate`).
 */
export interface FaultOptions {
  /**
   * Share (0–1) of requests answered with a 5xx before anything is processed.
   * @defaultValue 0
   */
  errorRate?: number;
  /**
   * Statuses to pick from for `errorRate`: 5xx statuses (500–599). An empty array means the default.
   * @defaultValue `[500, 502, 503]`
   */
  statuses?: readonly number[];
  /**
   * Added latency per request in ms (0 to 2³¹−1): a fixed number or a `[min, max]` range.
   * @defaultValue 0
   */
  latencyMs?: number | readonly [number, number];
  /**
   * Share (0–1) of requests whose connection is cut before anything is processed.
   * @defaultValue 0
   */
  cutRate?: number;
  /**
   * Share (0–1) of requests that are fully processed (state changes, idempotency key stored)
   * whose response is then lost: the client sees a 500 or a cut connection.
   * @defaultValue 0
   */
  lostResponseRate?: number;
  /**
   * How a lost response shows: `'error'` (500), `'cut'`, or `'either'` (seeded coin).
   * @defaultValue `'either'`
   */
  lostAs?: 'error' | 'cut' | 'either';
}

/** The fault chosen for one request. */
export interface FaultPlan {
  latencyMs: number;
  before: { kind: 'cut' } | { kind: 'error'; status: number } | undefined;
  lost: { kind: 'cut' } | { kind: 'error'; status: number } | undefined;
}

const NONE: FaultPlan = { latencyMs: 0, before: undefined, lost: undefined };

/** Draws the plan for the next request. */
export function planFaults(options: FaultOptions | undefined, random: Random): FaultPlan {
  if (!options) return NONE;
  const [pick, statusPick, coin, latencyPick] = [random.next(), random.next(), random.next(), random.next()];
  const statuses = options.statuses?.length ? options.statuses : [500, 502, 503];
  const latency = options.latencyMs ?? 0;
  const latencyMs =
    typeof latency === 'number' ? latency : Math.round(latency[0] + (latency[1] - latency[0]) * latencyPick);

  const cut = options.cutRate ?? 0;
  const error = options.errorRate ?? 0;
  const lost = options.lostResponseRate ?? 0;
  let before: FaultPlan['before'];
  let lostPlan: FaultPlan['lost'];
  if (pick < cut) before = { kind: 'cut' };
  else if (pick < cut + error) before = { kind: 'error', status: statuses[Math.floor(statusPick * statuses.length)]! };
  else if (pick < cut + error + lost) {
    const as = options.lostAs ?? 'either';
    lostPlan = as === 'cut' || (as === 'either' && coin < 0.5) ? { kind: 'cut' } : { kind: 'error', status: 500 };
  }
  return { latencyMs, before, lost: lostPlan };
}

/** Error body names for injected statuses. */
export function faultErrorName(status: number): string {
  return status === 503 ? 'service_unavailable' : 'application_error';
}
