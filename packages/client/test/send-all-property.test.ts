/**
 * `sendAll`'s promise, checked on random runs against the in-process fake of `@resendkit/mock`:
 * random jobs (valid, scheduled, tagged, with attachments, refused by the API), random faults (5xx,
 * cuts, responses lost after the fake stored the emails, answers whose body breaks off, latency),
 * random small rate limits on both sides (so 429s with `retry-after` happen), sometimes a quota, and
 * sometimes an abort at a random point. After every run:
 * 1. the report accounts for every input index exactly once (and its counts add up);
 * 2. the fake stored no email twice;
 * 3. every email reported sent is stored under the reported id, and every stored email is reported
 *    sent under its id or reported as an error with `maybeSent: true` (the fake's lost responses
 *    include 500 answers after storing the emails: a 500 must not read as "not sent");
 * 4. the run ends (time is scaled down: millisecond windows and retry waits).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SendEmailRequest } from '@resendkit/types';
import { createFakeResend } from '../../mock/src/index.js';
import { type SendAllReport, createResendClient } from '../src/index.js';
import { MAX_BATCH_SIZE, runSendAll } from '../src/send-all.js';
import { sleep } from '../src/shared/sleep.js';

type Kind = 'plain' | 'scheduled' | 'tagged' | 'attachment' | 'bad_to' | 'bad_from' | 'bad_address';

const kindArb: fc.Arbitrary<Kind> = fc.oneof(
  { arbitrary: fc.constant('plain' as const), weight: 12 },
  { arbitrary: fc.constant('scheduled' as const), weight: 2 },
  { arbitrary: fc.constant('tagged' as const), weight: 2 },
  { arbitrary: fc.constant('attachment' as const), weight: 1 },
  { arbitrary: fc.constant('bad_to' as const), weight: 1 },
  { arbitrary: fc.constant('bad_from' as const), weight: 1 },
  { arbitrary: fc.constant('bad_address' as const), weight: 1 },
);

/** Email `n` of a run: its subject is unique in the run and names it. */
function mail(n: number, kind: Kind, run: number): SendEmailRequest {
  const email: SendEmailRequest = {
    from: kind === 'bad_from' ? 'Acme <news@not-verified.dev>' : kind === 'bad_address' ? 'nope' : 'news@acme.dev',
    to: kind === 'bad_to' ? `user${n}@example.com` : `delivered+r${run}u${n}@resend.dev`,
    subject: `run ${run} email ${n}`,
    text: `Hello ${n}`,
  };
  if (kind === 'scheduled') email.scheduled_at = new Date(Date.now() + 3_600_000).toISOString();
  if (kind === 'tagged') email.tags = [{ name: 'n', value: String(n) }];
  if (kind === 'attachment') email.attachments = [{ filename: `f${n}.txt`, content: 'aGk=' }];
  return email;
}

/** When the run's signal aborts: never, at the n-th request (before it or after the fake answered it), or at the n-th progress. */
type AbortAt =
  { kind: 'never' } | { kind: 'before_fetch' | 'after_fetch' | 'progress'; at: number } | { kind: 'timer'; ms: number };

const abortArb: fc.Arbitrary<AbortAt> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'never' as const }), weight: 3 },
  {
    arbitrary: fc.record({
      kind: fc.constantFrom('before_fetch' as const, 'after_fetch' as const, 'progress' as const),
      at: fc.integer({ min: 1, max: 8 }),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ kind: fc.constant('timer' as const), ms: fc.integer({ min: 0, max: 30 }) }), weight: 1 },
);

