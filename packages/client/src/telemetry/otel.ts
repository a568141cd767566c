/**
 * OpenTelemetry: one CLIENT span per call named by its route template, with the HTTP client semantic
 * conventions, span events for what only the client knows (rate-limit waits, retries, refusals),
 * a parent span per bulk run, and four metrics. `@opentelemetry/api` is an optional peer, loaded
 * only when telemetry is on; the providers are the global ones unless given.
 */
import { VERSION } from '../version.js';
import type { CallTrace, RunTrace, Sink } from './trace.js';

/** The parts of `@opentelemetry/api` used here (any 1.x). */
export interface OtelApi {
  /** `trace` of `@opentelemetry/api`: the global tracer provider, and a context holding a span. */
  trace: {
    /** The global tracer provider. */
    getTracerProvider(): TracerProviderLike;
    /** `context` with `span` as its active span. */
    setSpan(context: unknown, span: SpanLike): unknown;
  };
  /** `metrics` of `@opentelemetry/api`. */
  metrics: {
    /** The global meter provider. */
    getMeterProvider(): MeterProviderLike;
  };
  /** `context` of `@opentelemetry/api`. */
  context: {
    /** The active context. */
    active(): unknown;
    /** Runs `fn` with `context` active. */
    with<T>(context: unknown, fn: () => T): T;
  };
}

/** A span, as far as it is used here. */
export interface SpanLike {
  /** Sets one attribute. */
  setAttribute(key: string, value: string | number | boolean): unknown;
  /** Adds an event. */
  addEvent(name: string, attributes?: Record<string, string | number | boolean>, time?: number): unknown;
  /** Sets the status (`2`: error). */
  setStatus(status: { code: number; message?: string }): unknown;
  /** Ends the span. */
  end(time?: number): void;
}

/** An OpenTelemetry `TracerProvider`. */
export interface TracerProviderLike {
  /** The tracer named `name`. */
  getTracer(
    name: string,
    version?: string,
  ): {
    /** Starts a span. */
    startSpan(name: string, options?: object, context?: unknown): SpanLike;
  };
}

/** A histogram or counter, as far as it is used here. */
export interface InstrumentLike {
  /** Records a value (a histogram). */
  record?(value: number, attributes?: Record<string, string | number>): void;
  /** Adds to the count (a counter). */
  add?(value: number, attributes?: Record<string, string | number>): void;
}

/** An OpenTelemetry `MeterProvider`. */
export interface MeterProviderLike {
  /** The meter named `name`. */
  getMeter(
    name: string,
    version?: string,
  ): {
    /** A histogram instrument. */
    createHistogram(name: string, options?: object): InstrumentLike;
    /** A counter instrument. */
    createCounter(name: string, options?: object): InstrumentLike;
  };
}

/** What `createResendClient({ telemetry })` takes besides `true`. */
export interface TelemetryOptions {
  /** The tracer provider. @defaultValue the global one */
  tracerProvider?: TracerProviderLike;
  /** The meter provider. @defaultValue the global one */
  meterProvider?: MeterProviderLike;
  /** `@opentelemetry/api` itself, for bundled apps (workers) where it cannot be loaded by name. @defaultValue loaded on the first call */
  api?: OtelApi;
  /** Adds the sent email's id (`resend.email_id`) to send spans. Off: no id of an email is recorded by default. */
  recordEmailId?: boolean;
}

const SPAN_KIND_CLIENT = 2;
const STATUS_ERROR = 2;
/** Performance-clock ms to the epoch ms OpenTelemetry takes as a time. */
const epoch = (at: number) => performance.timeOrigin + at;
const seconds = (ms: number) => ms / 1000;

