/**
 * How `sendAll` cuts a job into requests. Without an `idempotencyPrefix`: batches of up to 100 in
 * input order. With one: each email's request follows from the email alone (its bucket, from a
 * SHA-256 of its `to`), so no edit elsewhere in the job moves it, and a receipt of earlier runs
 * takes the emails they sent out of the job and gives the rest keys of their own.
 */
import type { SendEmailRequest } from '@resendkit/types';
import { SendAllInputError, isRecord } from './send-all-input.js';
import { canonicalJson } from './shared/canonical-json.js';

/** A request to make: a batch of emails, or one email the batch endpoint does not accept. */
export interface Chunk {
  kind: 'batch' | 'single';
  /** Input indices of its emails, in the order they are sent. */
  indices: number[];
  /** Its `Idempotency-Key` (with a prefix), else a random one is drawn per run. */
  key?: string;
}

/**
 * What earlier runs of a job sent, for the next run of the same job: `sent` lists one
 * `[fingerprint, id, bucket]` per email sent (bucket `-1` for an email sent alone). Plain JSON, so
 * it can be stored between runs.
 */
export interface SendAllReceipt {
  prefix: string;
  buckets: number;
  sent: [fingerprint: string, id: string, bucket: number][];
}

/** A job laid out: its requests, and what a receipt already settled. */
export interface Plan {
  chunks: Chunk[];
  /** Ids the receipt gives, by input index. */
  known: Map<number, string>;
  /** The fingerprint and bucket of each email (with a prefix), for the next receipt. */
  prints: string[];
  buckets: number[];
}

/** The batch endpoint takes no attachments (docs): such emails go alone. It does take `scheduled_at`. */
export function needsSingleSend(email: SendEmailRequest): boolean {
  return email.attachments !== undefined && email.attachments.length > 0;
}

/** Batches of ≤ `cap` in input order, and single sends, ordered by their first email. */
export function planInOrder(emails: readonly SendEmailRequest[], cap: number): Plan {
  const chunks: Chunk[] = [];
  let batch: Chunk | undefined;
  emails.forEach((email, index) => {
    if (needsSingleSend(email)) {
      chunks.push({ kind: 'single', indices: [index] });
      return;
    }
    if (!batch || batch.indices.length === cap) {
      batch = { kind: 'batch', indices: [] };
      chunks.push(batch);
    }
    batch.indices.push(index);
  });
  return { chunks, known: new Map(), prints: [], buckets: [] };
}

/** 128 bits of SHA-256 of `text` as hex: plenty to tell emails apart, and keeps keys short. */
async function hash(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest).subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Orders two fingerprints (hex strings of one length). */
const byPrint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Throws unless `receipt` is one this job (same prefix and buckets) can build on. */
function checkReceipt(receipt: unknown, prefix: string, buckets: number): asserts receipt is SendAllReceipt {
  const fail = (why: string) => {
    throw new SendAllInputError(
      'invalid_option',
      null,
      `receipt ${why}; pass the receipt of an earlier run of this job, unchanged.`,
    );
  };
  if (!isRecord(receipt) || !Array.isArray(receipt.sent)) fail('is not a sendAll receipt');
  const { prefix: p, buckets: b, sent } = receipt as unknown as SendAllReceipt;
  if (p !== prefix || b !== buckets)
    fail(`belongs to another job (idempotencyPrefix ${JSON.stringify(p)}, buckets ${String(b)})`);
  for (const entry of sent) {
    const ok =
      Array.isArray(entry) &&
      typeof entry[0] === 'string' &&
      typeof entry[1] === 'string' &&
      Number.isInteger(entry[2]);
    if (!ok || entry[2] < -1 || entry[2] >= buckets) fail('has an entry that is not [fingerprint, id, bucket]');
  }
}

/**
 * The fingerprint of the `copy`-th occurrence (from 0, in input order) of one email in a job. A job
 * may ask for the same email more than once; sent alone under one key, the API would answer every
 * copy after the first from the first (one delivered, all reported sent). So each copy has a
 * fingerprint, a key and a receipt entry of its own, the same on every run.
 */
const copyPrint = (print: string, copy: number) => (copy === 0 ? print : `${print}.${copy}`);

/** Each email's fingerprint, its copy number appended from the second occurrence of the same content on. */
function copyPrints(prints: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return prints.map((print) => {
    const copy = seen.get(print) ?? 0;
    seen.set(print, copy + 1);
    return copyPrint(print, copy);
  });
}

/**
 * The receipt's id of each copy's fingerprint, and its fingerprints by bucket (as listed: bucket keys
 * digest them). A fingerprint listed more than once (receipts written before copies had their own)
 * stands for that many copies sent.
 */
function readReceipt(receipt: SendAllReceipt | undefined) {
  const ids = new Map<string, string>();
  const byBucket = new Map<number, string[]>();
  for (const [print, id, bucket] of receipt?.sent ?? []) {
    let copy = 0;
    while (ids.has(copyPrint(print, copy))) copy++;
    ids.set(copyPrint(print, copy), id);
    const listed = byBucket.get(bucket);
    if (listed) listed.push(print);
    else byBucket.set(bucket, [print]);
  }
  return { ids, byBucket };
}

