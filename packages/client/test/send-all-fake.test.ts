/**
 * `sendAll` re-runs against the in-process fake of `@resendkit/mock`, which keeps idempotency keys
 * for 24 h (same key and body: the first answer again; another body: 409
 * `invalid_idempotent_request`) and validates strict batches as a whole. Each test counts what the
 * fake actually delivered: no email delivered twice, no delivered email reported failed, every
 * email of the last job delivered.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SendEmailRequest } from '@resendkit/types';
import { createFakeResend } from '../../mock/src/index.js';
import {
  type SendAllOptions,
  type SendAllReport,
  SendAllInputError,
  createResendClient,
  sendAll,
} from '../src/index.js';
import { runSendAll } from '../src/send-all.js';
import { sleep } from '../src/shared/sleep.js';

/** A fake, a client on it (no rate limit, 1 ms retry steps), and what the fake delivered, by subject. */
function setup() {
  const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
  /** The idempotency keys of the accepted requests each email was in, by subject. */
  const keys = new Map<string, Set<string>>();
  const fetch = async (request: Request) => {
    const body =
      request.method === 'POST' ? ((await request.clone().json()) as SendEmailRequest | SendEmailRequest[]) : [];
    const response = await fake.fetch(request);
    const key = request.headers.get('idempotency-key') ?? '';
    if (response.ok)
      for (const { subject } of [body].flat()) keys.set(subject, (keys.get(subject) ?? new Set()).add(key));
    return response;
  };
  const resend = createResendClient({
    apiKey: 're_sendall_fake_test_key',
    fetch,
    rateLimit: false,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
  });
  const delivered = () => {
    const ids = new Map<string, string[]>();
    for (const email of fake.state.emails) ids.set(email.subject, [...(ids.get(email.subject) ?? []), email.id]);
    return ids;
  };
  const underTwoKeys = () => [...keys].filter(([, set]) => set.size > 1).map(([subject]) => subject);
  return { fake, resend, delivered, underTwoKeys };
}

/** Email `n` of a job: its subject names it; `bad` gives it a `from` that strict validation refuses. */
const mail = (n: number, bad = false): SendEmailRequest => ({
  from: bad ? 'not an address' : 'Acme <news@acme.dev>',
  to: `delivered+u${n}@resend.dev`,
  subject: `email ${n}`,
  text: `Hello ${n}`,
});
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/**
 * What must hold after every run: nothing delivered twice; every id reported is the delivered one;
 * no delivered email reported failed. `invalid_idempotent_request` (conflicted), `aborted` and
 * `not_sent` say this run did not settle the email, which an earlier run may have sent; any other
 * error means it was not delivered.
 */
function checkRun(emails: readonly SendEmailRequest[], report: SendAllReport, delivered: Map<string, string[]>): void {
  for (const [subject, ids] of delivered) expect(ids, `${subject} delivered ${ids.length} times`).toHaveLength(1);
  report.results.forEach((result, i) => {
    const ids = delivered.get(emails[i]!.subject);
    if (result.id !== undefined) return expect(ids).toEqual([result.id]);
    if (['invalid_idempotent_request', 'aborted', 'not_sent'].includes(result.error.name)) return;
    expect(ids, `${emails[i]!.subject} was delivered but reported ${result.error.name}`).toBeUndefined();
  });
}

