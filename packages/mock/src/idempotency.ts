/**
 * Idempotency keys for the send routes: a key is remembered for 24 h per method and path with a
 * fingerprint of the request (its body, and a batch's validation mode) and, once the first request
 * finished with a 2xx, its response.
 */
import { ApiError } from './api-error.js';

/** A stored response, replayed byte for byte. */
export interface StoredResponse {
  status: number;
  body: string;
  headers: Record<string, string>;
}

type Entry = { fingerprint: string; createdAt: number; response: StoredResponse | undefined };

/** What to do with an incoming request. */
export type IdempotencyDecision =
  | { kind: 'none' }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'fresh'; complete(response: StoredResponse | undefined): void };

/** How long keys are kept. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** Throws 400 unless the key is 1–256 characters. */
export function checkIdempotencyKey(key: string | null): void {
  if (key !== null && (key.length < 1 || key.length > 256)) {
    throw new ApiError(400, 'invalid_idempotency_key', 'The `Idempotency-Key` must be 1 to 256 characters long.');
  }
}

/** A value still to be written, told apart from the literal text queued beside it. */
type Pending = { value: unknown } | string;

/**
 * JSON with sorted object keys, so the same body in another key order is the same body. Written
 * from a list of work left (last first), not by recursion: the pipeline refuses bodies nested
 * deeper than 128 levels before they get here, but a fingerprint must not overflow the call stack
 * on any value.
 */
function canonical(root: unknown): string {
  let text = '';
  const pending: Pending[] = [{ value: root }];
  while (pending.length > 0) {
    const item = pending.pop()!;
    if (typeof item === 'string') {
      text += item;
      continue;
    }
    const value = item.value;
    if (Array.isArray(value)) {
      text += '[';
      pending.push(']');
      for (let i = value.length - 1; i >= 0; i--) {
        pending.push({ value: value[i] });
        if (i > 0) pending.push(',');
      }
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      text += '{';
      pending.push('}');
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, v] = entries[i]!;
        pending.push({ value: v }, `${i > 0 ? ',' : ''}${JSON.stringify(key)}:`);
      }
    } else {
      text += JSON.stringify(value) ?? 'null';
    }
  }
  return text;
}

/**
 * A 64-bit digest (two independent 32-bit FNV-1a-style hashes) of the canonical body: what a key
 * remembers instead of the body itself, so a stored key costs 16 characters, not a second copy of
 * every email. Collisions are as likely as any two of 2⁶⁴ bodies meeting under the same key.
 */
export function fingerprint(body: unknown): string {
  const text = canonical(body);
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** The per-fake key store. */
export function createIdempotencyStore() {
  // Kept in creation order (an entry is re-inserted, never updated in place), so the expired ones
  // are always at the front and pruning stops at the first live one.
  const entries = new Map<string, Entry>();
  const pruneExpired = (now: number) => {
    for (const [id, entry] of entries) {
      if (now - entry.createdAt < IDEMPOTENCY_TTL_MS) break;
      entries.delete(id);
    }
  };
  return {
    /** Number of keys held (expired ones are dropped on the next `begin`). */
    get size(): number {
      return entries.size;
    },
    /** Looks the key up and reserves it when it is new (or expired). */
    begin(key: string | null, method: string, pathname: string, body: unknown, now: number): IdempotencyDecision {
      if (key === null) return { kind: 'none' };
      // Without this a long-running fake would keep every key it ever saw.
      pruneExpired(now);
      const id = `${method} ${pathname} ${key}`;
      const digest = fingerprint(body);
      const existing = entries.get(id);
      if (existing && now - existing.createdAt < IDEMPOTENCY_TTL_MS) {
        if (existing.fingerprint !== digest) {
          throw new ApiError(
            409,
            'invalid_idempotent_request',
            'This idempotency key was already used with a different request (body or `x-batch-validation`) within the last 24 hours.',
          );
        }
        if (!existing.response) {
          throw new ApiError(
            409,
            'concurrent_idempotent_requests',
            'A request with this idempotency key is still being processed. Try again later.',
          );
        }
        return { kind: 'replay', response: existing.response };
      }
      const entry: Entry = { fingerprint: digest, createdAt: now, response: undefined };
      entries.delete(id); // re-insert at the back, keeping creation order
      entries.set(id, entry);
      return {
        kind: 'fresh',
        complete(response) {
          // Only successes are remembered; a failed first attempt frees the key for a retry.
          if (response && response.status >= 200 && response.status < 300) entry.response = response;
          else if (entries.get(id) === entry) entries.delete(id);
        },
      };
    },
    clear() {
      entries.clear();
    },
  };
}
