/**
 * One process of the `lanes` suite (forked by lanes.ts, job in LANES_JOB): a client on the shared
 * Redis limit that says `ready`, waits for `go`, then runs its part and reports:
 * - `bulk`: `sendAll` of `emails` emails and `singles` single sends at once, all in the bulk lane,
 *   plus (when `everyMs`) an interactive send every `everyMs` ms until the bulk work is done;
 * - `interactive`: an interactive send every `everyMs` ms until the parent says `stop`.
 */
import { type ResendClient, createResendClient, sendAll } from '@resendkit/client';
import { redisRateLimitStore } from '@resendkit/redis';
import { createClient } from 'redis';

/** What the parent asks. */
export interface LanesJob {
  mode: 'bulk' | 'interactive';
  name: string;
  redisUrl: string;
  key: string;
  baseUrl: string;
  limit: number;
  windowMs: number;
  emails: number;
  singles: number;
  /** Interactive cadence in ms; 0 for none. */
  everyMs: number;
  /** `rateLimit.lendReserve`: `false` holds bulk work to `limit - interactiveReserve`. */
  lendReserve: boolean;
}

/** What the process answers. */
export interface LanesReport {
  /** `Date.now()` at each bulk request's dispatch. */
  bulkDispatches: number[];
  /** Call-to-response time of each interactive send, in ms. */
  interactiveMs: number[];
  failed: string[];
}

const job = JSON.parse(process.env.LANES_JOB ?? '{}') as LanesJob;
const redis = createClient({ url: job.redisUrl });
redis.on('error', (error: Error) => console.error(`${job.name}: redis: ${error.message}`));
await redis.connect();
const store = redisRateLimitStore(redis, { key: job.key });
const bulkDispatches: number[] = [];
const resend = createResendClient({
  apiKey: 're_bench_0123456789abcdef',
  baseUrl: job.baseUrl,
  rateLimit: { store, limit: job.limit, windowMs: job.windowMs, lendReserve: job.lendReserve },
  fetch: (request) => {
    if (request.headers.get('x-lane') === 'bulk') bulkDispatches.push(Date.now());
    return fetch(request);
  },
});
// sendAll in the bulk lane: its calls go through the client's bulk fetch (what `priority: 'bulk'`
// picks for a method call).
const bulkClient = Object.assign(Object.create(resend) as ResendClient, {
  POST: (path: string, init: Record<string, unknown>) =>
    (resend.POST as (p: string, i: object) => Promise<unknown>)(path, {
      ...init,
      headers: { ...(init.headers as object), 'x-lane': 'bulk' },
      fetch: resend.bulkFetch,
    }),
});
const mail = (subject: string) => ({ from: 'Acme <news@acme.dev>', to: 'delivered@resend.dev', subject, text: 'Hi' });
const failed: string[] = [];
const interactiveMs: number[] = [];

async function interactiveLoop(until: () => boolean): Promise<void> {
  for (let i = 0; !until(); i++) {
    const tick = new Promise((r) => setTimeout(r, job.everyMs));
    const asked = performance.now();
    const { error } = await resend.emails.send(mail(`${job.name} interactive #${i}`));
    if (error) failed.push(error.name);
    else interactiveMs.push(performance.now() - asked);
    await tick;
  }
}

await new Promise<void>((resolve) => {
  process.once('message', () => resolve());
  process.send?.('ready');
});
if (job.mode === 'bulk') {
  let done = false;
  const emails = Array.from({ length: job.emails }, (_, i) => mail(`${job.name} bulk #${i}`));
  const work = Promise.all([
    sendAll(bulkClient, emails).then((r) => r.results.forEach((x) => x.error && failed.push(x.error.name))),
    ...Array.from({ length: job.singles }, (_, i) =>
      resend.emails
        .send(mail(`${job.name} single #${i}`), { priority: 'bulk', headers: { 'x-lane': 'bulk' } })
        .then((r) => r.error && failed.push(r.error.name)),
    ),
  ]).then(() => (done = true));
  await Promise.all([work, job.everyMs > 0 ? interactiveLoop(() => done) : undefined]);
} else {
  let stop = false;
  process.once('message', () => (stop = true));
  await interactiveLoop(() => stop);
}
await store.settled();
await redis.quit();
const report: LanesReport = { bulkDispatches, interactiveMs, failed };
process.send?.(report, () => process.exit(0));
