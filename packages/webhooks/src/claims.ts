/**
 * Delivery claims for `webhookHandler`: a delivery's id is claimed before its handler runs and given
 * back when the handler fails, so copies of one delivery run it at most once.
 */
import { refuseOption } from './options.js';

/**
 * A shared store of claimed delivery ids, so that a delivery runs at most once across every process
 * using the store. `claim` must be atomic: of concurrent calls with one id, one resolves `true` and
 * the others `false`; Redis `SET key 1 NX EX ttl` or an SQL insert into a table keyed by the id (with
 * an expiry column) are.
 */
export interface WebhookClaimStore {
  /** Claims `id` for `ttlSeconds`; `false` when it is already claimed (being processed, or done). */
  claim(id: string, ttlSeconds: number): boolean | Promise<boolean>;
  /** Gives a claim back after the handler failed, so the sender's retry runs the handler again. */
  release(id: string): unknown;
}

/**
 * The older store shape, still accepted (a `Set<string>` fits): `has` is asked before the handler,
 * `add` called after it succeeded. It cannot claim atomically, so across processes two copies of a
 * delivery can both run; within one process they cannot. Prefer {@link WebhookClaimStore}.
 */
export interface WebhookDedupe {
  /** True when this id was already processed: the handler is skipped and 200 returned. */
  has(id: string): boolean | Promise<boolean>;
  /**
   * Called after the handler succeeded (not before, so a failed attempt can be retried). A failure
   * here is reported through `onError` and the delivery still answered 200: a 500 would make the
   * sender run the handler again.
   */
  add(id: string): unknown;
}

/** The defaults of the handler's claims. */
export const DEFAULT_CLAIMS = {
  /** How long a claim lasts: Resend retries a delivery for about 28 hours, so a few days. */
  ttlSeconds: 3 * 24 * 60 * 60,
  /** How many ids the in-process store keeps when no store is given (the most recent ones). */
  memoryEntries: 10_000,
} as const;

/** The one shape the handler uses, whichever store was given. */
export interface Claims {
  /** True when this call claimed `id`; false when it was already claimed or processed. */
  claim(id: string): Promise<boolean>;
  /** Gives the claim back after a failed handler. */
  release(id: string): Promise<unknown>;
  /** Records a processed id (only the `has`/`add` shape needs it). */
  done(id: string): Promise<unknown>;
}

/** The in-process store used when none is given: the `max` most recently claimed ids, each for its TTL. */
function memoryStore(max: number): WebhookClaimStore {
  const until = new Map<string, number>();
  return {
    claim(id, ttlSeconds) {
      const now = Date.now();
      if ((until.get(id) ?? 0) > now) return false;
      // Deleted then set, so the Map's order is claim order and the oldest claim is evicted first.
      until.delete(id);
      until.set(id, now + ttlSeconds * 1000);
      if (until.size > max) until.delete(until.keys().next().value!);
      return true;
    },
    release: (id) => until.delete(id),
  };
}

const isFunction = (value: unknown) => typeof value === 'function';

/** Wraps the `dedupe` option (a claim store, a `has`/`add` store, or none) as {@link Claims}; refuses any other value. */
export function claimsFor(dedupe: unknown, ttlSeconds: number): Claims {
  const store = (dedupe === undefined ? memoryStore(DEFAULT_CLAIMS.memoryEntries) : dedupe) as Partial<
    WebhookClaimStore & WebhookDedupe
  > | null;
  if (store === null || typeof store !== 'object') return refuseOption('dedupe', 'an object', dedupe);
  if (isFunction(store.claim) && isFunction(store.release)) {
    return {
      async claim(id) {
        const claimed = await store.claim!(id, ttlSeconds);
        // Anything but a boolean (a Redis 'OK', a row count) would otherwise read as "taken" and drop deliveries.
        return typeof claimed === 'boolean'
          ? claimed
          : refuseOption('dedupe.claim', 'a function returning true or false', claimed);
      },
      release: async (id) => store.release!(id),
      done: async () => undefined,
    };
  }
  if (isFunction(store.has) && isFunction(store.add)) {
    return {
      claim: async (id) => !(await store.has!(id)),
      release: async () => undefined,
      done: async (id) => store.add!(id),
    };
  }
  return refuseOption(
    'dedupe',
    'an object with claim(id, ttlSeconds) and release(id), or with has(id) and add(id)',
    dedupe,
  );
}