/** The OpenTelemetry sink over `api` and the providers. */
export function otelSink(api: OtelApi, options: TelemetryOptions): Sink {
  const tracer = (options.tracerProvider ?? api.trace.getTracerProvider()).getTracer('@resendkit/client', VERSION);
  const meter = (options.meterProvider ?? api.metrics.getMeterProvider()).getMeter('@resendkit/client', VERSION);
  const duration = meter.createHistogram('http.client.request.duration', {
    unit: 's',
    description: 'Duration of Resend API calls, retries and waits included.',
  });
  const waits = meter.createHistogram('resendkit.rate_limit.wait', {
    unit: 's',
    description: 'Time a call waited for a rate-limit slot.',
  });
  const emails = meter.createCounter('resendkit.emails', {
    unit: '{email}',
    description: 'Emails by outcome: sent, failed, not_sent.',
  });
  const retries = meter.createCounter('resendkit.retries', {
    unit: '{retry}',
    description: 'Attempts repeated, by reason.',
  });
  const spanOf = (owner: CallTrace | RunTrace) => owner.state.get(sink) as SpanLike | undefined;
  const server = (call: CallTrace) => ({ 'server.address': call.server.address, 'server.port': call.server.port });

  const sink: Sink = {
    start(call) {
      const parent = call.parent && spanOf(call.parent);
      const context = parent ? api.trace.setSpan(api.context.active(), parent) : api.context.active();
      const attributes: Record<string, string | number> = {
        'http.request.method': call.method,
        ...server(call),
        'url.template': call.route,
      };
      if (call.operation) attributes['resend.operation'] = call.operation;
      call.state.set(
        sink,
        tracer.startSpan(
          `${call.method} ${call.route}`,
          { kind: SPAN_KIND_CLIENT, attributes, startTime: epoch(call.startedAt) },
          context,
        ),
      );
    },
    waited(call, waitMs, lane) {
      spanOf(call)?.addEvent('resendkit.rate_limit.wait', {
        'resendkit.wait_ms': Math.round(waitMs),
        'resendkit.lane': lane,
      });
      waits.record?.(seconds(waitMs), { 'url.template': call.route, 'resendkit.lane': lane });
    },
    retry(call, attempt, reason, status, delayMs) {
      const attributes: Record<string, string | number> = {
        'resendkit.attempt': attempt,
        'resendkit.reason': reason,
        'resendkit.delay_ms': Math.round(delayMs),
      };
      if (status !== null) attributes['http.response.status_code'] = status;
      spanOf(call)?.addEvent('resendkit.retry', attributes);
      retries.add?.(1, { 'resendkit.reason': reason, 'url.template': call.route });
    },
    wrap(call, attempt) {
      const span = spanOf(call);
      return span ? api.context.with(api.trace.setSpan(api.context.active(), span), attempt) : attempt();
    },
    end(call) {
      const span = spanOf(call);
      const outcome = call.outcome ?? { status: null };
      const error = outcome.error;
      const status = error ? error.statusCode : outcome.status;
      const attributes: Record<string, string | number> = {
        'http.request.method': call.method,
        ...server(call),
        'url.template': call.route,
      };
      if (status !== null) attributes['http.response.status_code'] = status;
      if (error) attributes['error.type'] = error.name;
      if (span) {
        for (const [key, value] of Object.entries(attributes)) span.setAttribute(key, value);
        span.setAttribute('resend.attempts', call.attempts);
        if (outcome.replayed) span.setAttribute('resend.idempotency_replayed', true);
        if (outcome.emailId !== undefined && options.recordEmailId)
          span.setAttribute('resend.email_id', outcome.emailId);
        if (error && call.attempts === 0) span.addEvent('resendkit.refused', { 'resendkit.reason': error.name });
        if (error) span.setStatus({ code: STATUS_ERROR, message: error.name });
        span.end(epoch(call.endedAt));
      }
      duration.record?.(seconds(call.endedAt - call.startedAt), attributes);
      if (call.emails > 0)
        emails.add?.(
          call.emails,
          error ? { 'resendkit.outcome': 'failed', 'error.type': error.name } : { 'resendkit.outcome': 'sent' },
        );
    },
    run(run, phase) {
      if (phase === 'start') {
        const attributes = { 'resendkit.run': run.name, 'resendkit.total': run.total };
        run.state.set(
          sink,
          tracer.startSpan(
            `resendkit ${run.name}`,
            { kind: 1, attributes, startTime: epoch(run.startedAt) },
            api.context.active(),
          ),
        );
        return;
      }
      const span = spanOf(run);
      const counts = { 'resendkit.sent': run.sent, 'resendkit.failed': run.failed, 'resendkit.not_sent': run.notSent };
      if (phase === 'progress') return void span?.addEvent('resendkit.progress', counts);
      if (run.notSent > 0) emails.add?.(run.notSent, { 'resendkit.outcome': 'not_sent' });
      for (const [key, value] of Object.entries(counts)) span?.setAttribute(key, value);
      span?.end();
    },
  };
  return sink;
}
