/**
 * `sendAll` and the team's limits: a used-up daily or monthly quota (429 `daily_quota_exceeded` /
 * `monthly_quota_exceeded`) stops the run or waits for the reset, and the default concurrency never
 * grows past the limit the run started with.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { SendEmailRequest } from '@resendkit/types';
import { type ResendClient, sendAll } from '../src/index.js';
import { MAX_BATCH_SIZE, type SendAllInternals, runSendAll } from '../src/send-all.js';
import { quotaResetAt } from '../src/send-all-quota.js';
import { sleep } from '../src/shared/sleep.js';
import { BASE_URL, testClient, useServer } from './helpers.js';

const server = useServer();

const makeEmails = (n: number): SendEmailRequest[] =>
  Array.from({ length: n }, (_, i) => ({
    from: 'Acme <hi@acme.dev>',
    to: `user${i}@acme.dev`,
    subject: `#${i}`,
    text: 'Hello',
  }));

interface QuotaCall {
  key: string | null;
  size: number;
  startedAt: number;
  status: number;
}

/**
 * A batch endpoint with a quota: accepts emails until `quota` are used, then answers 429 with
 * `name`. `reset()` gives the quota back, as the new day or month does.
 */
function quotaServer(quota: number, name = 'daily_quota_exceeded', delayMs = 0) {
  const calls: QuotaCall[] = [];
  let used = 0;
  let firstRefusalAt = Number.POSITIVE_INFINITY;
  server.use(
    http.post(`${BASE_URL}/emails/batch`, async ({ request }) => {
      const body = (await request.json()) as SendEmailRequest[];
      const call: QuotaCall = {
        key: request.headers.get('idempotency-key'),
        size: body.length,
        startedAt: performance.now(),
        status: 200,
      };
      calls.push(call);
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      if (used + body.length > quota) {
        call.status = 429;
        firstRefusalAt = Math.min(firstRefusalAt, performance.now());
        return HttpResponse.json({ statusCode: 429, name, message: 'You have reached your quota.' }, { status: 429 });
      }
      used += body.length;
      return HttpResponse.json({ data: body.map((e) => ({ id: `id ${e.subject}` })) });
    }),
  );
  return { calls, used: () => used, reset: () => (used = 0), firstRefusalAt: () => firstRefusalAt };
}

describe('sendAll and a used-up quota', () => {
  it('stops at the first daily_quota_exceeded: no further request, the rest reported with the quota name and counted as notSent', async () => {
    const srv = quotaServer(300);
    const report = await sendAll(testClient(), makeEmails(1_000), { concurrency: 1 });

    expect(srv.calls.map((c) => c.status)).toEqual([200, 200, 200, 429]);
    expect(report).toMatchObject({
      sent: 300,
      failed: 0,
      conflicted: 0,
      notSent: 700,
      aborted: false,
      quotaExceeded: 'daily_quota_exceeded',
    });
    // The refused batch carries the API's error; the batches never requested say why, with no status.
    expect(report.results[350]!.error).toMatchObject({ name: 'daily_quota_exceeded', statusCode: 429 });
    for (const r of report.results.slice(400))
      expect(r.error).toMatchObject({ name: 'daily_quota_exceeded', statusCode: null, path: '/emails/batch' });
    expect(report.results[999]!.error!.message).toMatch(/daily email quota was used up/);
  });

  it('with several requests in flight, starts none after the quota answer and names the monthly quota', async () => {
    const srv = quotaServer(450, 'monthly_quota_exceeded', 15);
    const report = await sendAll(testClient(), makeEmails(2_000), { concurrency: 3 });

    expect(report.quotaExceeded).toBe('monthly_quota_exceeded');
    expect(srv.calls.filter((c) => c.startedAt > srv.firstRefusalAt())).toEqual([]);
    // In-flight requests settle (accepted or refused); everything else was never requested.
    expect(srv.calls.length).toBeLessThanOrEqual(7);
    expect(report.sent).toBe(srv.used());
    expect(report.sent + report.notSent).toBe(2_000);
    expect(report.failed).toBe(0);
  });

  it('"wait" sleeps until 00:00 UTC, then sends the refused batch again under its key and goes on: every email sent once', async () => {
    const srv = quotaServer(250);
    const waits: number[] = [];
    const internals: SendAllInternals = {
      cap: MAX_BATCH_SIZE,
      now: () => Date.UTC(2026, 11, 6, 22, 30),
      sleep: async (ms) => {
        waits.push(ms);
        srv.reset();
      },
    };
    const report = await runSendAll(
      testClient(),
      makeEmails(700),
      { idempotencyPrefix: 'wait', buckets: 16, onQuotaExceeded: 'wait', concurrency: 1 },
      internals,
    );

    expect(waits).toEqual([90 * 60_000, 90 * 60_000]);
    expect(report).toMatchObject({ sent: 700, failed: 0, notSent: 0, quotaExceeded: null });
    const refused = srv.calls.filter((c) => c.status === 429);
    expect(refused).toHaveLength(2);
    for (const call of refused) expect(srv.calls.filter((c) => c.key === call.key && c.status === 200)).toHaveLength(1);
  });

  it('"wait" for the monthly quota sleeps until the first of the next month, 00:00 UTC', async () => {
    const srv = quotaServer(100, 'monthly_quota_exceeded');
    const waits: number[] = [];
    const now = Date.UTC(2026, 11, 20, 12);
    const internals: SendAllInternals = {
      cap: MAX_BATCH_SIZE,
      now: () => now,
      sleep: async (ms) => void (waits.push(ms), srv.reset()),
    };
    const report = await runSendAll(
      testClient(),
      makeEmails(150),
      { onQuotaExceeded: 'wait', concurrency: 1 },
      internals,
    );
    expect(waits).toEqual([Date.UTC(2027, 0, 1) - now]);
    expect(report.sent).toBe(150);
  });

  it('"wait" ends when the signal aborts: nothing more is requested and the rest is not_sent', async () => {
    const srv = quotaServer(100);
    const controller = new AbortController();
    const internals: SendAllInternals = {
      cap: MAX_BATCH_SIZE,
      now: () => Date.now(),
      // The real wait (hours here), aborted as soon as it starts.
      sleep: (ms, signal) => {
        const wait = sleep(ms, signal, 'resolve');
        controller.abort();
        return wait;
      },
    };
    const report = await runSendAll(
      testClient(),
      makeEmails(400),
      { onQuotaExceeded: 'wait', concurrency: 1, signal: controller.signal },
      internals,
    );
    expect(srv.calls).toHaveLength(2);
    expect(report).toMatchObject({ sent: 100, notSent: 300, failed: 0, aborted: true, quotaExceeded: null });
    expect(report.results[250]!.error).toMatchObject({ name: 'not_sent' });
  });

  it('refuses an unknown onQuotaExceeded before sending', async () => {
    const srv = quotaServer(100);
    await expect(sendAll(testClient(), makeEmails(3), { onQuotaExceeded: 'retry' as never })).rejects.toMatchObject({
      problem: 'invalid_option',
    });
    expect(srv.calls).toHaveLength(0);
  });
});

