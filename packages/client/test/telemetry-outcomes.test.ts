/**
 * What telemetry counts and keeps when an answer or a provider is not the plain case: a permissive
 * batch that the API accepted with some emails refused counts those as failed (not sent), in the
 * metric and in its run's progress; a tracer or meter provider that throws takes only itself away;
 * a span whose methods throw is still ended and its call still measured.
 */
import { describe, expect, it } from 'vitest';
import { useTestTelemetry } from './otel-test-reader.js';
import {
  type MeterProviderLike,
  type TelemetryOptions,
  type TracerProviderLike,
  createResendClient,
  sendAll,
} from './api.js';

const email = { from: 'Acme <news@acme.dev>', to: 'ada@acme-customer.dev', subject: 'Hi', text: 'Hello' };
const fiveEmails = Array.from({ length: 5 }, (_, i) => ({ ...email, to: `user${i}@acme-customer.dev` }));

const otel = useTestTelemetry();

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A permissive batch answer refusing the first two emails, as the API lists them in `errors`. */
async function twoRefused(request: Request): Promise<Response> {
  const body = (await request.json()) as unknown[];
  const errors = [0, 1].map((index) => ({ index, message: 'Invalid `to` field.' }));
  return json(200, { data: body.slice(2).map((_, i) => ({ id: `e-${i}` })), errors });
}

function client(fetch: (request: Request) => Promise<Response>, telemetry: Partial<TelemetryOptions> = {}) {
  return createResendClient({
    apiKey: 're_outcomes_test_key_0123456789',
    baseUrl: 'https://api.resend.test',
    fetch,
    rateLimit: false,
    retry: false,
    telemetry: { ...otel.options(), ...telemetry },
  });
}

describe('a permissive batch accepted with some emails refused', () => {
  it('counts the refused emails as failed, not sent, in resendkit.emails', async () => {
    const resend = client(twoRefused);
    const { error } = await resend.batch.send(fiveEmails, { headers: { 'x-batch-validation': 'permissive' } });
    expect(error).toBeUndefined();
    expect(await otel.reader.emailCounts()).toEqual({ sent: 3, failed: 2 });
  });

  it("reports the refused emails as failed in its sendAll run's progress, as the run's report does", async () => {
    const report = await sendAll(client(twoRefused), fiveEmails, { batchValidation: 'permissive' });
    expect(report).toMatchObject({ sent: 3, failed: 2 });
    const run = otel.exporter.getFinishedSpans().find((s) => s.name === 'resendkit sendAll');
    expect(run?.events.map((e) => e.attributes)).toEqual([
      { 'resendkit.sent': 3, 'resendkit.failed': 2, 'resendkit.not_sent': 0 },
    ]);
    expect(await otel.reader.emailCounts()).toEqual({ sent: 3, failed: 2 });
  });
});

describe('a provider that throws', () => {
  const throwingTracer: TracerProviderLike = {
    getTracer() {
      throw new Error('tracer provider broke');
    },
  };
  const throwingMeter: MeterProviderLike = {
    getMeter() {
      throw new Error('meter provider broke');
    },
  };

  it('takes only its own telemetry away: a throwing tracer provider leaves the metrics', async () => {
    const { data } = await client(async () => json(200, { id: 'e-1' }), { tracerProvider: throwingTracer }).emails.send(
      email,
    );
    expect(data).toEqual({ id: 'e-1' });
    expect(await otel.reader.emailCounts()).toEqual({ sent: 1 });
  });

  it('takes only its own telemetry away: a throwing meter provider leaves the spans', async () => {
    const { data } = await client(async () => json(200, { id: 'e-1' }), { meterProvider: throwingMeter }).emails.send(
      email,
    );
    expect(data).toEqual({ id: 'e-1' });
    expect(otel.exporter.getFinishedSpans().map((s) => s.name)).toEqual(['POST /emails']);
  });

  it('is not blamed on @opentelemetry/api in the warning', async () => {
    const warnings: string[] = [];
    const logger = { error() {}, warn: (line: string) => void warnings.push(line), info() {}, debug() {} };
    const resend = createResendClient({
      apiKey: 're_outcomes_test_key_0123456789',
      baseUrl: 'https://api.resend.test',
      fetch: async () => json(200, { id: 'e-1' }),
      rateLimit: false,
      logger,
      telemetry: { ...otel.options(), tracerProvider: throwingTracer, meterProvider: throwingMeter },
    });
    await resend.emails.send(email);
    expect(warnings.join('\n')).not.toContain('could not be loaded');
  });

  it('still ends a span whose setAttribute throws, and still measures its call', async () => {
    let ended = 0;
    const span = {
      setAttribute() {
        throw new Error('span broke');
      },
      addEvent() {},
      setStatus() {},
      end: () => void ended++,
    };
    const brokenSpans: TracerProviderLike = { getTracer: () => ({ startSpan: () => span }) };
    await client(async () => json(200, { id: 'e-1' }), { tracerProvider: brokenSpans }).emails.send(email);
    expect(ended).toBe(1);
    expect(await otel.reader.emailCounts()).toEqual({ sent: 1 });
  });
});