const scenarioArb = fc.record({
  kinds: fc.oneof(
    { arbitrary: fc.array(kindArb, { minLength: 1, maxLength: 40 }), weight: 3 },
    { arbitrary: fc.array(kindArb, { minLength: 1, maxLength: 400 }), weight: 1 },
  ),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  prefix: fc.boolean(),
  /** Buckets per 25 emails (with a prefix): 1 or 2, so buckets rarely overflow. */
  bucketFactor: fc.integer({ min: 1, max: 2 }),
  permissive: fc.boolean(),
  concurrency: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  /** The cap of one batch: the API's 100, or smaller to make more requests of a small job. */
  cap: fc.constantFrom(MAX_BATCH_SIZE, 7, 3),
  retries: fc.integer({ min: 0, max: 3 }),
  faults: fc.record({
    errorRate: fc.constantFrom(0, 0.1, 0.3),
    cutRate: fc.constantFrom(0, 0.1, 0.2),
    lostResponseRate: fc.constantFrom(0, 0.1, 0.3),
    lostAs: fc.constantFrom('error' as const, 'cut' as const, 'either' as const),
    latencyMs: fc.constantFrom<number | [number, number]>(0, 1, [0, 4]),
  }),
  /** Share of 2xx answers whose body breaks off on the way (the fake stored the emails). */
  cutBodyRate: fc.constantFrom(0, 0.1, 0.25),
  serverLimit: fc.integer({ min: 1, max: 6 }),
  serverWindowMs: fc.integer({ min: 5, max: 30 }),
  clientLimit: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
  clientWindowMs: fc.integer({ min: 5, max: 30 }),
  quota: fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined, freq: 5 }),
  onQuotaExceeded: fc.constantFrom('stop' as const, 'wait' as const),
  abort: abortArb,
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

let runNumber = 0;

/** A body that stops after half its bytes, as a connection cut mid-answer does. */
function cutBody(response: Response, text: string, asError: boolean): Response {
  const bytes = new TextEncoder().encode(text);
  const half = bytes.subarray(0, Math.floor(bytes.length / 2));
  if (!asError) return new Response(half, { status: response.status, headers: response.headers });
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(half);
      controller.error(new TypeError('terminated', { cause: new Error('other side closed') }));
    },
  });
  return new Response(stream, { status: response.status, headers: response.headers });
}

async function runScenario(s: Scenario) {
  const run = ++runNumber;
  const emails = s.kinds.map((kind, n) => mail(n, kind, run));
  const fake = createFakeResend({
    seed: s.seed,
    domains: ['acme.dev'],
    requestsPerWindow: s.serverLimit,
    windowMs: s.serverWindowMs,
    faults: s.faults,
    ...(s.quota !== undefined ? { quota: { daily: s.quota } } : {}),
  });
  const controller = new AbortController();
  let random = s.seed;
  const coin = () => (random = (random * 48_271) % 2_147_483_647) / 2_147_483_647;
  let calls = 0;
  const fetch = async (request: Request): Promise<Response> => {
    calls++;
    if (s.abort.kind === 'before_fetch' && calls === s.abort.at) controller.abort(new Error('stop (before)'));
    const response = await fake.fetch(request);
    if (s.abort.kind === 'after_fetch' && calls === s.abort.at) controller.abort(new Error('stop (after)'));
    if (response.ok && coin() < s.cutBodyRate) return cutBody(response, await response.text(), coin() < 0.5);
    return response;
  };
  const resend = createResendClient({
    apiKey: 're_sendall_property_key',
    fetch,
    rateLimit:
      s.clientLimit === undefined
        ? false
        : {
            limit: s.clientLimit,
            windowMs: s.clientWindowMs,
            team: `send-all-property-${run}`,
            // The fake asks for whole seconds after a 429: a pause of a few ms stands for them.
            maxPauseMs: 20,
          },
    // Retry waits scaled down 100 times (a `retry-after: 1` waits 10 ms), never longer than 20 ms.
    retry: {
      retries: s.retries,
      baseDelayMs: 1,
      maxDelayMs: 4,
      sleep: (ms, signal) => sleep(Math.min(20, ms / 100), signal),
    },
    timeoutMs: 2_000,
  });
  let progress = 0;
  if (s.abort.kind === 'timer') setTimeout(() => controller.abort(new Error('stop (timer)')), s.abort.ms);
  const n = emails.length;
  const options = {
    ...(s.prefix ? { idempotencyPrefix: `job-${run}`, buckets: Math.ceil(n / 25) * s.bucketFactor } : {}),
    batchValidation: s.permissive ? ('permissive' as const) : ('strict' as const),
    concurrency: s.concurrency,
    onQuotaExceeded: s.onQuotaExceeded,
    signal: controller.signal,
    onProgress: () => {
      if (s.abort.kind === 'progress' && ++progress === s.abort.at) controller.abort(new Error('stop (progress)'));
    },
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), 8_000)));
  const outcome = await Promise.race([
    runSendAll(resend, emails, options, {
      cap: s.cap,
      now: () => Date.now(),
      // A quota wait: the new day comes at once (the fake forgets the quota).
      sleep: async () => {
        fake.updateSettings({ quota: null });
      },
    }).catch((error: unknown) => ({ rejected: error })),
    hung,
  ]);
  clearTimeout(timer);
  controller.abort(new Error('end of run')); // stops a timer abort still to come
  return { emails, fake, outcome };
}

