/** The suppression-list check Resend makes before sending to an address. */
import type { StoredRecord } from './state.js';
import type { ReadonlyCollection } from './store.js';

/** `Ada <ADA@acme.dev>` → `ada@acme.dev` (slices, not a regex: linear on any input). */
export function bareAddress(address: string): string {
  const trimmed = address.trim();
  const open = trimmed.lastIndexOf('<');
  const inner = open >= 0 && trimmed.endsWith('>') ? trimmed.slice(open + 1, -1) : trimmed;
  return inner.trim().toLowerCase();
}

/** The suppression entry that stops mail to `address`, if any (entries are stored lowercased). */
export function suppressionOf(suppressions: ReadonlyCollection<StoredRecord>, address: string): StoredRecord | undefined {
  if (suppressions.size === 0) return undefined;
  const bare = bareAddress(address);
  return suppressions.find((entry) => entry.email === bare);
}
