/**
 * A job with an `idempotencyPrefix` that holds the same email more than once (same content, same
 * attachments) asks for it to be sent that many times, as the batch endpoint would. Each copy of an
 * email sent alone needs a key of its own, stable across re-runs: under one shared key the API
 * answers the second copy from the first (one delivered, both reported sent with one id). Checked
 * against the in-process fake, which keeps idempotency keys as Resend does.
 */
import { describe, expect, it } from 'vitest';
import type { SendEmailRequest } from '@resendkit/types';
import { createFakeResend } from '../../mock/src/index.js';
import { createResendClient, sendAll } from '../src/index.js';

/** A fake and a client on it whose requests under a key in `lose` reach the fake but lose their answer. */
function setup() {
  const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
  const lose = new Set<string>();
  const keys: string[] = [];
  const fetch = async (request: Request) => {
    const key = request.headers.get('idempotency-key') ?? '';
    keys.push(key);
    const response = await fake.fetch(request);
    if (lose.has(key)) throw new TypeError('fetch failed', { cause: new Error('socket hang up') });
    return response;
  };
  const resend = createResendClient({
    apiKey: 're_sendall_copies_test_key',
    fetch,
    rateLimit: false,
    retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 2 },
  });
  const delivered = () => [...fake.state.emails].map((email) => email.id).sort();
  return { resend, lose, keys, delivered };
}

const withFile: SendEmailRequest = {
  from: 'Acme <news@acme.dev>',
  to: 'delivered@resend.dev',
  subject: 'Your invoice',
  text: 'Attached.',
  attachments: [{ filename: 'invoice.txt', content: 'aGk=' }],
};
const plain: SendEmailRequest = { from: 'Acme <news@acme.dev>', to: 'delivered@resend.dev', subject: 'Hi', text: 'Hi' };

describe('sendAll with a prefix, the same email twice', () => {
  it('delivers both copies of an email sent alone, each reported with its own id', async () => {
    const { resend, delivered } = setup();
    const report = await sendAll(resend, [withFile, withFile], { idempotencyPrefix: 'copies' });
    expect(report).toMatchObject({ sent: 2, failed: 0 });
    const ids = report.results.map((result) => result.id);
    expect(new Set(ids).size).toBe(2);
    expect(delivered()).toEqual([...ids].sort());
  });

  it('sends each copy under its own key, the same on every run: a re-run without the receipt delivers nothing more', async () => {
    const { resend, keys, delivered } = setup();
    const first = await sendAll(resend, [withFile, withFile, withFile], { idempotencyPrefix: 'stable' });
    const firstKeys = [...keys].sort();
    expect(new Set(firstKeys).size).toBe(3);
    keys.length = 0;
    const again = await sendAll(resend, [withFile, withFile, withFile], { idempotencyPrefix: 'stable' });
    expect([...keys].sort()).toEqual(firstKeys);
    expect(again.results.map((r) => r.id).sort()).toEqual(first.results.map((r) => r.id).sort());
    expect(delivered()).toHaveLength(3);
  });

  it('re-run with the receipt after the first copy lost its answer: that copy is settled, the second is not sent again', async () => {
    const { resend, lose, keys, delivered } = setup();
    const options = { idempotencyPrefix: 'lost' };
    await sendAll(resend, [withFile], options); // learns the first copy's key
    const firstCopyKey = keys[0]!;
    // A new job of the same content under a new prefix, the first copy's answer lost on every attempt.
    keys.length = 0;
    lose.add(firstCopyKey.replace('lost/', 'lost-2/'));
    const first = await sendAll(resend, [withFile, withFile], { idempotencyPrefix: 'lost-2' });
    expect(first.results.filter((r) => r.id !== undefined)).toHaveLength(1);
    expect(first.results.find((r) => r.id === undefined)?.error).toMatchObject({ maybeSent: true });
    lose.clear();
    const rerun = await sendAll(resend, [withFile, withFile], { idempotencyPrefix: 'lost-2', receipt: first.receipt });
    expect(rerun).toMatchObject({ sent: 2, failed: 0 });
    const ids = rerun.results.map((r) => r.id as string);
    expect(new Set(ids).size).toBe(2);
    // The run `lost` delivered one, `lost-2` two: each copy once.
    expect(delivered()).toHaveLength(3);
    for (const id of ids) expect(delivered()).toContain(id);
  });

  it('reads a receipt that lists one fingerprint twice as two copies sent (nothing sent again)', async () => {
    const { resend, keys } = setup();
    const first = await sendAll(resend, [withFile, withFile], { idempotencyPrefix: 'listed' });
    const [first0, first1] = first.receipt!.sent;
    const print = first0![0].split('.')[0]!;
    const [id0, id1] = [first0![1], first1![1]];
    // As a receipt written before copies had fingerprints of their own listed them.
    const older = {
      ...first.receipt!,
      sent: [
        [print, id0, -1],
        [print, id1, -1],
      ] as [string, string, number][],
    };
    keys.length = 0;
    const rerun = await sendAll(resend, [withFile, withFile], { idempotencyPrefix: 'listed', receipt: older });
    expect(keys).toEqual([]);
    expect(rerun.results.map((r) => r.id)).toEqual([id0, id1]);
  });

  it('batches two copies of an email without attachments into one request: both delivered', async () => {
    const { resend, delivered } = setup();
    const report = await sendAll(resend, [plain, plain], { idempotencyPrefix: 'batched' });
    expect(report).toMatchObject({ sent: 2, failed: 0 });
    expect(delivered()).toHaveLength(2);
    const rerun = await sendAll(resend, [plain, plain], { idempotencyPrefix: 'batched', receipt: report.receipt });
    expect(rerun.results.map((r) => r.id)).toEqual(report.results.map((r) => r.id));
    expect(delivered()).toHaveLength(2);
  });
});