function check(emails: SendEmailRequest[], fake: ReturnType<typeof createFakeResend>, report: SendAllReport) {
  const n = emails.length;
  // (1) One outcome per input index, exactly one of id and error; the counts add up.
  expect(report.results).toHaveLength(n);
  let ids = 0;
  for (let i = 0; i < n; i++) {
    expect(Object.prototype.hasOwnProperty.call(report.results, i), `results[${i}] missing`).toBe(true);
    const r = report.results[i]!;
    expect((r.id === undefined) !== (r.error === undefined), `results[${i}] has one of id and error`).toBe(true);
    if (r.id !== undefined) ids++;
  }
  expect(report.sent).toBe(ids);
  expect(report.sent + report.failed + report.conflicted + report.notSent).toBe(n);

  // (2) Nothing stored twice.
  const stored = new Map<string, { id: string }[]>();
  for (const email of fake.state.emails.all())
    stored.set(email.subject, [...(stored.get(email.subject) ?? []), { id: email.id }]);
  for (const [subject, copies] of stored) expect(copies, `${subject} stored ${copies.length} times`).toHaveLength(1);

  // (3) Reported sent ⇔ stored under that id; stored and not reported sent ⇒ maybeSent.
  const bySubject = new Map(emails.map((e, i) => [e.subject, i]));
  for (const subject of stored.keys()) expect(bySubject.has(subject), `stranger ${subject}`).toBe(true);
  emails.forEach((email, i) => {
    const r = report.results[i]!;
    const copy = stored.get(email.subject)?.[0];
    if (r.id !== undefined) {
      expect(copy?.id, `email ${i} reported sent as ${r.id} but stored as ${copy?.id}`).toBe(r.id);
    } else if (copy !== undefined) {
      expect(
        r.error.maybeSent,
        `email ${i} was stored (${copy.id}) but reported ${r.error.name} without maybeSent: ${r.error.message}`,
      ).toBe(true);
    }
  });
}

describe('sendAll, property-based against the fake', () => {
  it('accounts for every email once, stores none twice, and reports every stored email as sent or maybe sent', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (s) => {
        const { emails, fake, outcome } = await runScenario(s);
        // (4) The run ends.
        expect(outcome, 'the run did not end within 8 s').not.toBe('hung');
        if (outcome === 'hung') return;
        if ('rejected' in outcome) {
          // Only a job that would overfill a bucket is refused, and then before anything is sent.
          expect(outcome.rejected).toMatchObject({ problem: 'bucket_overflow' });
          expect(fake.state.emails.size).toBe(0);
          return;
        }
        check(emails, fake, outcome);
      }),
      { numRuns: 120 },
    );
  }, 60_000);
});
