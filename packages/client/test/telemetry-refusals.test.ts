/**
 * Calls an endpoint method refuses itself (a body that is not an object, both spellings of an option,
 * `react` with `html` or a `react` that fails to render, IDs given twice or in the wrong place) are
 * observed as any call refused before sending: one span ended with error status and a refused event,
 * one `error` event to listeners, one error line in the log; nothing sent, and no key anywhere.
 */
import { context, metrics, trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { createElement } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { type ResendClient, createResendClient, resetSharedRateLimiters } from './api.js';

const KEY = 're_refusal_telemetry_key_0123456789';
const ADDRESS = 'ada.lovelace@acme-customer.dev';
const email = { from: 'Acme <news@acme.dev>', to: ADDRESS, subject: 'Hi', text: 'Hello Ada' };

const exporter = new InMemorySpanExporter();
const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });

beforeEach(() => {
  exporter.reset();
  resetSharedRateLimiters();
});

function Broken(): never {
  throw new Error('template bug');
}

/** A client with every sink on (spans, every event, a debug logger) and a fetch that records what reaches it. */
function observedClient() {
  const sent: string[] = [];
  const events: [string, Record<string, unknown>][] = [];
  const lines: string[] = [];
  const log = (level: string) => (line: string) => void lines.push(`${level} ${line}`);
  const resend = createResendClient({
    apiKey: KEY,
    baseUrl: 'https://api.resend.test',
    rateLimit: false,
    fetch: async (request) => {
      sent.push(`${request.method} ${new URL(request.url).pathname}`);
      return new Response('{"id":"e-1"}', { status: 200, headers: { 'content-type': 'application/json' } });
    },
    telemetry: { tracerProvider, api: { trace, context, metrics } },
    logLevel: 'debug',
    logger: { error: log('E'), warn: log('W'), info: log('I'), debug: log('D') },
  });
  for (const name of ['request', 'response', 'retry', 'rate_limit_wait', 'error'] as const)
    resend.on(name, (event) => void events.push([name, event as unknown as Record<string, unknown>]));
  return { resend, sent, events, lines };
}

/** What `call` left in every sink, with the refusal's name and the durations made comparable. */
async function observe(call: (resend: ResendClient) => Promise<{ error?: { name: string } }>) {
  exporter.reset();
  const { resend, sent, events, lines } = observedClient();
  const { error } = await call(resend);
  const name = error?.name ?? 'none';
  const spans = exporter.getFinishedSpans().map((span) => ({
    name: span.name,
    kind: span.kind,
    status: span.status,
    attributes: span.attributes,
    events: span.events.map((event) => [event.name, event.attributes]),
  }));
  const text = JSON.stringify([spans, events, lines]);
  for (const secret of [KEY, ADDRESS, 'Hello Ada']) expect(text).not.toContain(secret);
  const same = (value: unknown) => JSON.parse(JSON.stringify(value).replaceAll(name, '<refusal>')) as unknown;
  for (const [, event] of events) if ('durationMs' in event) expect(event.durationMs).toEqual(expect.any(Number));
  const timed = events.map(([kind, event]) => [kind, 'durationMs' in event ? { ...event, durationMs: 'N' } : event]);
  const timeless = lines.map((line) => line.replace(/in \d+ ms/, 'in N ms'));
  return { name, sent, spans: same(spans), events: same(timed), lines: same(timeless) };
}

type Untyped = Record<string, Record<string, (...args: unknown[]) => Promise<{ error?: { name: string } }>>>;
const untyped = (resend: ResendClient) => resend as unknown as Untyped;
const nested = (resend: ResendClient, group: string, sub: string) =>
  (resend as unknown as Record<string, Untyped>)[group]![sub]!;

