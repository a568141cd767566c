/**
 * The bin's compact fault syntax, `--faults rate=0.1,status=500|503,latency=50-200,cut=0.01,lost=0.01,seed=42`,
 * read into {@link FaultOptions} (and a seed). Keys:
 *
 * - `rate`: share (0–1) of requests answered with a 5xx before processing (`errorRate`)
 * - `status`: the 5xx statuses to pick from, `|`-separated (`statuses`)
 * - `latency`: added ms, a number or a `min-max` range (`latencyMs`)
 * - `cut`: share of connections cut before processing (`cutRate`)
 * - `lost`: share of requests processed whose answer is then lost (`lostResponseRate`)
 * - `lost-as`: `error`, `cut` or `either` (`lostAs`)
 * - `seed`: the fake's seed, so the same faults come back on every run
 *
 * Ranges are checked like `createFakeResend`'s options; any problem is one line naming the key.
 */
import { checkFaults } from './check-options.js';
import { isDecimalText } from './decimal-text.js';
import type { FaultOptions } from './faults.js';
import { isFakeOptionsError } from './options-error.js';
import { shownText } from './shown-value.js';

/** What a fault spec sets. */
export interface FaultSpec {
  faults: FaultOptions;
  seed?: number;
}

/** A spec the bin cannot read; `message` is one line. */
export class FaultSpecError extends Error {
  override name = 'FaultSpecError';
}

const KEYS = ['rate', 'status', 'latency', 'cut', 'lost', 'lost-as', 'seed'];

/** `value` as a number; only plain decimal text, as for the bin's other numeric flags (`status=0x1f4` is not 500). */
function numberOf(key: string, value: string): number {
  const n = Number(value);
  if (!isDecimalText(value) || !Number.isFinite(n))
    throw new FaultSpecError(`--faults: ${key} must be a number in plain decimal digits, got ${shownText(value)}.`);
  return n;
}

function apply(spec: FaultSpec, key: string, value: string): void {
  const { faults } = spec;
  if (key === 'rate') faults.errorRate = numberOf(key, value);
  else if (key === 'cut') faults.cutRate = numberOf(key, value);
  else if (key === 'lost') faults.lostResponseRate = numberOf(key, value);
  else if (key === 'status') faults.statuses = value.split('|').map((s) => numberOf(key, s));
  else if (key === 'seed') spec.seed = numberOf(key, value);
  else if (key === 'lost-as') faults.lostAs = value as FaultOptions['lostAs'];
  else {
    // Each end is read like any other number, so `050-200` is refused as `050` would be.
    const range = /^([\d.]+)-([\d.]+)$/.exec(value);
    faults.latencyMs = range ? [numberOf(key, range[1]!), numberOf(key, range[2]!)] : numberOf(key, value);
  }
}

/** Reads `text`; throws {@link FaultSpecError} with a one-line message naming what is wrong. */
export function parseFaultSpec(text: string): FaultSpec {
  const spec: FaultSpec = { faults: {} };
  const seen = new Set<string>();
  for (const part of text.split(',').map((p) => p.trim())) {
    const eq = part.indexOf('=');
    const key = eq === -1 ? part : part.slice(0, eq);
    if (eq === -1 || !KEYS.includes(key)) {
      throw new FaultSpecError(
        `--faults: ${shownText(part)} is not key=value with a key among ${KEYS.join(', ')} (e.g. rate=0.1,status=500|503,latency=50-200).`,
      );
    }
    if (seen.has(key)) throw new FaultSpecError(`--faults: ${key} is given twice.`);
    seen.add(key);
    apply(spec, key, part.slice(eq + 1));
  }
  try {
    checkFaults(spec.faults);
  } catch (error) {
    if (isFakeOptionsError(error)) throw new FaultSpecError(`--faults: ${error.message}`);
    throw error;
  }
  return spec;
}