describe('sendAll re-runs against the fake', () => {
  it('append: 1,600 sent, 120 added, re-run with the receipt: each added email delivered once, the first 1,600 keep their ids', async () => {
    const { resend, delivered } = setup();
    const options = { idempotencyPrefix: 'append', buckets: 40 };
    const first = await sendAll(
      resend,
      range(0, 1600).map((n) => mail(n)),
      options,
    );
    expect(first).toMatchObject({ sent: 1600, failed: 0 });

    const grown = range(0, 1720).map((n) => mail(n));
    const rerun = await sendAll(resend, grown, { ...options, receipt: first.receipt });
    checkRun(grown, rerun, delivered());
    expect(rerun).toMatchObject({ sent: 1720, failed: 0, conflicted: 0, notSent: 0 });
    expect(delivered().size).toBe(1720);
    rerun.results.slice(0, 1600).forEach((r, i) => expect(r.id).toBe(first.results[i]!.id));
  }, 60_000);

  it('append without the receipt: nothing is delivered twice and no delivered email is reported failed', async () => {
    const { resend, delivered } = setup();
    const options = { idempotencyPrefix: 'append-bare', buckets: 40 };
    await sendAll(
      resend,
      range(0, 1600).map((n) => mail(n)),
      options,
    );
    const grown = range(0, 1720).map((n) => mail(n));
    const rerun = await sendAll(resend, grown, options);
    checkRun(grown, rerun, delivered());
    expect(rerun.failed).toBe(0);
    expect(rerun.sent + rerun.conflicted).toBe(1720);
  }, 60_000);

  it('remove after a strict-validation failure: the rest of each refused batch is delivered once, nothing else is sent', async () => {
    const { resend, delivered } = setup();
    const options = { idempotencyPrefix: 'remove', buckets: 10 };
    const badOnes = new Set([3, 150, 299]);
    const job = range(0, 400).map((n) => mail(n, badOnes.has(n)));
    const first = await sendAll(resend, job, options);
    checkRun(job, first, delivered());
    expect(first.failed).toBeGreaterThan(3);
    for (const n of badOnes) expect(first.results[n]!.error).toMatchObject({ name: 'validation_error' });

    const kept = job.filter((_, n) => !badOnes.has(n));
    for (const receipt of [undefined, first.receipt]) {
      const rerun = await sendAll(resend, kept, { ...options, receipt });
      checkRun(kept, rerun, delivered());
      expect(rerun).toMatchObject({ sent: 397, failed: 0, conflicted: 0 });
    }
    expect(delivered().size).toBe(397);
  }, 60_000);

  it('fix: correcting the bad email of a refused batch delivers that batch once, the rest is answered from the first run', async () => {
    const { resend, delivered } = setup();
    const options = { idempotencyPrefix: 'fix', buckets: 10 };
    const broken = range(0, 400).map((n) => mail(n, n === 77));
    const first = await sendAll(resend, broken, options);
    const fixed = range(0, 400).map((n) => mail(n));
    const rerun = await sendAll(resend, fixed, { ...options, receipt: first.receipt });
    checkRun(fixed, rerun, delivered());
    expect(rerun).toMatchObject({ sent: 400, failed: 0, conflicted: 0 });
    first.results.forEach((r, i) => r.id !== undefined && expect(rerun.results[i]!.id).toBe(r.id));
  }, 60_000);

  it('reorder: a shuffled job delivers nothing new and reports the first ids, with or without the receipt', async () => {
    const { fake, resend, delivered } = setup();
    const options = { idempotencyPrefix: 'reorder', buckets: 10 };
    const job = range(0, 400).map((n) => mail(n));
    const first = await sendAll(resend, job, options);
    const order = job.map((_, i) => (i * 7919) % 400);
    const shuffled = order.map((i) => job[i]!);
    for (const receipt of [undefined, first.receipt]) {
      const rerun = await sendAll(resend, shuffled, { ...options, receipt });
      checkRun(shuffled, rerun, delivered());
      rerun.results.forEach((r, k) => expect(r.id).toBe(first.results[order[k]!]!.id));
    }
    expect(fake.state.emails.size).toBe(400);
  }, 60_000);

  it('refuses, before anything is delivered, a job whose bucket would need two batches', async () => {
    const { fake, resend } = setup();
    const error = await sendAll(
      resend,
      range(0, 300).map((n) => mail(n)),
      { idempotencyPrefix: 'crowded', buckets: 2 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SendAllInputError);
    expect(error).toMatchObject({ problem: 'bucket_overflow' });
    expect(fake.state.emails.size).toBe(0);
  });
});

type Step =
  | { kind: 'append'; count: number }
  | { kind: 'remove'; picks: number[] }
  | { kind: 'reorder'; seed: number }
  | { kind: 'fix'; pick: number }
  | { kind: 'crash' };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('append' as const), count: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('remove' as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('reorder' as const), seed: fc.nat() }),
  fc.record({ kind: fc.constant('fix' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('crash' as const) }),
);

