/**
 * How the client's spans compose with `@opentelemetry/instrumentation-undici` on Node: the Node path
 * dispatches on the same undici that instrumentation watches, and each attempt runs with the call's
 * span active, so the undici span is a child of the client's span (no orphan, one per attempt).
 */
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResendClient, resetSharedRateLimiters } from './api.js';
import { json, serve } from './local-server.js';

const exporter = new InMemorySpanExporter();
const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const instrumentation = new UndiciInstrumentation();

beforeAll(() => {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  instrumentation.setTracerProvider(tracerProvider);
  instrumentation.enable();
});
afterAll(() => {
  instrumentation.disable();
  context.disable();
  resetSharedRateLimiters();
});

describe('with @opentelemetry/instrumentation-undici', () => {
  it("nests one undici span per attempt under the client's span on the Node path", async () => {
    let answers = 0;
    const { url } = await serve((_req, res) =>
      ++answers === 1
        ? json(res, 503, { name: 'application_error', message: 'Down.', statusCode: 503 })
        : json(res, 200, { id: 'e-1' }),
    );
    const resend = createResendClient({
      apiKey: 're_undici_instrumentation_key',
      baseUrl: url,
      rateLimit: false,
      retry: { baseDelayMs: 1, maxDelayMs: 1 },
      telemetry: {
        tracerProvider,
        api: {
          trace,
          context,
          metrics: {
            getMeterProvider: () => ({ getMeter: () => ({ createHistogram: () => ({}), createCounter: () => ({}) }) }),
          },
        },
      },
    });
    expect(resend.transport).toBe('node');
    const { data } = await resend.emails.send({
      from: 'Acme <hi@acme.dev>',
      to: 'delivered@resend.dev',
      subject: 'Hi',
      text: 'Hello',
    });
    expect(data).toEqual({ id: 'e-1' });
    const spans = exporter.getFinishedSpans();
    const client = spans.find((s) => s.name === 'POST /emails')!;
    const undici = spans.filter((s) => s !== client);
    expect(client.attributes['resend.attempts']).toBe(2);
    expect(undici).toHaveLength(2);
    for (const span of undici) {
      expect(span.parentSpanContext?.spanId).toBe(client.spanContext().spanId);
      expect(span.spanContext().traceId).toBe(client.spanContext().traceId);
    }
  });
});
