import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { SendEmailRequest } from '@resendkit/types';
import {
  type ResendClientOptions,
  ResendError,
  SendAllInputError,
  type SendAllProgress,
  sendAll,
} from '../src/index.js';
import { BASE_URL, testClient, useServer } from './helpers.js';

const server = useServer();

function makeEmails(n: number, tag = 'run'): SendEmailRequest[] {
  return Array.from({ length: n }, (_, i) => ({
    from: 'Acme <hi@acme.dev>',
    to: `user${i}@example.com`,
    subject: `${tag} #${i}`,
    text: 'Hello',
  }));
}

interface Call {
  path: string;
  key: string | null;
  size: number;
  at: number;
  /** The subjects of its emails, in the order sent. */
  subjects: string[];
}

type Fault = 'none' | 'fail_before' | 'lose_response' | 'cut';

/**
 * A small Resend-like server written for these tests: stores each email it accepts (id derived from
 * the subject and a counter), remembers the idempotency keys of accepted requests as Resend does (a
 * repeated key with the same body replays the first answer; with another body, 409
 * `invalid_idempotent_request`), and lets a test inject a fault per request.
 */
function bulkServer(
  options: {
    delayMs?: number;
    fault?: (call: Call, body: SendEmailRequest[]) => Fault | { status: number; name: string };
    limit?: { count: number; windowMs: number };
  } = {},
) {
  const calls: Call[] = [];
  const stored: { id: string; subject: string }[] = [];
  const remembered = new Map<string, { body: string; answer: { id: string } | { data: { id: string }[] } }>();
  let conflicts = 0;
  const admitted: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let rejected = 0;

  const handle = async (path: string, request: Request) => {
    const raw: unknown = await request.json();
    const body = (path === '/emails/batch' ? raw : [raw]) as SendEmailRequest[];
    const call: Call = {
      path,
      key: request.headers.get('idempotency-key'),
      size: body.length,
      at: performance.now(),
      subjects: body.map((e) => e.subject),
    };
    if (options.limit) {
      const { count, windowMs } = options.limit;
      if (admitted.filter((t) => t > call.at - windowMs).length >= count) {
        rejected++;
        return HttpResponse.json(
          { statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests.' },
          { status: 429, headers: { 'retry-after': '1' } },
        );
      }
      admitted.push(call.at);
    }
    calls.push(call);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      const known = call.key === null ? undefined : remembered.get(call.key);
      if (known && known.body !== JSON.stringify(raw)) {
        conflicts++;
        return HttpResponse.json(
          { statusCode: 409, name: 'invalid_idempotent_request', message: 'Other body.' },
          { status: 409 },
        );
      }
      if (known) return HttpResponse.json(known.answer);
      const fault = options.fault?.(call, body) ?? 'none';
      if (typeof fault === 'object') {
        return HttpResponse.json(
          { statusCode: fault.status, name: fault.name, message: 'Refused.' },
          { status: fault.status },
        );
      }
      if (fault === 'fail_before')
        return HttpResponse.json({ statusCode: 500, name: 'internal_server_error', message: 'x' }, { status: 500 });
      if (fault === 'cut') return HttpResponse.error();
      const ids = body.map((email) => {
        const id = `${email.subject}@${stored.length}`;
        stored.push({ id, subject: email.subject });
        return { id };
      });
      const answer = path === '/emails/batch' ? { data: ids } : ids[0]!;
      if (call.key !== null) remembered.set(call.key, { body: JSON.stringify(raw), answer });
      if (fault === 'lose_response')
        return HttpResponse.json({ statusCode: 500, name: 'internal_server_error', message: 'lost' }, { status: 500 });
      return HttpResponse.json(answer);
    } finally {
      inFlight--;
    }
  };
  server.use(
    http.post(`${BASE_URL}/emails/batch`, ({ request }) => handle('/emails/batch', request)),
    http.post(`${BASE_URL}/emails`, ({ request }) => handle('/emails', request)),
  );
  return {
    calls,
    stored,
    maxInFlight: () => maxInFlight,
    conflicts: () => conflicts,
    rejected: () => rejected,
    /** Subjects stored more than once. */
    duplicates: () => {
      const seen = new Set<string>();
      return stored.filter((s) => (seen.has(s.subject) ? true : (seen.add(s.subject), false))).map((s) => s.subject);
    },
  };
}

