/**
 * A batch is one request, and the API takes at most 40 MB in one: emails whose JSON together would
 * pass it go in batches that stay under it, and a batch refused for its size (413) is sent again one
 * email at a time, so only an email too large alone fails.
 */
import { randomUUID } from 'node:crypto';
import { createResendClient } from '@resendkit/client';
import { createFakeResend } from '@resendkit/mock';
import type { Job } from 'bullmq';
import { expect, it } from 'vitest';
import { batchKeyOf, recordKeys } from '../src/keys.js';
import { BATCH_BYTES, type RecordStore, sendJobs } from '../src/send.js';
import { useTestRedisClient } from './support/connection.js';
import { email } from './support/emails.js';

const db = useTestRedisClient();
const apiKey = 're_test_0123456789abcdef';

/** `count` jobs, each an email with an HTML body of `htmlBytes` bytes. */
const jobs = (count: number, htmlBytes: number) =>
  Array.from(
    { length: count },
    (_, i) =>
      ({ id: `big-${i}`, data: { email: email(i, { html: `<p>${'x'.repeat(htmlBytes)}</p>` }) } }) as unknown as Job,
  );

/**
 * Sends `held` through a fake (its `fetch` wrapped by `through`, if given): the outcomes, how many
 * emails it stored, and the batch record of the jobs `ids` (`null` when they went in no batch together).
 */
async function sendOver(
  held: Job[],
  through?: (request: Request, fake: (r: Request) => Promise<Response>) => Promise<Response>,
  ids: string[] = [],
) {
  const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
  const fetch = (r: Request) => (through ? through(r, (q) => fake.fetch(q)) : fake.fetch(r));
  const client = createResendClient({ apiKey, rateLimit: false, fetch });
  const ctx = { client, redis: db.client as unknown as RecordStore, keys: recordKeys('bull', `size-${randomUUID()}`) };
  const outcomes = [...(await sendJobs(held, ctx)).values()];
  const record = await db.client.get(ctx.keys.batch(batchKeyOf(ids)));
  return { outcomes, sent: fake.state.emails.all().length, record };
}

it('sends 100 emails of 0.45 MB each, together over 40 MB, in batches under it: all sent', async () => {
  const { outcomes, sent } = await sendOver(jobs(100, 450_000));
  expect(outcomes.filter((o) => o.kind !== 'sent')).toEqual([]);
  expect(sent).toBe(100);
}, 60_000);

it('sends an email too large for any request apart from the others: only it fails', async () => {
  const huge = { id: 'huge', data: { email: email(9, { html: 'y'.repeat(41 * 1024 * 1024) }) } } as unknown as Job;
  const { outcomes, sent } = await sendOver([...jobs(3, 1000), huge]);
  expect(outcomes.filter((o) => o.kind === 'sent')).toHaveLength(3);
  expect(outcomes.filter((o) => o.kind === 'failed')).toEqual([expect.objectContaining({ final: true })]);
  expect(sent).toBe(3);
}, 60_000);

it('sends the emails of a batch the API refuses for its size (413) one at a time: all sent', async () => {
  const tooLarge = () =>
    new Response(
      JSON.stringify({ statusCode: 413, name: 'validation_error', message: 'The request body is too large.' }),
      {
        status: 413,
        headers: { 'content-type': 'application/json' },
      },
    );
  const { outcomes, sent } = await sendOver(jobs(4, 1000), (r, fake) =>
    new URL(r.url).pathname === '/emails/batch' ? Promise.resolve(tooLarge()) : fake(r),
  );
  expect(outcomes.filter((o) => o.kind !== 'sent')).toEqual([]);
  expect(sent).toBe(4);
});

it.each([
  ['fills 38 MB exactly: one batch, recorded byte for byte as it was sized', 0, 1],
  ['passes 38 MB by a byte: two batches', 1, 2],
])(
  'two emails whose JSON, a comma after each, %s',
  async (_case, over, batches) => {
    const pair = jobs(2, 0);
    const size = (job: Job) => Buffer.byteLength(JSON.stringify(job.data.email)) + 1;
    // The second email's body takes what the first leaves of BATCH_BYTES, and `over` bytes more.
    const rest = BATCH_BYTES - size(pair[0] as Job) - size(pair[1] as Job) + over;
    const second = pair[1] as Job;
    second.data.email.html = `<p>${'x'.repeat(rest)}</p>`;
    const ids = pair.map((job) => job.id as string);
    const { outcomes, sent, record } = await sendOver(pair, undefined, ids);
    expect(outcomes.map((o) => o.kind)).toEqual(['sent', 'sent']);
    expect(sent).toBe(2);
    // Together, the record is what the batch was sized by: its JSON, byte for byte, as a replay reads it.
    expect(record).toBe(batches === 1 ? JSON.stringify({ ids, emails: pair.map((job) => job.data.email) }) : null);
  },
  60_000,
);
