/**
 * OpenTelemetry details checked against the HTTP semantic conventions and the README's promises,
 * with the SDK's in-memory exporter and a metric reader collected on demand: a sendAll run's span is
 * INTERNAL (it was SERVER), and an email refused by a quota during a run is counted once in
 * `resendkit.emails` (it was counted as failed and again as not_sent or sent), call durations are
 * bucketed for seconds, a context manager that throws fails no send and sends nothing twice, and an
 * untyped call's concrete path is named by its template (or as unknown), never with the id in it.
 */
import { context, trace } from '@opentelemetry/api';
import { useTestTelemetry } from './otel-test-reader.js';
import { describe, expect, it } from 'vitest';
import { type ResendClientOptions, createResendClient } from './api.js';
import { runSendAll } from '../src/send-all.js';

const KEY = 're_semantics_test_key_0123456789';
const email = { from: 'Acme <news@acme.dev>', to: 'ada@acme-customer.dev', subject: 'Hi', text: 'Hello' };

const otel = useTestTelemetry();

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const quotaRefusal = () => json(429, { statusCode: 429, name: 'daily_quota_exceeded', message: 'Quota used up.' });
/** Answers a batch with an id per email. */
const batchAnswer = async (request: Request) =>
  json(200, { data: ((await request.json()) as unknown[]).map((_, i) => ({ id: `e-${i}` })) });

function client(fetch: (request: Request) => Promise<Response>, options: ResendClientOptions = {}) {
  return createResendClient({
    apiKey: KEY,
    baseUrl: 'https://api.resend.test',
    fetch,
    rateLimit: false,
    retry: false,
    telemetry: otel.options(),
    ...options,
  });
}

/** A run of three emails, one batch each (the batch cap scaled down to 1), one at a time. */
const threeEmails = Array.from({ length: 3 }, (_, i) => ({ ...email, to: `user${i}@acme-customer.dev` }));
const oneByOne = { cap: 1, now: () => Date.now(), sleep: async () => {} };

describe('OpenTelemetry, by the semantic conventions', () => {
  it("gives a sendAll run an INTERNAL span, its requests' CLIENT spans beneath it", async () => {
    await runSendAll(client(batchAnswer), threeEmails, {}, oneByOne);
    const spans = otel.exporter.getFinishedSpans();
    const run = spans.find((s) => s.name === 'resendkit sendAll')!;
    expect(run.kind).toBe(0);
    expect(spans.filter((s) => s.kind === 2)).toHaveLength(3);
  });
});

describe('resendkit.emails in a run stopped or paused by a quota', () => {
  it('counts each email once, the refused ones as not_sent, when the quota stops the run', async () => {
    const report = await runSendAll(
      client(async () => quotaRefusal()),
      threeEmails,
      { concurrency: 1 },
      oneByOne,
    );
    expect(report).toMatchObject({ sent: 0, failed: 0, notSent: 3 });
    expect(await otel.reader.emailCounts()).toEqual({ not_sent: 3 });
  });

  it('counts an email refused by the quota and sent after the reset once, as sent', async () => {
    let n = 0;
    const fetch = async (request: Request) => (++n === 1 ? quotaRefusal() : batchAnswer(request));
    const options = { concurrency: 1, onQuotaExceeded: 'wait' } as const;
    const report = await runSendAll(client(fetch), threeEmails, options, oneByOne);
    expect(report).toMatchObject({ sent: 3, failed: 0, notSent: 0 });
    expect(await otel.reader.emailCounts()).toEqual({ sent: 3 });
  });

  it('still counts a quota refusal outside a run as a failed email', async () => {
    await client(async () => quotaRefusal()).emails.send(email);
    expect(await otel.reader.emailCounts()).toEqual({ failed: 1 });
  });

  it('buckets call durations in seconds, as the conventions advise (the default bounds are for ms)', async () => {
    await client(async () => json(200, { id: 'e-1' })).emails.send(email);
    const point = (await otel.reader.metric('http.client.request.duration'))?.dataPoints[0] as
      { value: { buckets: { boundaries: number[] } } } | undefined;
    expect(point?.value.buckets.boundaries).toEqual([
      0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10,
    ]);
  });

  it.each([
    ['before running the attempt', false],
    ['after running it', true],
  ])('sends once, and succeeds, when the context manager throws %s', async (_, runFirst) => {
    let requests = 0;
    const throwing = {
      active: () => context.active(),
      with<T>(_ctx: unknown, fn: () => T): T {
        if (runFirst) fn();
        throw new Error('context manager broke');
      },
    };
    const resend = createResendClient({
      apiKey: KEY,
      baseUrl: 'https://api.resend.test',
      fetch: async () => (requests++, json(200, { id: 'e-1' })),
      rateLimit: false,
      telemetry: {
        tracerProvider: otel.tracerProvider,
        meterProvider: otel.meterProvider,
        api: { trace, context: throwing, metrics: { getMeterProvider: () => otel.meterProvider } },
      },
    });
    const { data, error } = await resend.emails.send(email);
    expect(error).toBeUndefined();
    expect(data?.id).toBe('e-1');
    expect(requests).toBe(1);
  });

  it.each([
    ['/emails/4ef9a417-02e9-4d39-ad75-9611e0fcc33c', 'GET /emails/{email_id}', '/emails/{email_id}'],
    ['/no-such-list/4ef9a417-02e9-4d39-ad75-9611e0fcc33c', 'GET (unknown route)', '(unknown route)'],
  ])('names an untyped call to %s by its template, never the id in its path', async (path, name, template) => {
    const resend = client(async () => json(200, { object: 'email', id: 'e-1' }));
    const routes: string[] = [];
    resend.on('request', (event) => void routes.push(event.route));
    await (resend as unknown as { GET(path: string): Promise<unknown> }).GET(path);
    const span = otel.exporter.getFinishedSpans()[0];
    expect(span?.name).toBe(name);
    expect(span?.attributes['url.template']).toBe(template);
    expect(routes).toEqual([template]);
    const points = (await otel.reader.metric('http.client.request.duration'))?.dataPoints ?? [];
    expect(points.map((p) => p.attributes['url.template'])).toEqual([template]);
  });
});
