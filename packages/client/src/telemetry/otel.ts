/**
 * OpenTelemetry: one CLIENT span per call named by its route template, with the HTTP client semantic
 * conventions, span events for what only the client knows (rate-limit waits, retries, refusals),
 * a parent span per bulk run, and four metrics. `@opentelemetry/api` is an optional peer, loaded
 * only when telemetry is on; the providers are the global ones unless given.
 */
import { VERSION } from '../version.js';
import type { CallTrace, RunTrace, Sink } from './trace.js';
import { isQuotaErrorName } from '../send-all-quota.js';

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
  /** False for a span that records nothing (OpenTelemetry's no-op or an unsampled span). */
  isRecording?(): boolean;
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
/** The attributes of a sent email's count, made once (OpenTelemetry copies attributes it keeps). */
const SENT = Object.freeze({ 'resendkit.outcome': 'sent' });
const STATUS_ERROR = 2;
/** Performance-clock ms to the epoch ms OpenTelemetry takes as a time. */
const epoch = (at: number) => performance.timeOrigin + at;
const seconds = (ms: number) => ms / 1000;

/** The four instruments, made once per sink. */
interface Instruments {
  duration: InstrumentLike;
  waits: InstrumentLike;
  emails: InstrumentLike;
  retries: InstrumentLike;
}

/**
 * Bucket bounds for durations in seconds, as OpenTelemetry's HTTP conventions advise: the SDK's
 * default bounds (0, 5, 10, 25 …) are made for milliseconds and put nearly every call in one bucket.
 */
const SECONDS = {
  explicitBucketBoundaries: [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10],
};

function instruments(meter: ReturnType<MeterProviderLike['getMeter']>): Instruments {
  return {
    duration: meter.createHistogram('http.client.request.duration', {
      unit: 's',
      description: 'Duration of Resend API calls, retries and waits included.',
      advice: SECONDS,
    }),
    waits: meter.createHistogram('resendkit.rate_limit.wait', {
      unit: 's',
      description: 'Time a call waited for a rate-limit slot.',
      advice: SECONDS,
    }),
    emails: meter.createCounter('resendkit.emails', {
      unit: '{email}',
      description: 'Emails by outcome: sent, failed, not_sent.',
    }),
    retries: meter.createCounter('resendkit.retries', {
      unit: '{retry}',
      description: 'Attempts repeated, by reason.',
    }),
  };
}

/** Instruments that record nothing: those of a meter provider that threw. */
const NO_INSTRUMENTS: Instruments = { duration: {}, waits: {}, emails: {}, retries: {} };

/** What the sink's steps share: the API, the tracer (none when its provider threw), the instruments and the options. */
interface Otel {
  api: OtelApi;
  tracer: ReturnType<TracerProviderLike['getTracer']> | undefined;
  meters: Instruments;
  options: TelemetryOptions;
}

/** The HTTP client semantic-convention attributes of a call (and its outcome, once it has one). */
function callAttributes(call: CallTrace, withOutcome: boolean): Record<string, string | number> {
  const attributes: Record<string, string | number> = {
    'http.request.method': call.method,
    'server.address': call.server.address,
    'server.port': call.server.port,
    'url.template': call.route,
  };
  if (!withOutcome) return attributes;
  const error = call.outcome?.error;
  const status = error ? error.statusCode : (call.outcome?.status ?? null);
  if (status !== null) attributes['http.response.status_code'] = status;
  if (error) attributes['error.type'] = error.name;
  return attributes;
}

function startCall(o: Otel, call: CallTrace): void {
  if (!o.tracer) return;
  const parent = call.parent && (call.parent.span as SpanLike | undefined);
  const context = parent ? o.api.trace.setSpan(o.api.context.active(), parent) : o.api.context.active();
  const attributes = callAttributes(call, false);
  if (call.operation) attributes['resend.operation'] = call.operation;
  const options = { kind: SPAN_KIND_CLIENT, attributes, startTime: epoch(call.startedAt) };
  const span = o.tracer.startSpan(`${call.method} ${call.route}`, options, context);
  // A span that records nothing (the API's no-op, or a sampler's "drop") is not kept: its events and
  // outcome are not worked out for nothing, as OpenTelemetry's own instrumentations do.
  if (span.isRecording?.() !== false) call.span = span;
}

/** Adds the outcome's attributes to the call's span and ends it, also when a method of the span throws. */
function endSpan(o: Otel, call: CallTrace, span: SpanLike, attributes: Record<string, string | number>): void {
  const outcome = call.outcome ?? { status: null };
  const error = outcome.error;
  try {
    // The request's attributes were given when the span started; the outcome's are added now.
    const status = attributes['http.response.status_code'];
    if (status !== undefined) span.setAttribute('http.response.status_code', status);
    if (error) span.setAttribute('error.type', error.name);
    span.setAttribute('resend.attempts', call.attempts);
    // The HTTP client conventions require the resend count once a request went again (a call's last
    // attempt is its resend number attempts - 1).
    if (call.attempts > 1) span.setAttribute('http.request.resend_count', call.attempts - 1);
    if (outcome.replayed) span.setAttribute('resend.idempotency_replayed', true);
    if (outcome.emailId !== undefined && o.options.recordEmailId) span.setAttribute('resend.email_id', outcome.emailId);
    if (error && call.attempts === 0) span.addEvent('resendkit.refused', { 'resendkit.reason': error.name });
    if (error) span.setStatus({ code: STATUS_ERROR, message: error.name });
  } finally {
    // A span never ended is never exported, and a processor may hold it for good.
    span.end(epoch(call.endedAt));
  }
}

