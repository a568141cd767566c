/**
 * A `sendAll` run stopped by its `onProgress` (a throw, or the rejection of the promise it returns)
 * rejects with a `SendAllProgressError` carrying the report the run would have resolved with: which
 * emails went out, which were never requested (`not_sent`, the callback's error their `cause`) and,
 * with an `idempotencyPrefix`, the receipt that lets a re-run send only the rest. Before, it rejected
 * with the callback's bare error, so the caller could not tell what had been sent. Run against the
 * in-process fake of `@resendkit/mock`, which counts what it delivered.
 */
import { describe, expect, it } from 'vitest';
import type { SendEmailRequest } from '@resendkit/types';
import { createFakeResend } from '../../mock/src/index.js';
import {
  type ResendClient,
  type SendAllOptions,
  type SendAllProgressError,
  createResendClient,
  isSendAllProgressError,
  sendAll,
} from '../src/index.js';
import { runSendAll } from '../src/send-all.js';
import { expectErrorModel } from './error-shape.js';

/** A fake, a client on it, and the ids the fake delivered, by subject. */
function setup() {
  const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
  const resend = createResendClient({
    apiKey: 're_progress_throw_test_key',
    fetch: (request: Request) => fake.fetch(request),
    rateLimit: false,
    retry: false,
  });
  const delivered = () => {
    const ids = new Map<string, string[]>();
    for (const { subject, id } of fake.state.emails) ids.set(subject, [...(ids.get(subject) ?? []), id]);
    return ids;
  };
  return { resend, delivered };
}

const job: SendEmailRequest[] = Array.from({ length: 12 }, (_, n) => ({
  from: 'Acme <news@acme.dev>',
  to: `delivered+u${n}@resend.dev`,
  subject: `email ${n}`,
  text: `Hello ${n}`,
}));

/**
 * Runs `job` one request at a time, so the run has several requests to stop between: in batches of 3
 * without a prefix (the cap scaled down), in one batch per bucket with one (6 buckets).
 */
const start = (resend: ResendClient, options: SendAllOptions) =>
  options.idempotencyPrefix === undefined
    ? runSendAll(resend, job, { ...options, concurrency: 1 }, { cap: 3, now: () => Date.now(), sleep: async () => {} })
    : sendAll(resend, job, { ...options, buckets: 6, concurrency: 1 });

const throwing = (crash: Error): Record<'sync' | 'async', SendAllOptions['onProgress']> => ({
  sync: () => {
    throw crash;
  },
  async: async () => {
    throw crash;
  },
});

/** What the run rejected with, checked to be a SendAllProgressError caused by `crash`. */
async function rejection(run: Promise<unknown>, crash: Error): Promise<SendAllProgressError> {
  const error = await run.then(
    () => expect.unreachable('sendAll resolved'),
    (thrown: unknown) => thrown,
  );
  expectErrorModel(error, 'SendAllProgressError', isSendAllProgressError);
  expect(error).toMatchObject({ code: 'progress_failed', cause: crash });
  return error as SendAllProgressError;
}

describe('sendAll stopped by its onProgress', () => {
  for (const kind of ['sync', 'async'] as const) {
    for (const prefix of [undefined, 'progress-throw'] as const) {
      it(`rejects with the report of what it sent (${kind} throw, ${prefix ? 'with' : 'without'} a prefix)`, async () => {
        const { resend, delivered } = setup();
        const crash = new Error('progress store down');
        const onProgress = throwing(crash)[kind];
        const { report } = await rejection(
          start(resend, { onProgress, ...(prefix && { idempotencyPrefix: prefix }) }),
          crash,
        );

        const sent = delivered();
        expect(report.results).toHaveLength(job.length);
        expect(report.sent).toBeGreaterThan(0);
        expect(report.notSent).toBeGreaterThan(0);
        expect(report.sent + report.notSent).toBe(job.length);
        expect(report).toMatchObject({ failed: 0, conflicted: 0, aborted: false, quotaExceeded: null });
        // Results in input order: an email's id is the one the fake delivered; the others were never requested.
        job.forEach(({ subject }, i) => {
          const result = report.results[i]!;
          if (result.id !== undefined) return expect(sent.get(subject)).toEqual([result.id]);
          expect(sent.has(subject), subject).toBe(false);
          expect(result.error).toMatchObject({ name: 'not_sent', maybeSent: false, cause: crash });
        });
        expect(sent.size).toBe(report.sent);
        if (prefix) expect(report.receipt).toMatchObject({ prefix, buckets: 6 });
        else expect(report).not.toHaveProperty('receipt');
      });
    }

    it(`gives a receipt that a re-run takes to send only what the stopped run did not (${kind} throw)`, async () => {
      const { resend, delivered } = setup();
      const crash = new Error('progress store down');
      const idempotencyPrefix = 'progress-rerun';
      const { report } = await rejection(
        start(resend, { idempotencyPrefix, onProgress: throwing(crash)[kind] }),
        crash,
      );
      expect(report.notSent).toBeGreaterThan(0);
      expect(report.receipt!.sent).toHaveLength(report.sent);

      const rerun = await start(resend, { idempotencyPrefix, receipt: report.receipt });
      expect(rerun).toMatchObject({ sent: job.length, failed: 0, conflicted: 0, notSent: 0 });
      const sent = delivered();
      for (const { subject } of job) expect(sent.get(subject), `${subject} delivered once`).toHaveLength(1);
      report.results.forEach((result, i) => result.id && expect(rerun.results[i]!.id).toBe(result.id));
    });
  }
});