/**
 * A bucket's key: `<prefix>/r<bucket>` while no receipt lists an email of it, else that plus a
 * digest of the fingerprints the receipt lists there. The digest changes whenever an email of the
 * bucket joins the receipt, so the emails left are never sent under a key that held others.
 */
async function bucketKey(prefix: string, bucket: number, settled: string[] | undefined): Promise<string> {
  if (!settled || settled.length === 0) return `${prefix}/r${bucket}`;
  return `${prefix}/r${bucket}~${(await hash([...settled].sort(byPrint).join(','))).slice(0, 16)}`;
}

/** Emails whose text is hashed at once (see {@link hashEach}). */
const HASH_SLICE = 256;

/**
 * The hash of `text(email)` for each email, a slice at a time: all at once, every email's text and
 * its bytes were held together until the digests settled, so 20,000 emails sharing one 50 kB `html`
 * took 2 GB.
 */
async function hashEach(emails: readonly SendEmailRequest[], text: (email: SendEmailRequest) => string) {
  const out: string[] = [];
  for (let at = 0; at < emails.length; at += HASH_SLICE)
    out.push(...(await Promise.all(emails.slice(at, at + HASH_SLICE).map((email) => hash(text(email))))));
  return out;
}

/** The fingerprint of each email's content (per copy) and of its `to`. */
async function fingerprints(emails: readonly SendEmailRequest[]) {
  const prints = copyPrints(await hashEach(emails, canonicalJson));
  const places = await hashEach(emails, (email) => canonicalJson([email.to].flat()));
  return { prints, places };
}

/**
 * Requests of a job with a prefix. Each email goes to bucket `SHA-256(to) mod buckets`, and each
 * bucket is one batch under a key that depends only on the bucket and the receipt: adding,
 * removing, fixing or reordering other emails never moves an email to another key, so an email is
 * sent under at most one key per receipt state. Emails the receipt lists are not sent again.
 */
export async function planBuckets(
  emails: readonly SendEmailRequest[],
  prefix: string,
  buckets: number,
  receipt: unknown,
  cap: number,
): Promise<Plan> {
  if (receipt !== undefined) checkReceipt(receipt, prefix, buckets);
  const { ids, byBucket } = readReceipt(receipt);
  const { prints, places } = await fingerprints(emails);
  const known = new Map<number, string>();
  const singles: Chunk[] = [];
  const groups = new Map<number, number[]>();
  const bucketOf: number[] = [];
  emails.forEach((email, index) => {
    const single = needsSingleSend(email);
    const bucket = single ? -1 : parseInt((places[index] as string).slice(0, 8), 16) % buckets;
    bucketOf[index] = bucket;
    const id = ids.get(prints[index] as string);
    if (id !== undefined) known.set(index, id);
    else if (single) singles.push({ kind: 'single', indices: [index], key: `${prefix}/e-${prints[index] as string}` });
    else if (groups.has(bucket)) groups.get(bucket)?.push(index);
    else groups.set(bucket, [index]);
  });
  const chunks: Chunk[] = [];
  for (const [bucket, indices] of [...groups].sort((a, b) => a[0] - b[0])) {
    // Ordered by recipient, then content, then input index: the body does not depend on input order.
    indices.sort(
      (a, b) =>
        byPrint(places[a] as string, places[b] as string) || byPrint(prints[a] as string, prints[b] as string) || a - b,
    );
    if (indices.length > cap) {
      // Sorted by recipient: more than `cap` emails to one `to` lie `cap` places apart.
      const sameTo = indices.some((i, at) => places[i] === places[indices[at + cap] as number]);
      throw overflow(bucket, indices.length, cap, emails.length, sameTo);
    }
    chunks.push({ kind: 'batch', indices, key: await bucketKey(prefix, bucket, byBucket.get(bucket)) });
  }
  return { chunks: [...chunks, ...singles], known, prints, buckets: bucketOf };
}

/**
 * The refusal of a bucket over `cap`. Emails to one `to` share a bucket however many there are
 * (`sameTo`: more than `cap` of them), and more buckets then cannot help: the advice says so.
 */
function overflow(bucket: number, count: number, cap: number, total: number, sameTo: boolean): SendAllInputError {
  const suggested = Math.max(1, Math.ceil(total / (cap / 2)));
  return new SendAllInputError(
    'bucket_overflow',
    null,
    `bucket ${bucket} would hold ${count} emails, more than one batch takes (${cap}): nothing was sent. ` +
      (sameTo
        ? `Over ${cap} of them go to one "to", which no number of buckets splits: send those in smaller jobs.`
        : `Run this job under a new idempotencyPrefix with more buckets (about ${suggested} for ${total} emails) and keep that number on every re-run.`),
  );
}
