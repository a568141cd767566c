/**
 * Telemetry with the real OpenTelemetry SDK (in-memory span exporter, a metric reader collected on
 * demand, the async-hooks context manager): one CLIENT span per call named by its route template,
 * with the HTTP client semantic conventions, events for waits, retries and refusals, a parent span
 * per sendAll run, four metrics, and no personal data anywhere. Then the logger and the events.
 */
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { MeterProvider } from '@opentelemetry/sdk-metrics';
import { TestReader } from './otel-test-reader.js';
import {
  AlwaysOffSampler,
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Logger, type ResendClientOptions, createResendClient, resetSharedRateLimiters, sendAll } from './api.js';

const KEY = 're_telemetry_test_key_0123456789';
const ADDRESS = 'ada.lovelace@acme-customer.dev';
const SUBJECT = 'Your one-time code 424242';
const email = { from: 'Acme <news@acme.dev>', to: ADDRESS, subject: SUBJECT, text: 'Hello Ada' };

const exporter = new InMemorySpanExporter();
const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const reader = new TestReader();
const meterProvider = new MeterProvider({ readers: [reader] });
const contextManager = new AsyncLocalStorageContextManager();

beforeAll(() => void context.setGlobalContextManager(contextManager.enable()));
afterAll(() => context.disable());
beforeEach(() => {
  exporter.reset();
  resetSharedRateLimiters();
});

let ids = 0;
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The scripted Resend whose first request is answered 503 (then like the API): one retry. */
const downOnce = () =>
  api((_request, n) =>
    n === 1 ? json(503, { statusCode: 503, name: 'application_error', message: 'Down.' }) : undefined,
  );

/** A client without telemetry logging at debug level to `logger`, whose first request gets a 503 and is retried. */
const loggedRetry = (logger: Logger, options: ResendClientOptions = {}) =>
  createResendClient({
    apiKey: KEY,
    baseUrl: 'https://api.resend.test',
    fetch: downOnce(),
    rateLimit: false,
    retry: { baseDelayMs: 1, maxDelayMs: 1 },
    logLevel: 'debug',
    logger,
    ...options,
  });

/** A scripted Resend: answers like the API; `script` may answer first (a 503, a 422…). */
function api(script: (request: Request, n: number) => Response | undefined = () => undefined) {
  let n = 0;
  return async (request: Request): Promise<Response> => {
    const scripted = script(request, ++n);
    if (scripted) return scripted;
    const { pathname, searchParams } = new URL(request.url);
    if (pathname === '/emails/batch')
      return json(200, { data: ((await request.json()) as unknown[]).map(() => ({ id: `e-${++ids}` })) });
    if (pathname === '/emails' && request.method === 'POST') return json(200, { id: `e-${++ids}` });
    if (pathname === '/emails') {
      const page = Number(searchParams.get('after') ?? 0);
      return json(200, {
        object: 'list',
        has_more: page < 2,
        data: [{ id: `e-${page + 1}`, to: [ADDRESS], subject: SUBJECT }],
      });
    }
    return json(404, { statusCode: 404, name: 'not_found', message: 'Not found.' });
  };
}

function client(options: ResendClientOptions = {}) {
  return createResendClient({
    apiKey: KEY,
    baseUrl: 'https://api.resend.test:8443',
    fetch: api(),
    rateLimit: false,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    telemetry: {
      tracerProvider,
      meterProvider,
      api: { trace, context, metrics: { getMeterProvider: () => meterProvider } },
    },
    ...options,
  });
}

/** Every string an exported span holds (name, attributes, event names and attributes). */
function spanText(span: ReadableSpan): string {
  return JSON.stringify([span.name, span.attributes, span.events.map((e) => [e.name, e.attributes])]);
}

/** Fails when any span holds an address, a subject, a body, the key or an email id. */
function expectNoPersonalData(spans: ReadableSpan[]): void {
  for (const span of spans) {
    const text = spanText(span);
    for (const secret of [ADDRESS, SUBJECT, 'Hello Ada', KEY, '"e-']) expect(text, span.name).not.toContain(secret);
  }
}

