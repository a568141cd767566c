/**
 * With an `idempotencyPrefix`, `sendAll` hashes every email before sending. Hashed all at once,
 * each email's JSON and its bytes were held together until every digest settled: 20,000 emails
 * sharing one 50 kB `html` (a newsletter) took 2 GB before the first request. It hashes a slice
 * at a time, so the memory it takes no longer grows with the job.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeResend } from '../../mock/src/index.js';
import { createResendClient, sendAll } from '../src/index.js';

afterEach(() => vi.restoreAllMocks());

describe('sendAll fingerprints', () => {
  it('hashes the emails of a prefixed job a slice at a time, never all of them at once', async () => {
    const subtle = globalThis.crypto.subtle;
    const digest = subtle.digest.bind(subtle);
    let pending = 0;
    let most = 0;
    vi.spyOn(subtle, 'digest').mockImplementation(async (algorithm, data) => {
      most = Math.max(most, ++pending);
      try {
        return await digest(algorithm, data);
      } finally {
        pending--;
      }
    });
    const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
    const resend = createResendClient({ apiKey: 're_fingerprint_memory_key', fetch: fake.fetch, rateLimit: false });
    const html = `<p>${'news '.repeat(200)}</p>`;
    const emails = Array.from({ length: 2_000 }, (_, n) => ({
      from: 'news@acme.dev',
      to: `delivered+u${n}@resend.dev`,
      subject: 'News',
      html,
    }));
    const report = await sendAll(resend, emails, { idempotencyPrefix: 'memory', buckets: 40 });
    expect(report.sent).toBe(2_000);
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(256);
  });
});
