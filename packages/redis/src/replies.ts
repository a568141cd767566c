/** Reading the acquire script's answer, which may come from something that is not quite Redis. */
import type { AcquireResult } from '@resendkit/client/compose';

/**
 * The acquire script's answer, `{slot, 0}` or `{0, waitMs}`, as an {@link AcquireResult}; `undefined`
 * for anything else (a proxy or a Redis look-alike answering otherwise), which the store treats as
 * Redis being unavailable rather than granting or waiting on a slot it cannot name.
 */
export function parseAcquireReply(reply: unknown): AcquireResult | undefined {
  if (!Array.isArray(reply) || reply.length !== 2) return undefined;
  const slot = Number(reply[0]);
  const waitMs = Number(reply[1]);
  if (!Number.isSafeInteger(slot) || !Number.isSafeInteger(waitMs)) return undefined;
  if (slot > 0) return { slot };
  // The script never asks for a wait under 1 ms: a zero wait would have the limiter spin.
  return slot === 0 && waitMs > 0 ? { waitMs } : undefined;
}
