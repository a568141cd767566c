/**
 * Seeded pseudo-random numbers (mulberry32). Not for secrets: the fake uses it so that IDs, tokens
 * and injected faults are the same on every run with the same seed.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  /** A UUID v4 string built from this stream. */
  uuid(): string;
  /** `length` characters from [A-Za-z0-9]. */
  alphanumeric(length: number): string;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Creates an independent stream for `seed` (any finite number; only its low 32 bits matter). A UUID
 * for which `held` is true is skipped: a fake restarted from a `--data` file may draw from a stream
 * an earlier run used (its seed, or one a whole number of steps along it) and would repeat its IDs.
 */
export function createRandom(seed: number, held?: (id: string) => boolean): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  return {
    next,
    int,
    uuid() {
      let id: string;
      do {
        const bytes = Array.from({ length: 16 }, () => int(256));
        bytes[6] = (bytes[6]! & 0x0f) | 0x40;
        bytes[8] = (bytes[8]! & 0x3f) | 0x80;
        const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
        id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
      } while (held?.(id));
      return id;
    },
    alphanumeric(length) {
      let out = '';
      for (let i = 0; i < length; i++) out += ALPHANUMERIC[int(ALPHANUMERIC.length)];
      return out;
    },
  };
}