const client = (options: ResendClientOptions = {}) => testClient(options);
const email = (i: number): SendEmailRequest => makeEmails(i + 1)[i] as SendEmailRequest;

describe('sendAll', () => {
  it('chunks 250 emails into batches of 100, 100 and 50 and reports results in input order', async () => {
    const srv = bulkServer();
    const emails = makeEmails(250);
    const report = await sendAll(client(), emails);

    expect(srv.calls.map((c) => [c.path, c.size]).sort()).toEqual([
      ['/emails/batch', 100],
      ['/emails/batch', 100],
      ['/emails/batch', 50],
    ]);
    expect(report.results).toHaveLength(250);
    report.results.forEach((r, i) => expect(r.id).toMatch(new RegExp(`^run #${i}@`)));
    expect(report).toMatchObject({ sent: 250, failed: 0, notSent: 0, aborted: false });
  });

  it('sends emails with attachments one by one through POST /emails, and batches scheduled ones', async () => {
    const srv = bulkServer();
    const emails = makeEmails(5);
    emails[1] = { ...emails[1]!, attachments: [{ filename: 'a.txt', content: 'aGk=' }] };
    emails[3] = { ...emails[3]!, scheduled_at: 'in 1 min' };
    const report = await sendAll(client(), emails);

    const singles = srv.calls.filter((c) => c.path === '/emails');
    const batches = srv.calls.filter((c) => c.path === '/emails/batch');
    expect(singles).toHaveLength(1);
    expect(batches.map((c) => c.size)).toEqual([4]);
    report.results.forEach((r, i) => expect(r.id).toMatch(new RegExp(`^run #${i}@`)));
  });

  it('with a prefix, keys name buckets: the same job gives the same requests, also rewritten and reordered', async () => {
    const srv = bulkServer();
    const emails = makeEmails(250);
    await sendAll(client(), emails, { idempotencyPrefix: 'job-1', concurrency: 1, buckets: 4 });
    const first = new Map(srv.calls.map((c) => [c.key, c.size]));
    expect(first.size).toBe(4);
    for (const key of first.keys()) expect(key).toMatch(/^job-1\/r[0-3]$/);
    srv.calls.length = 0;
    // Same content, keys written in another order and emails in reverse: the very same requests, replayed.
    const rewritten = emails.map(({ text, subject, to, from }) => ({ text, subject, to, from })).reverse();
    const again = await sendAll(client(), rewritten, { idempotencyPrefix: 'job-1', concurrency: 1, buckets: 4 });
    expect(new Map(srv.calls.map((c) => [c.key, c.size]))).toEqual(first);
    expect(srv.conflicts()).toBe(0);
    expect(srv.stored).toHaveLength(250);
    expect(again.sent).toBe(250);
  });

  it('uses random keys without a prefix', async () => {
    const srv = bulkServer();
    await sendAll(client(), makeEmails(10));
    await sendAll(client(), makeEmails(10));
    const [a, b] = srv.calls.map((c) => c.key);
    expect(a).toBeTruthy();
    expect(a).not.toBe(b);
  });

  it('re-running a crashed job with the same prefix sends nothing twice and reports the first ids', async () => {
    const srv = bulkServer();
    const emails = makeEmails(500);
    const crash = new AbortController();
    // The "crash": the first run stops after two of its five batches.
    const first = await sendAll(client(), emails, {
      idempotencyPrefix: 'newsletter',
      buckets: 8,
      concurrency: 1,
      signal: crash.signal,
      onProgress: ({ sent }) => sent >= 200 && crash.abort(),
    });
    expect(first.sent).toBeGreaterThanOrEqual(200);
    expect(first.sent).toBeLessThan(500);
    expect(srv.stored).toHaveLength(first.sent);

    const rerun = await sendAll(client(), emails, { idempotencyPrefix: 'newsletter', buckets: 8 });
    expect(rerun.sent).toBe(500);
    expect(srv.stored).toHaveLength(500);
    expect(srv.duplicates()).toEqual([]);
    first.results.forEach((r, i) => r.id !== undefined && expect(rerun.results[i]?.id).toBe(r.id));
  });

  it('delivers every email exactly once under injected cuts, 500s and lost responses, after a re-run', async () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const faults: Fault[] = ['fail_before', 'lose_response', 'cut'];
    const srv = bulkServer({ fault: () => (random() < 0.45 ? (faults[Math.floor(random() * 3)] as Fault) : 'none') });
    const emails = makeEmails(1500);
    emails[7] = { ...emails[7]!, attachments: [{ filename: 'a.txt', content: 'aGk=' }] };

    let report = await sendAll(client(), emails, { idempotencyPrefix: 'faulty', buckets: 32 });
    for (let run = 0; run < 10 && report.failed > 0; run++) {
      report = await sendAll(client(), emails, { idempotencyPrefix: 'faulty', buckets: 32 });
    }
    expect(report).toMatchObject({ sent: 1500, failed: 0 });
    // The faults did happen: far more requests than the 33 the job needs.
    expect(srv.calls.length).toBeGreaterThan(45);
    expect(srv.duplicates()).toEqual([]);
    expect(srv.stored).toHaveLength(1500);
    report.results.forEach((r, i) => expect(r.id).toMatch(new RegExp(`^run #${i}@`)));
  });

  it('reports a chunk that fails for good (422) on its emails only and goes on', async () => {
    const srv = bulkServer({
      fault: (_call, body) =>
        body.some((e) => e.subject === 'run #120') ? { status: 422, name: 'validation_error' } : 'none',
    });
    const report = await sendAll(client(), makeEmails(250));

    expect(report).toMatchObject({ sent: 150, failed: 100, notSent: 0, aborted: false });
    report.results.forEach((r, i) => {
      if (i >= 100 && i < 200) {
        expect(r.error).toBeInstanceOf(ResendError);
        expect(r.error).toMatchObject({ name: 'validation_error', statusCode: 422, path: '/emails/batch' });
      } else {
        expect(r.id).toBeDefined();
      }
    });
    expect(srv.calls).toHaveLength(3);
  });

  it('retries a batch whose 500 followed processing and delivers it once', async () => {
    let lost = false;
    const srv = bulkServer({ fault: () => (lost ? 'none' : ((lost = true), 'lose_response')) });
    const report = await sendAll(client(), makeEmails(100), { idempotencyPrefix: 'retry', buckets: 1 });

    expect(report.sent).toBe(100);
    expect(srv.calls).toHaveLength(2);
    expect(srv.calls[0]!.key).toBe(srv.calls[1]!.key);
    expect(srv.stored).toHaveLength(100);
  });

  it('stops on abort: settled chunks are reported, chunks in flight are aborted, the rest are not_sent', async () => {
    const srv = bulkServer({ delayMs: 5 });
    const controller = new AbortController();
    const report = await sendAll(client(), makeEmails(450), {
      concurrency: 2,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });

    // Two chunks were in flight when the first one finished: the second is aborted and may have been sent.
    expect(srv.calls).toHaveLength(2);
    expect(report).toMatchObject({ sent: 100, failed: 100, notSent: 250, aborted: true });
    expect(report.results.slice(0, 100).every((r) => r.id !== undefined)).toBe(true);
    for (const r of report.results.slice(100, 200))
      expect(r.error).toMatchObject({ name: 'aborted', statusCode: null });
    for (const r of report.results.slice(200)) {
      expect(r.error).toBeInstanceOf(ResendError);
      expect(r.error?.name).toBe('not_sent');
      expect(r.error?.statusCode).toBeNull();
    }
  });

  it('marks the emails of a request that got no answer after its retries as maybe sent', async () => {
    const lost = await sendAll(
      client({
        fetch: async () => {
          throw new TypeError('fetch failed');
        },
      }),
      makeEmails(2),
    );
    expect(lost.failed).toBe(2);
    for (const r of lost.results) expect(r.error).toMatchObject({ name: 'network_error', maybeSent: true });
  });

  it('marks the emails of a request aborted in flight as maybe sent', async () => {
    const srv = bulkServer({ delayMs: 50 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 5);
    const aborted = await sendAll(client(), makeEmails(2), { signal: controller.signal });
    expect(srv.calls).toHaveLength(1);
    expect(aborted.failed).toBe(2);
    for (const r of aborted.results) expect(r.error).toMatchObject({ name: 'aborted', maybeSent: true });
  });

  it('sends nothing when the signal is already aborted', async () => {
    const srv = bulkServer();
    const report = await sendAll(client(), makeEmails(3), { signal: AbortSignal.abort() });
    expect(srv.calls).toHaveLength(0);
    expect(report).toMatchObject({ sent: 0, failed: 0, notSent: 3, aborted: true });
  });

  it('reports progress after each chunk with running counts', async () => {
    bulkServer({
      fault: (_c, body) => (body[0]!.subject === 'run #200' ? { status: 422, name: 'validation_error' } : 'none'),
    });
    const progress: SendAllProgress[] = [];
    await sendAll(client(), makeEmails(320), { concurrency: 1, onProgress: (p) => progress.push({ ...p }) });
    expect(progress).toEqual([
      { sent: 100, failed: 0, conflicted: 0, total: 320 },
      { sent: 200, failed: 0, conflicted: 0, total: 320 },
      { sent: 200, failed: 100, conflicted: 0, total: 320 },
      { sent: 220, failed: 100, conflicted: 0, total: 320 },
    ]);
  });

  it('stops the run when an async onProgress rejects, as when it throws, leaving no unhandled rejection', async () => {
    const srv = bulkServer();
    const crash = new Error('progress store down');
    const onProgress = async () => {
      throw crash;
    };
    await expect(sendAll(client(), makeEmails(400), { concurrency: 1, onProgress })).rejects.toMatchObject({
      code: 'progress_failed',
      cause: crash,
    });
    // The rejection is seen a moment after the first answer, once the second request had started.
    expect(srv.calls).toHaveLength(2);
  });

  it('reports the emails of a call that threw after its request went out as maybe sent', async () => {
    const srv = bulkServer();
    const resend = client();
    resend.use({
      onResponse: () => {
        throw new Error('metrics middleware bug');
      },
    });
    const report = await sendAll(resend, makeEmails(2));
    expect(srv.stored).toHaveLength(2);
    for (const r of report.results) expect(r.error).toMatchObject({ maybeSent: true });
    expect(report.results[0]?.error?.message).toMatch(/metrics middleware bug.*may have been sent/);
  });

  it('keeps several chunks in flight when the limiter allows, and one with concurrency 1', async () => {
    const srv = bulkServer({ delayMs: 30 });
    await sendAll(client({ rateLimit: { limit: 4, windowMs: 20 } }), makeEmails(800));
    expect(srv.maxInFlight()).toBeGreaterThanOrEqual(2);

    const serial = bulkServer({ delayMs: 5 });
    await sendAll(client({ rateLimit: { limit: 4, windowMs: 20 } }), makeEmails(400), { concurrency: 1 });
    expect(serial.maxInFlight()).toBe(1);
  });

  it('is paced by the client limiter: no 429 from a strict server, at most `limit` requests per window', async () => {
    const windowMs = 150;
    const srv = bulkServer({ limit: { count: 2, windowMs } });
    // The interactive lane: the whole limit (the bulk lane, sendAll's default, leaves a reserve).
    const report = await sendAll(client({ rateLimit: { limit: 2, windowMs } }), makeEmails(1000), {
      idempotencyPrefix: 'paced',
      buckets: 16,
      priority: 'interactive',
    });

    expect(report.sent).toBe(1000);
    expect(srv.rejected()).toBe(0);
    const times = srv.calls.map((c) => c.at);
    expect(times).toHaveLength(16);
    for (let i = 2; i < times.length; i++) expect(times[i]! - times[i - 2]!).toBeGreaterThanOrEqual(windowMs);
    // Paced, not serialised: 16 requests at 2 per window take about 7 windows, far below 16 round trips' worth of windows.
    expect(times.at(-1)! - times[0]!).toBeLessThan(windowMs * 13);
  });

  it('rejects bad input before sending anything, naming the index and the problem', async () => {
    const srv = bulkServer();
    const resend = client();
    const emails = makeEmails(5);

    await expect(sendAll(resend, 'nope' as never)).rejects.toMatchObject({
      name: 'not_an_array',
      problem: 'not_an_array',
    });
    const missing = emails.map((e, i) => (i === 3 ? { ...e, subject: undefined } : e)) as SendEmailRequest[];
    const error = await sendAll(resend, missing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SendAllInputError);
    expect(error).toMatchObject({ index: 3, problem: 'invalid_email' });
    expect((error as Error).message).toMatch(/emails\[3\].*subject/);

    const crowded = emails.map((e, i) =>
      i === 4 ? { ...e, to: Array.from({ length: 51 }, (_, j) => `u${j}@example.com`) } : e,
    );
    await expect(sendAll(resend, crowded)).rejects.toMatchObject({ index: 4, problem: 'too_many_recipients' });
    await expect(sendAll(resend, [{ ...emails[0]!, to: [] }])).rejects.toMatchObject({
      index: 0,
      problem: 'invalid_email',
    });
    await expect(sendAll(resend, [null as never])).rejects.toMatchObject({ index: 0, problem: 'invalid_email' });
    await expect(sendAll(resend, emails, { idempotencyPrefix: 'x'.repeat(201) })).rejects.toMatchObject({
      problem: 'invalid_option',
    });
    await expect(sendAll(resend, emails, { concurrency: 0 })).rejects.toMatchObject({ problem: 'invalid_option' });
    expect(srv.calls).toHaveLength(0);
  });

  it('resolves an empty run at once', async () => {
    const srv = bulkServer();
    expect(await sendAll(client(), [])).toEqual({
      results: [],
      sent: 0,
      failed: 0,
      conflicted: 0,
      notSent: 0,
      aborted: false,
      quotaExceeded: null,
    });
    expect(srv.calls).toHaveLength(0);
  });

  it('refuses an email that cannot be sent as JSON before sending anything', async () => {
    let requests = 0;
    server.use(http.post(`${BASE_URL}/emails/batch`, () => (requests++, HttpResponse.json({ data: [] }))));
    const emails = [email(0), { ...email(1), tags: [{ name: 'n', value: 1n as unknown as string }] }, email(2)];
    await expect(sendAll(client(), emails)).rejects.toMatchObject({
      name: 'invalid_email',
      problem: 'invalid_email',
      index: 1,
    });
    expect(requests).toBe(0);
  });

  it('refuses a hole in a sparse array instead of skipping it', async () => {
    // eslint-disable-next-line no-sparse-arrays
    const emails = [email(0), , email(2)] as SendEmailRequest[];
    await expect(sendAll(client(), emails)).rejects.toMatchObject({ problem: 'invalid_email', index: 1 });
  });

  it('refuses something that is not a client, and takes null options as none', async () => {
    await expect(sendAll(undefined as never, [email(0)])).rejects.toMatchObject({ problem: 'invalid_option' });
    server.use(http.post(`${BASE_URL}/emails/batch`, () => HttpResponse.json({ data: [{ id: 'a' }] })));
    const report = await sendAll(client(), [email(0)], null as never);
    expect(report.results).toEqual([{ id: 'a' }]);
  });

  it.each([
    ['options that are not an object', 'bulk', 'options must be an object (got string).'],
    ['an onProgress that is no function', { onProgress: 'log' }, 'onProgress must be a function (got string).'],
    ['a signal that is no AbortSignal', { signal: 'stop' }, 'signal must be an AbortSignal (got string).'],
    ['a concurrency given as text', { concurrency: '2' }, 'concurrency must be an integer of at least 1 (got "2").'],
    ['an unknown priority', { priority: 'urgent' }, 'priority must be "interactive" or "bulk" (got "urgent").'],
  ])('refuses %s by name before sending anything', async (_, options, message) => {
    const srv = bulkServer();
    await expect(sendAll(client(), makeEmails(3), options as never)).rejects.toMatchObject({
      problem: 'invalid_option',
      message,
    });
    expect(srv.calls).toHaveLength(0);
  });

  it('refuses an idempotencyPrefix with control or non-Latin-1 characters, or bad buckets, before sending', async () => {
    const srv = bulkServer();
    for (const idempotencyPrefix of ['job\n1', 'job\u0000', 'jöb-€', ' job', 'job ']) {
      await expect(sendAll(client(), makeEmails(3), { idempotencyPrefix })).rejects.toMatchObject({
        name: 'invalid_option',
        problem: 'invalid_option',
      });
    }
    for (const buckets of [0, 1.5, -1, 70_000, Number.NaN]) {
      await expect(sendAll(client(), makeEmails(3), { idempotencyPrefix: 'ok', buckets })).rejects.toMatchObject({
        problem: 'invalid_option',
      });
    }
    expect(srv.calls).toHaveLength(0);
    await sendAll(client(), makeEmails(3), { idempotencyPrefix: 'jöb-1' });
    expect(srv.stored).toHaveLength(3);
  });

  it('sends a 10,000-email job with a prefix and 200 buckets: every email once, one request per bucket', async () => {
    const srv = bulkServer();
    const report = await sendAll(client(), makeEmails(10_000), { idempotencyPrefix: 'big', buckets: 200 });
    expect(report).toMatchObject({ sent: 10_000, failed: 0, conflicted: 0, notSent: 0 });
    expect(srv.stored).toHaveLength(10_000);
    expect(srv.duplicates()).toEqual([]);
    report.results.forEach((r, i) => expect(r.id?.startsWith(`run #${i}@`)).toBe(true));
    for (const { key } of srv.calls) expect(key).toMatch(/^big\/r[0-9]{1,3}$/);
    expect(new Set(srv.calls.map((c) => c.key)).size).toBe(srv.calls.length);
    // One request per bucket, each well under a full batch (about 50 emails on average).
    console.info(
      `sendAll: 10,000 emails with idempotencyPrefix and buckets: 200 = ${srv.calls.length} requests, largest batch ${Math.max(...srv.calls.map((c) => c.size))}`,
    );
    expect(srv.calls.length).toBe(200);
    expect(Math.max(...srv.calls.map((c) => c.size))).toBeLessThanOrEqual(100);
  }, 60_000);

  it('a re-run of the 10,000-email job without 3 emails sends nothing twice: their buckets conflict, and with the receipt nothing is requested', async () => {
    const srv = bulkServer();
    const all = makeEmails(10_000);
    const options = { idempotencyPrefix: 'big', buckets: 200 };
    const first = await sendAll(client(), all, options);
    expect(first.sent).toBe(10_000);
    const removed = new Set([17, 4_321, 9_998]);
    const kept = all.filter((_, i) => !removed.has(i));
    const rerun = await sendAll(client(), kept, options);
    expect(srv.stored).toHaveLength(10_000);
    expect(srv.duplicates()).toEqual([]);
    const ids = new Map(first.results.map((r, i) => [all[i]!.subject, r.id]));
    rerun.results.forEach((r, i) => {
      if (r.id !== undefined) return expect(r.id).toBe(ids.get(kept[i]!.subject));
      expect(r.error).toMatchObject({ name: 'invalid_idempotent_request', statusCode: 409 });
    });
    // Only the buckets that held a removed email changed: at most 3 batches, reported apart from failures.
    expect(srv.conflicts()).toBeLessThanOrEqual(3);
    expect(rerun).toMatchObject({ failed: 0, sent: 9_997 - rerun.conflicted });
    expect(rerun.conflicted).toBeLessThan(300);

    const calls = srv.calls.length;
    const settled = await sendAll(client(), kept, { ...options, receipt: first.receipt });
    expect(srv.calls.length).toBe(calls);
    expect(settled).toMatchObject({ sent: 9_997, failed: 0, conflicted: 0 });
    settled.results.forEach((r, i) => expect(r.id).toBe(ids.get(kept[i]!.subject)));
  }, 60_000);

  it('refuses, before sending, a job that would put more than 100 emails in one bucket, naming how many buckets fit', async () => {
    const srv = bulkServer();
    const error = await sendAll(client(), makeEmails(1_000), { idempotencyPrefix: 'crowded', buckets: 2 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SendAllInputError);
    expect(error).toMatchObject({ name: 'bucket_overflow', problem: 'bucket_overflow', index: null });
    expect((error as Error).message).toMatch(/more than one batch takes \(100\).*about 20 for 1000 emails/);
    expect(srv.calls).toHaveLength(0);
  });

  it('aborting cancels requests waiting for a rate-limit slot: nothing more is sent after the abort', async () => {
    const srv = bulkServer();
    const controller = new AbortController();
    // One request per minute: after the first, every request waits for a slot.
    const resend = client({ rateLimit: { limit: 1, windowMs: 60_000 } });
    const run = sendAll(resend, makeEmails(1000), { concurrency: 5, signal: controller.signal });
    await vi.waitFor(() => expect(srv.calls).toHaveLength(1));
    const started = performance.now();
    controller.abort();
    const report = await run;
    expect(performance.now() - started).toBeLessThan(1000);
    expect(srv.calls).toHaveLength(1);
    expect(report).toMatchObject({ sent: 100, aborted: true });
    // The chunks handed to the client (waiting for a slot) are aborted; the others never started.
    const aborted = report.results.filter((r) => r.error?.name === 'aborted').length;
    expect(aborted).toBeGreaterThanOrEqual(400);
    expect(aborted + report.notSent).toBe(900);
    expect(resend.limiter?.queued).toBe(0);
  });
});

describe('sendAll re-runs after an edit send nothing twice', () => {
  const job = () => makeEmails(1200, 'job');
  const options = { idempotencyPrefix: 'edit-job', buckets: 32 } as const;
  const isBad = (e: SendEmailRequest) =>
    e.subject.endsWith('#13') || e.subject.endsWith('#500') || e.subject.endsWith('#977');

  it('remove: dropping the 3 emails that failed their batches sends the rest of those batches, and nothing twice', async () => {
    const srv = bulkServer({
      fault: (_c, body) => (body.some(isBad) ? { status: 422, name: 'validation_error' } : 'none'),
    });
    const first = await sendAll(client(), job(), options);
    expect(first.failed).toBeGreaterThan(3);
    const kept = job().filter((e) => !isBad(e));
    const rerun = await sendAll(client(), kept, options);
    expect(rerun).toMatchObject({ sent: 1197, failed: 0 });
    expect(srv.duplicates()).toEqual([]);
    expect(srv.stored).toHaveLength(1197);
    expect(srv.conflicts()).toBe(0);
  });

  it('remove after a run that was accepted: changed batches are refused by the API and reported as conflicted, nothing is sent twice', async () => {
    const srv = bulkServer();
    const first = await sendAll(client(), job(), options);
    expect(first.sent).toBe(1200);
    const kept = job().filter((e) => !isBad(e));
    const rerun = await sendAll(client(), kept, options);
    expect(srv.duplicates()).toEqual([]);
    expect(srv.stored).toHaveLength(1200);
    expect(srv.conflicts()).toBeGreaterThanOrEqual(1);
    expect(srv.conflicts()).toBeLessThanOrEqual(3);
    const all = job();
    const ids = new Map(first.results.map((r, i) => [all[i]!.subject, r.id]));
    rerun.results.forEach((r, i) => {
      if (r.id !== undefined) expect(r.id).toBe(ids.get(kept[i]!.subject));
      else
        expect(r.error).toMatchObject({
          name: 'invalid_idempotent_request',
          statusCode: 409,
          message: expect.stringMatching(/earlier run/),
        });
    });
    // Only the batches that held a removed email are refused; every other email gets its first id back.
    expect(rerun.sent).toBeGreaterThan(1000);
    expect(rerun).toMatchObject({ failed: 0, conflicted: 1197 - rerun.sent });
  });

  it('fix: correcting a bad email in a batch that failed sends that batch once, and the rest is replayed', async () => {
    const srv = bulkServer({
      fault: (_c, body) => (body.some((e) => e.text === 'BAD') ? { status: 422, name: 'validation_error' } : 'none'),
    });
    const broken = job().map((e, i) => (i === 700 ? { ...e, text: 'BAD' } : e));
    const first = await sendAll(client(), broken, options);
    expect(first.results[700]?.error?.name).toBe('validation_error');
    const rerun = await sendAll(client(), job(), options);
    expect(rerun).toMatchObject({ sent: 1200, failed: 0 });
    expect(srv.duplicates()).toEqual([]);
    expect(srv.stored).toHaveLength(1200);
  });

  it('reorder: a shuffled job is answered from the first run, with the same ids', async () => {
    const srv = bulkServer();
    const first = await sendAll(client(), job(), options);
    const all = job();
    const order = all.map((_, i) => (i * 7919) % 1200);
    const shuffled = order.map((i) => all[i]!);
    const rerun = await sendAll(client(), shuffled, options);
    expect(srv.stored).toHaveLength(1200);
    expect(srv.conflicts()).toBe(0);
    rerun.results.forEach((r, k) => expect(r.id).toBe(first.results[order[k]!]?.id));
  });

  it('append: without the receipt, buckets that gained an email conflict and nothing is sent twice; with it, every added email is sent once', async () => {
    const srv = bulkServer();
    const first = await sendAll(client(), job(), options);
    const added = makeEmails(30, 'added');
    const rerun = await sendAll(client(), [...job(), ...added], options);
    expect(srv.duplicates()).toEqual([]);
    expect(rerun.failed).toBe(0);
    expect(rerun.conflicted).toBeGreaterThan(0);
    expect(rerun.sent + rerun.conflicted).toBe(1230);
    expect(srv.stored).toHaveLength(1200 + rerun.results.slice(1200).filter((r) => r.id !== undefined).length);

    const settled = await sendAll(client(), [...job(), ...added], { ...options, receipt: first.receipt });
    expect(settled).toMatchObject({ sent: 1230, failed: 0, conflicted: 0 });
    expect(srv.duplicates()).toEqual([]);
    expect(srv.stored).toHaveLength(1230);
    settled.results.slice(0, 1200).forEach((r, i) => expect(r.id).toBe(first.results[i]?.id));
  });

  it('a job of the same emails without a prefix change or with another bucket count is not made safe (documented): the keys differ', async () => {
    const srv = bulkServer();
    await sendAll(client(), makeEmails(300), { idempotencyPrefix: 'b', buckets: 8 });
    const keys = new Set(srv.calls.map((c) => c.key));
    srv.calls.length = 0;
    await sendAll(client(), makeEmails(300), { idempotencyPrefix: 'b', buckets: 16 });
    expect(srv.calls.some((c) => !keys.has(c.key))).toBe(true);
  });
});

describe('sendAll batchValidation', () => {
  /** Answers like the API: strict fails the batch on a bad `to`, permissive reports it by position. */
  function validatingServer() {
    const modes: (string | null)[] = [];
    let next = 0;
    server.use(
      http.post(`${BASE_URL}/emails/batch`, async ({ request }) => {
        const body = (await request.json()) as SendEmailRequest[];
        const mode = request.headers.get('x-batch-validation');
        modes.push(mode);
        const bad = body.flatMap((e, index) =>
          String(e.to).includes('@') ? [] : [{ index, message: 'Invalid `to` field.' }],
        );
        if (mode !== 'permissive' && bad.length > 0) {
          return HttpResponse.json(
            { statusCode: 422, name: 'validation_error', message: bad[0]!.message },
            { status: 422 },
          );
        }
        const data = body.filter((_, i) => !bad.some((b) => b.index === i)).map(() => ({ id: `id-${next++}` }));
        return HttpResponse.json(mode === 'permissive' ? { data, errors: bad } : { data });
      }),
    );
    return modes;
  }

  it('is strict by default: one bad address fails every email of its batch', async () => {
    const modes = validatingServer();
    const emails = makeEmails(5);
    emails[2] = { ...emails[2]!, to: 'not-an-address' };
    const report = await sendAll(testClient(), emails);
    expect(modes).toEqual(['strict']);
    expect(report).toMatchObject({ sent: 0, failed: 5 });
  });

  it('permissive sends the good emails and maps each error back to its input index', async () => {
    const modes = validatingServer();
    const emails = makeEmails(205);
    for (const i of [2, 150, 204]) emails[i] = { ...emails[i]!, to: `bad-${i}` };
    const report = await sendAll(testClient(), emails, { batchValidation: 'permissive', concurrency: 1 });
    expect(modes).toEqual(['permissive', 'permissive', 'permissive']);
    expect(report).toMatchObject({ sent: 202, failed: 3 });
    const failedAt = report.results.flatMap((r, i) => (r.error ? [i] : []));
    expect(failedAt).toEqual([2, 150, 204]);
    expect(report.results[150]!.error).toMatchObject({ name: 'validation_error', statusCode: 422 });
    expect(new Set(report.results.filter((r) => r.id).map((r) => r.id)).size).toBe(202);
  });

  it('refuses an unknown mode before sending', async () => {
    const modes = validatingServer();
    await expect(sendAll(testClient(), makeEmails(1), { batchValidation: 'lenient' as never })).rejects.toMatchObject({
      problem: 'invalid_option',
    });
    expect(modes).toEqual([]);
  });
});
