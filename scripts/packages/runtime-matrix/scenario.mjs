// The runtime matrix's one scenario: what a user does with the packed packages, step by step.
// Plain ESM with no runtime-specific API, so Node, Bun, Deno, workerd and edge-runtime run the same
// file (the last two from an esbuild bundle). It never throws: it returns a report naming the first
// step that failed, so a cell says *what* broke, not just that its process exited.
import { createResendClient, sendAll } from '@resendkit/client';
import { collect, pages } from '@resendkit/pagination';
import { signWebhook, verifyWebhook } from '@resendkit/webhooks';

const API_KEY = 're_matrix_scenario_1234567890';
const FROM = 'Acme <onboarding@resend.dev>';

/** Throws `message` unless `condition` holds. */
function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Short JSON of a value for a failure message. */
function show(value) {
  try {
    return JSON.stringify(value)?.slice(0, 300) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Multi-byte text: every runtime must decode the answers as UTF-8, whichever way it reads them. */
const SUBJECT = 'matrix: send — Grüße 📧';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The steps, in order; each gets the shared context and may add to it. */
const steps = [
  [
    'create a client',
    (ctx) => {
      ctx.client = createResendClient({
        apiKey: API_KEY,
        ...(ctx.baseUrl ? { baseUrl: ctx.baseUrl } : {}),
        ...(ctx.fetch ? { fetch: ctx.fetch } : {}),
        // The limiter runs (its timers are part of what a runtime must support) but never waits here.
        rateLimit: { limit: 100, windowMs: 1000 },
        userAgent: 'resendkit-matrix/1.0',
      });
    },
  ],
  [
    'send',
    async (ctx) => {
      const { data, error } = await ctx.client.POST('/emails', {
        body: { from: FROM, to: ['delivered@resend.dev'], subject: SUBJECT, html: '<p>one</p>' },
      });
      check(!error && UUID.test(data?.id ?? ''), `POST /emails gave ${show({ data, error })}`);
      ctx.ids.push(data.id);
      ctx.sentId = data.id;
    },
  ],
  [
    'batch',
    async (ctx) => {
      const body = ['a', 'b'].map((n) => ({
        from: FROM,
        to: [`delivered+${n}@resend.dev`],
        subject: `matrix: batch ${n}`,
        text: n,
      }));
      const { data, error } = await ctx.client.POST('/emails/batch', { body });
      check(!error && data?.data?.length === 2, `POST /emails/batch gave ${show({ data, error })}`);
      ctx.ids.push(...data.data.map((e) => e.id));
    },
  ],
  [
    'get',
    async (ctx) => {
      const { data, error } = await ctx.client.GET('/emails/{email_id}', {
        params: { path: { email_id: ctx.sentId } },
      });
      check(
        !error && data?.id === ctx.sentId && data.subject === SUBJECT,
        `GET /emails/{id} gave ${show({ data, error })}`,
      );
    },
  ],
  [
    'user middleware',
    async (ctx) => {
      // openapi-fetch's contract: middleware gets a platform Request and may return a new one built from it.
      const seen = [];
      const middleware = {
        onRequest({ request }) {
          seen.push(request instanceof Request);
          const headers = new Headers(request.headers);
          headers.set('x-matrix', '1');
          return new Request(request, { headers });
        },
      };
      ctx.client.use(middleware);
      try {
        const { data, error } = await ctx.client.GET('/emails/{email_id}', {
          params: { path: { email_id: ctx.sentId } },
        });
        check(
          !error && data?.id === ctx.sentId && seen.length === 1 && seen[0] === true,
          `with a middleware: ${show({ data, error, seen })}`,
        );
      } finally {
        ctx.client.eject(middleware);
      }
    },
  ],
  [
    'events',
    async (ctx) => {
      // The observer runs on every runtime (no Node-only import): a call's events reach a listener.
      const seen = [];
      const stop = ctx.client.on('response', (event) => seen.push(`${event.method} ${event.route} ${event.status}`));
      try {
        const { error } = await ctx.client.GET('/emails/{email_id}', { params: { path: { email_id: ctx.sentId } } });
        check(
          !error && seen.length === 1 && seen[0] === 'GET /emails/{email_id} 200',
          `events: ${show({ error, seen })}`,
        );
      } finally {
        stop();
      }
    },
  ],
  [
    'a 422',
    async (ctx) => {
      const { data, error, response } = await ctx.client.POST('/emails', {
        body: { from: FROM, to: ['delivered@resend.dev'], html: '<p>no subject</p>' },
      });
      check(
        response.status === 422 &&
          error?.statusCode === 422 &&
          typeof error.name === 'string' &&
          error.name !== '' &&
          data === undefined,
        `a send without subject gave status ${response.status} ${show({ data, error })}`,
      );
    },
  ],
  [
    'attachment bytes',
    async (ctx) => {
      // Bytes for an attachment's content are sent as Base64 by whichever encoder the runtime has.
      const bytes = new TextEncoder().encode(SUBJECT);
      const sent = await ctx.client.emails.send({
        from: FROM,
        to: ['delivered@resend.dev'],
        subject: 'matrix: bytes',
        text: 'attached',
        attachments: [{ filename: 'a.txt', content: bytes }],
      });
      check(!sent.error && UUID.test(sent.data?.id ?? ''), `emails.send with bytes gave ${show(sent)}`);
      ctx.ids.push(sent.data.id);
      const { data, error } = await ctx.client.GET('/emails/{email_id}/attachments', {
        params: { path: { email_id: sent.data.id } },
      });
      check(!error && data?.data?.[0]?.size === bytes.length, `its attachments: ${show({ data, error })}`);
    },
  ],
  [
    'sendAll',
    async (ctx) => {
      const emails = [1, 2, 3].map((n) => ({
        from: FROM,
        to: [`delivered+all${n}@resend.dev`],
        subject: `matrix: sendAll ${n}`,
        text: `${n}`,
      }));
      const report = await sendAll(ctx.client, emails, { idempotencyPrefix: 'matrix-scenario' });
      check(
        report.sent === 3 && report.failed === 0 && report.results.every((r) => UUID.test(r.id ?? '')),
        `sendAll reported ${show(report)}`,
      );
      ctx.ids.push(...report.results.map((r) => r.id));
    },
  ],
  [
    'paginate',
    async (ctx) => {
      let pageCount = 0;
      for await (const page of pages(ctx.client, '/emails', { params: { query: { limit: 2 } } })) {
        pageCount++;
        check(page.data.length <= 2, `a page of limit 2 held ${page.data.length} items`);
      }
      const listed = (await collect(ctx.client, '/emails', { params: { query: { limit: 2 } } })).map((e) => e.id);
      const missing = ctx.ids.filter((id) => !listed.includes(id));
      check(
        pageCount >= 3 && missing.length === 0 && new Set(listed).size === listed.length,
        `${pageCount} pages; listed ${show(listed)}; missing ${show(missing)}`,
      );
    },
  ],
  [
    'verify a webhook',
    async (ctx) => {
      const { data, error } = await ctx.client.POST('/webhooks', {
        body: { endpoint: 'https://app.example.com/hooks', events: ['email.delivered'] },
      });
      check(!error && typeof data?.signing_secret === 'string', `POST /webhooks gave ${show({ data, error })}`);
      const secret = data.signing_secret;
      const payload = JSON.stringify({
        type: 'email.delivered',
        created_at: new Date().toISOString(),
        data: { email_id: ctx.sentId, to: ['delivered@resend.dev'] },
      });
      const delivery = new Request('https://app.example.com/hooks', {
        method: 'POST',
        headers: await signWebhook({ payload, secret }),
        body: payload,
      });
      const event = await verifyWebhook({ payload: await delivery.text(), headers: delivery.headers, secret });
      check(
        event.type === 'email.delivered' && event.data.email_id === ctx.sentId,
        `verifyWebhook returned ${show(event)}`,
      );
      const forged = await verifyWebhook({
        payload: payload.replace('delivered@', 'forged@'),
        headers: delivery.headers,
        secret,
      }).then(
        () => 'accepted',
        (e) => e?.code,
      );
      check(forged === 'invalid_signature', `an altered body gave ${show(forged)} instead of invalid_signature`);
    },
  ],
  [
    'react body',
    async (ctx) => {
      // Imported here, so a React that cannot load fails this step by name; the client imports
      // @react-email/render itself, only because a body has `react`.
      const { createElement: h } = await import('react');
      const Welcome = ({ name }) => h('html', null, h('body', null, h('h1', null, `Welcome, ${name}`)));
      const sent = await ctx.client.emails.send({
        from: FROM,
        to: ['delivered+react@resend.dev'],
        subject: 'matrix: react',
        react: h(Welcome, { name: 'Ada' }),
      });
      check(!sent.error && UUID.test(sent.data?.id ?? ''), `emails.send({ react }) gave ${show(sent)}`);
      const stored = await ctx.client.emails.get(sent.data.id);
      check(
        !stored.error && /<h1>Welcome, Ada<\/h1>/.test(stored.data?.html ?? ''),
        `the fake stored ${show(stored.data?.html ?? stored.error)}`,
      );
      const Broken = () => {
        throw new Error('no name given');
      };
      const broken = await ctx.client.emails.send({
        from: FROM,
        to: ['delivered+react@resend.dev'],
        subject: 'matrix: react that throws',
        react: h(Broken),
      });
      check(
        broken.data === undefined &&
          broken.error?.name === 'react_render_failed' &&
          broken.error.message.startsWith('react: ') &&
          broken.error.message.includes('no name given'),
        `a component that throws gave ${show(broken)}`,
      );
    },
  ],
  [
    'telemetry',
    async (ctx) => {
      // The real SDK, with nothing Node-only: spans kept in memory, metrics collected on demand.
      const api = await import('@opentelemetry/api');
      const { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } =
        await import('@opentelemetry/sdk-trace-base');
      const { MeterProvider, MetricReader } = await import('@opentelemetry/sdk-metrics');
      class Reader extends MetricReader {
        async onForceFlush() {}
        async onShutdown() {}
      }
      const exporter = new InMemorySpanExporter();
      const reader = new Reader();
      const client = createResendClient({
        apiKey: API_KEY,
        ...(ctx.baseUrl ? { baseUrl: ctx.baseUrl } : {}),
        ...(ctx.fetch ? { fetch: ctx.fetch } : {}),
        rateLimit: false,
        telemetry: {
          tracerProvider: new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
          meterProvider: new MeterProvider({ readers: [reader] }),
          // A bundle holds no package loaded by a computed name, so it hands over the API (README,
          // Observability); scripts let the client load it, as most apps do.
          ...(ctx.bundled ? { api } : {}),
        },
      });
      const to = 'delivered+telemetry@resend.dev';
      const { data, error } = await client.emails.send({
        from: FROM,
        to: [to],
        subject: 'matrix: telemetry',
        text: 't',
      });
      check(!error && UUID.test(data?.id ?? ''), `emails.send with telemetry gave ${show({ data, error })}`);
      const spans = exporter.getFinishedSpans();
      const attributes = spans[0]?.attributes ?? {};
      check(
        spans.length === 1 &&
          spans[0].name === 'POST /emails' &&
          spans[0].kind === api.SpanKind.CLIENT &&
          attributes['http.request.method'] === 'POST' &&
          attributes['url.template'] === '/emails' &&
          attributes['http.response.status_code'] === 200,
        `spans: ${show(spans.map((s) => ({ name: s.name, kind: s.kind, attributes: s.attributes })))}`,
      );
      const recorded = JSON.stringify(spans.map((s) => [s.name, s.attributes, s.events]));
      check(!recorded.includes(to) && !recorded.includes(data.id), `a span recorded the address or id: ${recorded}`);
      const { resourceMetrics } = await reader.collect();
      const emails = resourceMetrics.scopeMetrics
        .flatMap((scope) => scope.metrics)
        .find((metric) => metric.descriptor.name === 'resendkit.emails');
      const sent = emails?.dataPoints.find((point) => point.attributes['resendkit.outcome'] === 'sent');
      check(sent?.value === 1, `resendkit.emails: ${show(emails?.dataPoints)}`);
    },
  ],
];

/**
 * Runs every step but those named in `skip` against `baseUrl` (a server) or `fetch` (in-process);
 * `bundled` is set in workerd and edge-runtime, whose bundles hold only what is imported by name.
 * Resolves with `{ ok: true, steps }` or `{ ok: false, steps, failed, message }` where `steps` are the
 * ones that passed.
 */
export async function runScenario({ baseUrl, fetch, skip = [], bundled = false } = {}) {
  const ctx = { baseUrl, fetch, bundled, ids: [] };
  const passed = [];
  for (const [name, step] of steps) {
    if (skip.includes(name)) continue;
    try {
      await step(ctx);
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return { ok: false, steps: passed, failed: name, message };
    }
    passed.push(name);
  }
  return { ok: true, steps: passed };
}
