/**
 * Deterministic names: a job's id from its idempotency key or the email's content, a batch's
 * idempotency key from its members, and the Redis keys that remember which batch a job went out in.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '@resendkit/client/shared';
import type { EmailQueueError } from './errors.js';
import { checkKind, fail, kindOf } from './options.js';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The BullMQ job id: a hash of the given idempotency key, else of the email itself (so enqueuing the
 * same email twice stores one job). Hashed because BullMQ refuses some characters in custom ids.
 * @throws {@link EmailQueueError} `invalid_option` when `key` is neither a string nor `undefined`.
 */
export function jobIdOf(email: unknown, key: string | undefined): string {
  checkKind(key, 'key', ['string']);
  return key === undefined ? `email-${fingerprintOf(email)}` : `key-${sha(key).slice(0, 40)}`;
}

/** A fingerprint of `email`'s content (its fields in any order): equal emails, equal fingerprints. */
export function fingerprintOf(email: unknown): string {
  return sha(canonicalJson(email)).slice(0, 40);
}

/**
 * The `Idempotency-Key` of a batch: the same members, in any order, give the same key.
 * @throws {@link EmailQueueError} `invalid_option` when `jobIds` is not an array of strings.
 */
export function batchKeyOf(jobIds: readonly string[]): string {
  // A string would be read as its characters, and anything else that is not a list is a TypeError.
  if (!Array.isArray(jobIds) || jobIds.some((id) => typeof id !== 'string'))
    throw fail(`jobIds must be an array of strings (got ${kindOf(jobIds)}).`);
  return `bullmq-batch/${sha([...jobIds].sort().join('\n')).slice(0, 48)}`;
}

/** Redis keys of the batch records of queue `name` under BullMQ's `prefix`. */
export function recordKeys(prefix: string, name: string) {
  const base = `${prefix}:${name}:resendkit`;
  return {
    batch: (batchKey: string) => `${base}:batch:${batchKey}`,
    assigned: (jobId: string) => `${base}:assigned:${jobId}`,
    answer: (batchKey: string) => `${base}:answer:${batchKey}`,
    replaying: (batchKey: string) => `${base}:replaying:${batchKey}`,
  };
}