type AnyPost = (...args: unknown[]) => Promise<unknown>;

describe('sendAll concurrency', () => {
  /** The client, with POST wrapped to count the requests sendAll has handed to it at once. */
  function counting(resend: ResendClient) {
    let handed = 0;
    let most = 0;
    const POST = ((...args: unknown[]) => {
      most = Math.max(most, ++handed);
      return (resend.POST as AnyPost)(...args).finally(() => handed--);
    }) as ResendClient['POST'];
    return { client: Object.assign(Object.create(resend) as ResendClient, { POST }), most: () => most };
  }

  it('by default never hands the client more requests than the limit the run started with, though the server advertises more', async () => {
    server.use(
      http.post(`${BASE_URL}/emails/batch`, async ({ request }) => {
        const body = (await request.json()) as unknown[];
        await new Promise((r) => setTimeout(r, 5));
        return HttpResponse.json(
          { data: body.map((_, i) => ({ id: `id-${i}` })) },
          { headers: { 'ratelimit-limit': '60' } },
        );
      }),
    );
    const resend = testClient({ rateLimit: { limit: 2, windowMs: 5 } });
    const { client, most } = counting(resend);
    const report = await sendAll(client, makeEmails(2_500));
    expect(report.sent).toBe(2_500);
    // The limiter adopted the advertised 60, yet at most 2 requests were handed over at once.
    expect(resend.limiter?.limit).toBe(60);
    expect(most()).toBe(2);
  });

  it('follows a limit the server lowers during the run', async () => {
    server.use(
      http.post(`${BASE_URL}/emails/batch`, async ({ request }) => {
        const body = (await request.json()) as unknown[];
        await new Promise((r) => setTimeout(r, 5));
        return HttpResponse.json(
          { data: body.map((_, i) => ({ id: `id-${i}` })) },
          { headers: { 'ratelimit-limit': '1' } },
        );
      }),
    );
    const resend = testClient({ rateLimit: { limit: 4, windowMs: 5 } });
    const { client } = counting(resend);
    let handed = 0;
    let late = 0;
    const wrapped = Object.assign(Object.create(client) as ResendClient, {
      POST: ((...args: unknown[]) => {
        // Once the lowered limit is known, one request at a time.
        if (resend.limiter?.limit === 1) late = Math.max(late, handed + 1);
        handed++;
        return (client.POST as AnyPost)(...args).finally(() => handed--);
      }) as ResendClient['POST'],
    });
    await sendAll(wrapped, makeEmails(1_500));
    expect(resend.limiter?.limit).toBe(1);
    expect(late).toBe(1);
  });
});

describe('quota resets', () => {
  it('the daily quota resets at the next 00:00 UTC, the monthly one on the first of the next month, across years', () => {
    expect(quotaResetAt('daily_quota_exceeded', Date.UTC(2026, 11, 31, 23, 59))).toBe(Date.UTC(2027, 0, 1));
    expect(quotaResetAt('daily_quota_exceeded', Date.UTC(2026, 1, 28))).toBe(Date.UTC(2026, 2, 1));
    expect(quotaResetAt('monthly_quota_exceeded', Date.UTC(2026, 0, 31, 12))).toBe(Date.UTC(2026, 1, 1));
    expect(quotaResetAt('monthly_quota_exceeded', Date.UTC(2026, 11, 1))).toBe(Date.UTC(2027, 0, 1));
  });
});
