/**
 * OpenTelemetry providers that record nothing, for the row measuring what the client's telemetry
 * costs when it is on but nothing listens (the bench carries no OpenTelemetry SDK of its own).
 */
import type { TelemetryOptions } from '@resendkit/client';

// Like the API's own no-op span: it says it records nothing.
const span = {
  isRecording: () => false,
  setAttribute: () => span,
  addEvent: () => span,
  setStatus: () => span,
  end: () => undefined,
};
const instrument = { record: () => undefined, add: () => undefined };
const tracerProvider = { getTracer: () => ({ startSpan: () => span }) };
const meterProvider = { getMeter: () => ({ createHistogram: () => instrument, createCounter: () => instrument }) };

/** `telemetry` options whose providers, and API, do nothing. */
export function noopTelemetry(): TelemetryOptions {
  return {
    tracerProvider,
    meterProvider,
    api: {
      trace: { getTracerProvider: () => tracerProvider, setSpan: (context) => context },
      metrics: { getMeterProvider: () => meterProvider },
      context: { active: () => ({}), with: (_context, fn) => fn() },
    },
  };
}