/** The call's duration, and its emails by outcome (those an accepted permissive batch refused as failed). */
function countCall(o: Otel, call: CallTrace, attributes: Record<string, string | number>): void {
  o.meters.duration.record?.(seconds(call.endedAt - call.startedAt), attributes);
  const error = call.outcome?.error;
  // A run settles its quota refusals itself: not_sent at its end, or sent once requested after the
  // reset. Counted here too, each such email was counted twice.
  if (call.emails === 0 || (call.parent && isQuotaErrorName(error?.name))) return;
  const failed = call.failed;
  if (failed > 0)
    o.meters.emails.add?.(failed, { 'resendkit.outcome': 'failed', 'error.type': error?.name ?? 'validation_error' });
  if (call.emails > failed) o.meters.emails.add?.(call.emails - failed, SENT);
}

function endCall(o: Otel, call: CallTrace): void {
  const span = call.span as SpanLike | undefined;
  const attributes = callAttributes(call, true);
  try {
    if (span) endSpan(o, call, span, attributes);
  } finally {
    // Measured also when the span's methods threw: one broken part of a provider takes only itself away.
    countCall(o, call, attributes);
  }
}

/**
 * Runs `attempt` with `span` as the active one. A context manager that throws must not fail the
 * send: the attempt then runs outside the span. Once the attempt was called it is never called
 * again (that would send it twice): a throw after it returned gives its own result, and the attempt's
 * own throw is passed on.
 */
function inSpan<T>(api: OtelApi, span: SpanLike | undefined, attempt: () => T): T {
  if (!span) return attempt();
  let called = false;
  let result: { value: T } | undefined;
  const run = () => {
    called = true;
    return (result = { value: attempt() }).value;
  };
  try {
    return api.context.with(api.trace.setSpan(api.context.active(), span), run);
  } catch (error) {
    if (!called) return attempt();
    if (result) return result.value;
    throw error;
  }
}

function runPhase(o: Otel, run: RunTrace, phase: 'start' | 'progress' | 'end'): void {
  if (phase === 'start') {
    if (!o.tracer) return;
    // INTERNAL (0): a run serves no request; SERVER (1) made it look like one, an entry point of the trace.
    const options = {
      kind: 0,
      attributes: { 'resendkit.run': run.name, 'resendkit.total': run.total },
      startTime: epoch(run.startedAt),
    };
    run.span = o.tracer.startSpan(`resendkit ${run.name}`, options, o.api.context.active());
    return;
  }
  const span = run.span as SpanLike | undefined;
  const counts = { 'resendkit.sent': run.sent, 'resendkit.failed': run.failed, 'resendkit.not_sent': run.notSent };
  if (phase === 'progress') return void span?.addEvent('resendkit.progress', counts);
  if (run.notSent > 0) o.meters.emails.add?.(run.notSent, { 'resendkit.outcome': 'not_sent' });
  for (const [key, value] of Object.entries(counts)) span?.setAttribute(key, value);
  span?.end();
}

/**
 * The OpenTelemetry sink over `api` and the providers. A provider that throws takes only its own
 * part away (a tracer provider the spans, a meter provider the metrics), as the README promises; it
 * is no failure to load `@opentelemetry/api`, which would turn all of it off with a warning blaming
 * the package.
 */
export function otelSink(api: OtelApi, options: TelemetryOptions): Sink {
  const tracerProvider = options.tracerProvider ?? api.trace.getTracerProvider();
  const meterProvider = options.meterProvider ?? api.metrics.getMeterProvider();
  const o: Otel = { api, tracer: undefined, meters: NO_INSTRUMENTS, options };
  try {
    o.tracer = tracerProvider.getTracer('@resendkit/client', VERSION);
  } catch {
    // No spans; the metrics stay.
  }
  try {
    o.meters = instruments(meterProvider.getMeter('@resendkit/client', VERSION));
  } catch {
    // No metrics; the spans stay.
  }
  return {
    start: (call) => startCall(o, call),
    waited(call, waitMs, lane) {
      (call.span as SpanLike | undefined)?.addEvent('resendkit.rate_limit.wait', {
        'resendkit.wait_ms': Math.round(waitMs),
        'resendkit.lane': lane,
      });
      o.meters.waits.record?.(seconds(waitMs), { 'url.template': call.route, 'resendkit.lane': lane });
    },
    retry(call, attempt, reason, status, delayMs) {
      const attributes: Record<string, string | number> = {
        'resendkit.attempt': attempt,
        'resendkit.reason': reason,
        'resendkit.delay_ms': Math.round(delayMs),
      };
      if (status !== null) attributes['http.response.status_code'] = status;
      (call.span as SpanLike | undefined)?.addEvent('resendkit.retry', attributes);
      o.meters.retries.add?.(1, { 'resendkit.reason': reason, 'url.template': call.route });
    },
    wrap: (call, attempt) => inSpan(api, call.span as SpanLike | undefined, attempt),
    end: (call) => endCall(o, call),
    run: (run, phase) => runPhase(o, run, phase),
  };
}
