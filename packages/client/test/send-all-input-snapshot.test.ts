/**
 * `sendAll` sends the emails its input held when it was called: a caller that empties or refills
 * its array once the call is made (a buffer handed off, then cleared for the next emails) neither
 * loses the run nor changes what it sends.
 */
import { describe, expect, it } from 'vitest';
import type { SendEmailRequest } from '@resendkit/types';
import { createResendClient, sendAll } from '../src/index.js';

const makeEmails = (n: number, tag: string): SendEmailRequest[] =>
  Array.from({ length: n }, (_, i) => ({
    from: 'Acme <hi@acme.dev>',
    to: `user${i}@acme.dev`,
    subject: `${tag} #${i}`,
    text: 'Hi',
  }));

/** A client whose batch endpoint accepts everything, and the subjects it was sent. */
function recordingClient() {
  const subjects: string[] = [];
  const fetch = async (request: Request) => {
    const body = (await request.json()) as SendEmailRequest[];
    subjects.push(...body.map((e) => e.subject));
    const data = body.map((_, i) => ({ id: `id-${subjects.length - body.length + i}` }));
    return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
  };
  const resend = createResendClient({ apiKey: 're_snapshot_test_key', fetch, rateLimit: false, retry: false });
  return { resend, subjects };
}

describe('sendAll and an input array changed after the call', () => {
  it('sends and reports every email of an array emptied right after the call', async () => {
    const { resend, subjects } = recordingClient();
    const buffer = makeEmails(3, 'first');
    const run = sendAll(resend, buffer);
    buffer.length = 0;
    const report = await run;
    expect(report.sent).toBe(3);
    expect(report.results).toHaveLength(3);
    expect(subjects).toEqual(['first #0', 'first #1', 'first #2']);
  });

  it('sends the emails the array held at the call, not those put in it afterwards', async () => {
    const { resend, subjects } = recordingClient();
    const buffer = makeEmails(2, 'first');
    const run = sendAll(resend, buffer, { idempotencyPrefix: 'snapshot-job' });
    buffer.splice(0, buffer.length, ...makeEmails(2, 'later'));
    const report = await run;
    expect(report.sent).toBe(2);
    expect([...subjects].sort()).toEqual(['first #0', 'first #1']);
  });
});