async function metricPoints(name: string): Promise<{ attributes: Record<string, unknown>; value: unknown }[]> {
  const { resourceMetrics } = await reader.collect();
  const metric = resourceMetrics.scopeMetrics.flatMap((scope) => scope.metrics).find((m) => m.descriptor.name === name);
  return (metric?.dataPoints ?? []).map((point) => ({ attributes: point.attributes, value: point.value }));
}

describe('OpenTelemetry', () => {
  it('records one CLIENT span per send, with the HTTP semantic conventions and no personal data', async () => {
    const { data } = await client().emails.send(email);
    expect(data?.id).toMatch(/^e-/);
    const [span, ...others] = exporter.getFinishedSpans();
    expect(others).toEqual([]);
    expect(span!.name).toBe('POST /emails');
    expect(span!.kind).toBe(2);
    expect(span!.attributes).toMatchObject({
      'http.request.method': 'POST',
      'server.address': 'api.resend.test',
      'server.port': 8443,
      'url.template': '/emails',
      'resend.operation': 'emails.send',
      'http.response.status_code': 200,
      'resend.attempts': 1,
    });
    expect(span!.attributes['error.type']).toBeUndefined();
    expectNoPersonalData([span!]);
  });

  it('names a call by its route template, never the id in its URL, and adds the email id only when asked', async () => {
    await client().emails.get('e-secret-id');
    expect(
      exporter.getFinishedSpans().map((s) => [s.name, s.attributes['url.template'], s.attributes['error.type']]),
    ).toEqual([['GET /emails/{email_id}', '/emails/{email_id}', 'not_found']]);
    expect(spanText(exporter.getFinishedSpans()[0]!)).not.toContain('e-secret-id');
    exporter.reset();
    const recording = client({
      telemetry: {
        tracerProvider,
        meterProvider,
        api: { trace, context, metrics: { getMeterProvider: () => meterProvider } },
        recordEmailId: true,
      },
    });
    const { data } = await recording.emails.send(email);
    expect(exporter.getFinishedSpans()[0]!.attributes['resend.email_id']).toBe(data?.id);
  });

  it('adds a retry event and counts the retry when a 503 is retried', async () => {
    const resend = client({
      fetch: downOnce(),
    });
    const before = (await metricPoints('resendkit.retries')).reduce((sum, p) => sum + Number(p.value), 0);
    const { data } = await resend.emails.send(email);
    expect(data?.id).toBeDefined();
    const [span] = exporter.getFinishedSpans();
    expect(span!.attributes['resend.attempts']).toBe(2);
    expect(span!.attributes['http.request.resend_count']).toBe(1);
    expect(
      span!.events.map((e) => [e.name, e.attributes?.['resendkit.attempt'], e.attributes?.['resendkit.reason']]),
    ).toEqual([['resendkit.retry', 2, 'server_error']]);
    const after = await metricPoints('resendkit.retries');
    expect(after.reduce((sum, p) => sum + Number(p.value), 0) - before).toBe(1);
    expect(after.find((p) => p.attributes['resendkit.reason'] === 'server_error')).toBeDefined();
  });

  it('traces a retried send alike whether it skips openapi-fetch or goes through it (user middleware registered)', async () => {
    const retried = () =>
      client({
        fetch: downOnce(),
      });
    const shape = () =>
      exporter.getFinishedSpans().map((s) => [s.name, s.attributes['resend.attempts'], s.events.map((e) => e.name)]);
    await retried().emails.send(email);
    const direct = shape();
    exporter.reset();
    const viaOpenapiFetch = retried();
    const seen: string[] = [];
    viaOpenapiFetch.use({ onRequest: ({ request }) => void seen.push([...request.headers.keys()].join(',')) });
    await viaOpenapiFetch.emails.send(email);
    expect(direct).toEqual([['POST /emails', 2, ['resendkit.retry']]]);
    expect(shape()).toEqual(direct);
    expect(seen).toHaveLength(1);
  });

  it('exports no span for an unsampled call, and still counts its email', async () => {
    const unsampled = new BasicTracerProvider({
      sampler: new AlwaysOffSampler(),
      spanProcessors: [new SimpleSpanProcessor(exporter)],
    });
    const before = (await metricPoints('resendkit.emails')).reduce((sum, p) => sum + Number(p.value), 0);
    const resend = client({
      telemetry: {
        tracerProvider: unsampled,
        meterProvider,
        api: { trace, context, metrics: { getMeterProvider: () => meterProvider } },
      },
    });
    const { data } = await resend.emails.send(email);
    expect(data?.id).toMatch(/^e-/);
    expect(exporter.getFinishedSpans()).toEqual([]);
    const after = (await metricPoints('resendkit.emails')).reduce((sum, p) => sum + Number(p.value), 0);
    expect(after - before).toBe(1);
  });

  it('marks a 422 as an error with error.type, and a refused call with a refused event and no attempt', async () => {
    const resend = client({
      fetch: api((r) =>
        r.method === 'POST'
          ? json(422, { statusCode: 422, name: 'validation_error', message: 'Bad from.' })
          : undefined,
      ),
    });
    await resend.emails.send(email);
    await resend.emails.get('..');
    const [failed, refused] = exporter.getFinishedSpans();
    expect(failed!.attributes).toMatchObject({ 'error.type': 'validation_error', 'http.response.status_code': 422 });
    expect(failed!.status.code).toBe(2);
    expect(refused!.attributes).toMatchObject({ 'error.type': 'invalid_path_parameter', 'resend.attempts': 0 });
    expect(refused!.events.map((e) => e.name)).toEqual(['resendkit.refused']);
    expectNoPersonalData([failed!, refused!]);
  });

  it('records the waits of a rate-limited burst as span events and in the wait histogram', async () => {
    const resend = client({ rateLimit: { limit: 2, windowMs: 40, limiter: undefined } });
    await Promise.all(Array.from({ length: 6 }, () => resend.emails.send(email)));
    const waits = exporter
      .getFinishedSpans()
      .flatMap((s) => s.events.filter((e) => e.name === 'resendkit.rate_limit.wait'));
    expect(waits.length).toBeGreaterThanOrEqual(3);
    expect(
      waits.every(
        (e) => Number(e.attributes?.['resendkit.wait_ms']) >= 1 && e.attributes?.['resendkit.lane'] === 'interactive',
      ),
    ).toBe(true);
    expect((await metricPoints('resendkit.rate_limit.wait')).length).toBeGreaterThan(0);
  });

  it('gives a sendAll run a parent span whose children are its batch requests, with progress and email counts', async () => {
    const emails = Array.from({ length: 250 }, (_, i) => ({ ...email, to: `user${i}@acme-customer.dev` }));
    const sentBefore =
      (await metricPoints('resendkit.emails')).find((p) => p.attributes['resendkit.outcome'] === 'sent')?.value ?? 0;
    const report = await sendAll(client(), emails);
    expect(report.sent).toBe(250);
    const spans = exporter.getFinishedSpans();
    const parent = spans.find((s) => s.name === 'resendkit sendAll')!;
    const children = spans.filter((s) => s.name === 'POST /emails/batch');
    expect(children).toHaveLength(3);
    for (const child of children) expect(child.parentSpanContext?.spanId).toBe(parent.spanContext().spanId);
    expect(parent.attributes).toMatchObject({ 'resendkit.total': 250, 'resendkit.sent': 250, 'resendkit.failed': 0 });
    expect(parent.events.filter((e) => e.name === 'resendkit.progress')).toHaveLength(3);
    const sentAfter =
      (await metricPoints('resendkit.emails')).find((p) => p.attributes['resendkit.outcome'] === 'sent')?.value ?? 0;
    expect(Number(sentAfter) - Number(sentBefore)).toBe(250);
    expectNoPersonalData(spans);
  });

  it("ends a sendAll run's span when its onProgress throws, keeping nothing of the run", async () => {
    const crash = new Error('progress bar crashed');
    const onProgress = () => {
      throw crash;
    };
    await expect(sendAll(client(), [email], { onProgress })).rejects.toMatchObject({
      code: 'progress_failed',
      cause: crash,
    });
    expect(exporter.getFinishedSpans().map((s) => s.name)).toContain('resendkit sendAll');
  });

  it('records a span per page of a paginated list, and a duration point per call', async () => {
    const resend = client();
    const before = (await metricPoints('http.client.request.duration')).length;
    let after: string | undefined;
    for (let page = 0; page < 3; page++) {
      const { data } = await resend.emails.list({ limit: 1, ...(after ? { after } : {}) });
      after = String(page + 1);
      expect(data?.data).toHaveLength(1);
    }
    expect(exporter.getFinishedSpans().map((s) => s.name)).toEqual(['GET /emails', 'GET /emails', 'GET /emails']);
    expectNoPersonalData(exporter.getFinishedSpans());
    const points = await metricPoints('http.client.request.duration');
    expect(points.length).toBeGreaterThanOrEqual(Math.max(1, before));
    expect(
      points.some((p) => p.attributes['url.template'] === '/emails' && p.attributes['http.request.method'] === 'GET'),
    ).toBe(true);
  });

  it('uses the global providers with telemetry: true, loading @opentelemetry/api on the first call', async () => {
    trace.setGlobalTracerProvider(tracerProvider);
    try {
      const resend = createResendClient({
        apiKey: KEY,
        baseUrl: 'https://api.resend.test',
        fetch: api(),
        rateLimit: false,
        telemetry: true,
      });
      await resend.emails.send(email);
      expect(exporter.getFinishedSpans().map((s) => s.name)).toEqual(['POST /emails']);
    } finally {
      trace.disable();
    }
  });

  it('records nothing and installs no observer when telemetry is off', async () => {
    const resend = createResendClient({
      apiKey: KEY,
      baseUrl: 'https://api.resend.test',
      fetch: api(),
      rateLimit: false,
    });
    await resend.emails.send(email);
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});

describe('the logger and the events', () => {
  it('logs nothing by default, and at debug names route templates, statuses and attempts without the key or an address', async () => {
    const lines: string[] = [];
    const logger = {
      error: (l: string) => lines.push(`E ${l}`),
      warn: (l: string) => lines.push(`W ${l}`),
      info: (l: string) => lines.push(`I ${l}`),
      debug: (l: string) => lines.push(`D ${l}`),
    };
    const quiet = createResendClient({
      apiKey: KEY,
      baseUrl: 'https://api.resend.test',
      fetch: api(),
      rateLimit: false,
      logger,
    });
    await quiet.emails.send(email);
    expect(lines).toEqual([]);
    const loud = loggedRetry(logger);
    await loud.emails.send(email);
    await loud.emails.get('e-77');
    expect(lines.some((l) => /^D resendkit: POST \/emails attempt 1: 503/.test(l))).toBe(true);
    expect(lines.some((l) => /^W resendkit: POST \/emails retry 1 after 503/.test(l))).toBe(true);
    expect(lines.some((l) => /^I resendkit: POST \/emails 200 in \d+ ms, 2 attempts/.test(l))).toBe(true);
    expect(lines.some((l) => /^E resendkit: GET \/emails\/\{email_id\} failed: not_found \(404\)/.test(l))).toBe(true);
    for (const line of lines) for (const secret of [KEY, ADDRESS, SUBJECT, 'e-77']) expect(line).not.toContain(secret);
  });

  it.each([
    ['no limiter', false as const],
    ['a limiter with room to spare', { limit: 1_000_000, windowMs: 1_000 }],
  ])('tells of no rate-limit wait with %s when the retry listeners themselves take time', async (_case, rateLimit) => {
    const waits: number[] = [];
    const resend = createResendClient({
      apiKey: KEY,
      baseUrl: 'https://api.resend.test',
      fetch: downOnce(),
      rateLimit,
      retry: { baseDelayMs: 1, maxDelayMs: 1 },
    });
    // A listener that holds the thread, as an exporter or a loaded event loop can: that time was
    // spent before the slot was asked for, so it is no wait for one.
    resend.on('retry', () => {
      const until = performance.now() + 5;
      while (performance.now() < until);
    });
    resend.on('rate_limit_wait', (e) => waits.push(e.waitMs));
    const { data } = await resend.emails.send(email);
    expect(data?.id).toBeDefined();
    expect(waits).toEqual([]);
  });

  it('tells hooks and on() listeners of requests, responses, retries, waits and errors; a throwing listener changes nothing', async () => {
    const seen: string[] = [];
    const resend = createResendClient({
      apiKey: KEY,
      baseUrl: 'https://api.resend.test',
      fetch: downOnce(),
      rateLimit: { limit: 1, windowMs: 30 },
      retry: { baseDelayMs: 1, maxDelayMs: 1 },
      hooks: { retry: (e) => seen.push(`retry ${e.operation} ${e.attempt} ${e.reason} ${e.status}`) },
    });
    const stop = resend.on('response', (e) => seen.push(`response ${e.route} ${e.attempt} ${e.status}`));
    resend.on('error', (e) => seen.push(`error ${e.name} ${e.attempts}`));
    resend.on('rate_limit_wait', (e) => seen.push(`wait ${e.lane}`));
    resend.on('request', () => {
      throw new Error('a broken listener');
    });
    const { data } = await resend.emails.send(email);
    expect(data?.id).toBeDefined();
    stop();
    await resend.emails.get('missing');
    expect(seen).toContain('retry emails.send 2 server_error 503');
    expect(seen).toContain('response /emails 1 503');
    expect(seen).toContain('response /emails 2 200');
    expect(seen).toContain('wait interactive');
    expect(seen).toContain('error not_found 1');
    expect(seen.filter((s) => s.startsWith('response'))).toHaveLength(2);
    expect(() => resend.on('nope' as never, () => undefined)).toThrow(/event must be one of/);
  });

  it('an async listener or logger that rejects changes nothing and leaves no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const note = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', note);
    const rejecting = async () => {
      throw new Error('a broken async observer');
    };
    try {
      const resend = loggedRetry(
        { error: rejecting, warn: rejecting, info: rejecting, debug: rejecting },
        { hooks: { request: rejecting, response: rejecting, retry: rejecting, error: rejecting } },
      );
      const { data } = await resend.emails.send(email);
      expect(data?.id).toMatch(/^e-/);
      const { error } = await resend.emails.get('missing');
      expect(error).toMatchObject({ name: 'not_found' });
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      process.off('unhandledRejection', note);
    }
    expect(unhandled).toEqual([]);
  });

  it('refuses unusable telemetry options at construction with invalid_option', () => {
    const base = { apiKey: KEY, baseUrl: 'https://api.resend.test' };
    expect(() => createResendClient({ ...base, logLevel: 'verbose' as never })).toThrow(/logLevel must be one of/);
    expect(() => createResendClient({ ...base, logLevel: 5 as never })).toThrow(/logLevel must be one of .* \(got 5\)/);
    // An object with no toString (String() of it throws) is named by its kind, not a TypeError.
    expect(() => createResendClient({ ...base, logLevel: Object.create(null) })).toThrow(
      /logLevel must be one of .* \(got object\)/,
    );
    expect(() => createResendClient({ ...base }).on(Object.create(null), () => undefined)).toThrow(
      /on\(object\): the event must be one of/,
    );
    expect(() => createResendClient({ ...base, logger: {} as never })).toThrow(/logger must have/);
    expect(() => createResendClient({ ...base, hooks: { send: () => undefined } as never })).toThrow(
      /hooks.send is not an event/,
    );
    expect(() => createResendClient({ ...base, telemetry: 'yes' as never })).toThrow(/telemetry must be/);
  });
});