/** The job as numbers (negative: a bad email), changed by one step. */
function apply(job: number[], step: Step, next: () => number): number[] {
  switch (step.kind) {
    case 'append':
      return [...job, ...Array.from({ length: step.count }, () => next())];
    case 'remove': {
      const gone = new Set(step.picks.map((p) => job[p % Math.max(1, job.length)]));
      return job.filter((n) => !gone.has(n));
    }
    case 'reorder': {
      let seed = step.seed || 1;
      const copy = [...job];
      for (let i = copy.length - 1; i > 0; i--) {
        seed = (seed * 48_271) % 2_147_483_647;
        const j = seed % (i + 1);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    }
    case 'fix': {
      const bad = job.filter((n) => n < 0);
      const target = bad[step.pick % Math.max(1, bad.length)];
      return job.map((n) => (n === target ? -n : n));
    }
    case 'crash':
      return job;
  }
}

const toEmail = (n: number) => (n < 0 ? mail(-n, true) : mail(n));

describe('sendAll re-runs, property-based', () => {
  it('random jobs and edits: no email accepted under two keys or delivered twice, nothing delivered reported failed, every valid email of the last job delivered once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 24 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(stepArb, { maxLength: 5 }),
        fc.boolean(),
        // A batch cap of 6 makes buckets overflow often: such a run must be refused before sending.
        fc.constantFrom(100, 6),
        async (badFlags, buckets, steps, useReceipt, cap) => {
          const { fake, resend, delivered, underTwoKeys } = setup();
          // Email n is number n; a bad one is -n. Few bad ones: each flag is one in four.
          let job = badFlags.map((flag, i) => (flag && i % 2 === 0 ? -(i + 1) : i + 1));
          let counter = job.length;
          let receipt: SendAllReport['receipt'];
          let refused = false;
          const run = async (numbers: number[], extra: SendAllOptions = {}) => {
            const emails = numbers.map(toEmail);
            const before = fake.state.emails.size;
            const options = { idempotencyPrefix: 'prop', buckets, ...extra, receipt: useReceipt ? receipt : undefined };
            const report = await runSendAll(resend, emails, options, {
              cap,
              now: () => Date.now(),
              sleep: (ms, signal) => sleep(ms, signal, 'resolve'),
            }).catch((error: unknown) => {
              expect(error).toMatchObject({ problem: 'bucket_overflow' });
              expect(fake.state.emails.size).toBe(before);
              return undefined;
            });
            refused = report === undefined;
            if (!report) return;
            checkRun(emails, report, delivered());
            expect(underTwoKeys()).toEqual([]);
            if (useReceipt) expect(report.conflicted).toBe(0);
            receipt = report.receipt;
            return report;
          };
          await run(job);
          for (const step of steps) {
            job = apply(job, step, () => ++counter);
            if (step.kind !== 'crash') {
              await run(job);
              continue;
            }
            const crash = new AbortController();
            await run(job, { concurrency: 1, signal: crash.signal, onProgress: () => crash.abort() });
          }
          // The end: every bad email fixed, the job run once more.
          const final = job.map((n) => Math.abs(n));
          const report = await run(final);
          if (!useReceipt || refused) return;
          expect(report).toMatchObject({ sent: final.length, failed: 0 });
          const now = delivered();
          for (const n of final) expect(now.get(`email ${n}`)).toHaveLength(1);
        },
      ),
      { numRuns: 80 },
    );
  }, 60_000);
});