/** Each way an endpoint method refuses a call itself: the call, its error's name, its route and operation. */
const REFUSALS: [string, (resend: ResendClient) => Promise<{ error?: { name: string } }>, string, string, string][] = [
  [
    'a body that is not an object',
    (r) => untyped(r).emails!.send!(null),
    'invalid_option',
    'POST /emails',
    'emails.send',
  ],
  [
    "both spellings of a body's option",
    (r) => r.emails.send({ ...email, replyTo: 'a@acme.dev', reply_to: 'b@acme.dev' } as never),
    'invalid_option',
    'POST /emails',
    'emails.send',
  ],
  [
    "both spellings of a query's option",
    (r) => untyped(r).contacts!.list!({ segmentId: 'seg_1', segment_id: 'seg_1' }),
    'invalid_option',
    'GET /contacts',
    'contacts.list',
  ],
  [
    'react together with html',
    (r) => r.emails.send({ ...email, html: '<p>Hi</p>', react: createElement('p') } as never),
    'invalid_option',
    'POST /emails',
    'emails.send',
  ],
  [
    'a react element that fails to render',
    (r) => r.emails.send({ ...email, react: createElement(Broken) } as never),
    'react_render_failed',
    'POST /emails',
    'emails.send',
  ],
  [
    'a batch item whose react fails to render',
    (r) => r.batch.send([email, { ...email, react: createElement(Broken) }] as never),
    'react_render_failed',
    'POST /emails/batch',
    'batch.send',
  ],
  [
    'a path ID given under both its keys',
    (r) => nested(r, 'automations', 'runs').get!({ automationId: 'au_1', automation_id: 'au_1', runId: 'run_1' }),
    'invalid_option',
    'GET /automations/{automation_id}/runs/{run_id}',
    'automations.runs.get',
  ],
  [
    'a positional ID with an ID key in the body',
    (r) => untyped(r).emails!.update!('em_1', { id: 'em_2', scheduledAt: 'in 1 hour' }),
    'invalid_option',
    'PATCH /emails/{email_id}',
    'emails.update',
  ],
  [
    "a body given apart from the IDs of the SDK's form",
    (r) => nested(r, 'inboxes', 'threads').update!({ inboxId: 'inb_1', threadId: 'th_1' }, { read: true }),
    'invalid_option',
    'PATCH /inboxes/{inbox_id}/threads/{thread_id}',
    'inboxes.threads.update',
  ],
  [
    'fields on a call that takes only IDs',
    (r) => untyped(r).contacts!.get!({ id: 'c_1', firstName: 'Ada' }),
    'invalid_option',
    'GET /contacts/{id}',
    'contacts.get',
  ],
];

describe('a call an endpoint method refuses itself', () => {
  it.each(REFUSALS)('is observed once, as a refused call, for %s', async (_what, call, name, route, operation) => {
    const seen = await observe(call);
    expect(seen.name).toBe(name);
    expect(seen.sent).toEqual([]);
    const [method, template] = route.split(' ') as [string, string];
    expect(seen.spans).toEqual([
      {
        name: route,
        kind: 2,
        status: { code: 2, message: '<refusal>' },
        attributes: {
          'http.request.method': method,
          'server.address': 'api.resend.test',
          'server.port': 443,
          'url.template': template,
          'resend.operation': operation,
          'error.type': '<refusal>',
          'resend.attempts': 0,
        },
        events: [['resendkit.refused', { 'resendkit.reason': '<refusal>' }]],
      },
    ]);
    expect(seen.events).toEqual([
      [
        'error',
        {
          method,
          route: template,
          operation,
          name: '<refusal>',
          statusCode: null,
          attempts: 0,
          durationMs: 'N',
        },
      ],
    ]);
    expect(seen.lines).toEqual([`E resendkit: ${route} failed: <refusal> (no status) in N ms, 0 attempts`]);
  });

  it('leaves the same span, event and log line as a call the client refuses further down', async () => {
    // A per-call header with a line break is refused by the call guard, beneath the method.
    const below = await observe((r) => r.emails.send(email, { headers: { 'x-note': 'a\nb' } }));
    expect(below.name).toBe('invalid_header');
    const own = await observe((r) => untyped(r).emails!.send!('not a body'));
    expect(own.name).toBe('invalid_option');
    expect({ ...own, name: undefined }).toEqual({ ...below, name: undefined });
  });

  it('still resolves its refusal with the request named, and with no sink at all', async () => {
    const sent: string[] = [];
    const resend = createResendClient({
      apiKey: KEY,
      baseUrl: 'https://api.resend.test',
      rateLimit: false,
      fetch: async (request) => {
        sent.push(request.url);
        return new Response('{}');
      },
    });
    const result = await nested(resend, 'automations', 'runs').get!({
      automationId: 'au_1',
      automation_id: 'au_1',
      runId: 'run_1',
    });
    expect(result).toMatchObject({
      error: { name: 'invalid_option', statusCode: null },
      request: { method: 'GET', path: '/automations/{automation_id}/runs/{run_id}' },
    });
    expect((result as unknown as { response: Response }).response.status).toBe(400);
    expect(sent).toEqual([]);
  });

  it('is observed even when its call options are unusable, which a refused call never reads', async () => {
    const seen = await observe((r) => untyped(r).emails!.send!(null, { priority: 'urgent' }));
    expect(seen.name).toBe('invalid_option');
    expect(seen.sent).toEqual([]);
    expect(seen.lines).toHaveLength(1);
  });
});

describe('the inbound helpers', () => {
  it('are observed through the calls they make, each once: a download that fails is no call of its own', async () => {
    const { resend, events, lines } = observedClient();
    const result = await resend.emails.receiving.raw('rcv_1');
    // The fake answers the get without raw content: the helper resolves download_failed itself.
    expect(result.error).toMatchObject({ name: 'download_failed' });
    expect(exporter.getFinishedSpans().map((span) => span.name)).toEqual(['GET /emails/receiving/{email_id}']);
    expect(events.filter(([name]) => name === 'error')).toEqual([]);
    expect(lines.filter((line) => line.startsWith('E '))).toEqual([]);
  });
});
