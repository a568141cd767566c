/**
 * `sendAll` under an `idempotencyPrefix` sends each email as JSON with its keys sorted. A value with
 * `toJSON` (a `Date` given as `scheduled_at` by JavaScript code) went out as `{}` there, though
 * `JSON.stringify` (and so a run without a prefix) sends its ISO text.
 */
import { describe, expect, it } from 'vitest';
import type { SendEmailRequest } from '@resendkit/types';
import { createFakeResend } from '../../mock/src/index.js';
import { createResendClient, sendAll } from '../src/index.js';
import { canonicalJson } from '../src/shared/canonical-json.js';

describe('sendAll with a Date in an email', () => {
  it('sends its ISO text under a prefix, as without one', async () => {
    const when = new Date(Date.now() + 3_600_000);
    const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
    const resend = createResendClient({ apiKey: 're_test_1234567890abcdef', fetch: fake.fetch, rateLimit: false });
    const email = { from: 'news@acme.dev', to: 'delivered@resend.dev', subject: 'Later', text: 'Hi' };
    const dated = { ...email, scheduled_at: when } as unknown as SendEmailRequest;
    const withPrefix = await sendAll(resend, [dated], { idempotencyPrefix: 'dates' });
    const without = await sendAll(resend, [{ ...dated, subject: 'Later too' }]);
    expect(withPrefix.results[0]?.error).toBeUndefined();
    expect(without.results[0]?.error).toBeUndefined();
    const scheduled = [...fake.state.emails].map((e) => e.scheduled_at);
    expect(scheduled).toEqual([when.toISOString(), when.toISOString()]);
    expect(canonicalJson({ b: when, a: [when] })).toBe(JSON.stringify({ a: [when], b: when }));
  });
});
