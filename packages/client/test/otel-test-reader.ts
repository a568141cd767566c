/**
 * What the telemetry tests share: a metric reader with cumulative points, collected on demand with
 * `collect()`, and {@link useTestTelemetry}, the SDK providers each test starts afresh with.
 */
import { context, trace } from '@opentelemetry/api';
import { AggregationTemporality, MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { beforeEach } from 'vitest';
import { type TelemetryOptions, resetSharedRateLimiters } from './api.js';

export class TestReader extends MetricReader {
  constructor() {
    super({ aggregationTemporalitySelector: () => AggregationTemporality.CUMULATIVE });
  }
  protected override async onForceFlush(): Promise<void> {}
  protected override async onShutdown(): Promise<void> {}

  /** The metric named `name` as collected now, if any. */
  async metric(name: string) {
    const { resourceMetrics } = await this.collect();
    return resourceMetrics.scopeMetrics.flatMap((s) => s.metrics).find((m) => m.descriptor.name === name);
  }

  /** `resendkit.emails` by outcome. */
  async emailCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const point of (await this.metric('resendkit.emails'))?.dataPoints ?? []) {
      const outcome = String(point.attributes['resendkit.outcome']);
      counts[outcome] = (counts[outcome] ?? 0) + Number(point.value);
    }
    return counts;
  }
}

/** The OpenTelemetry SDK's providers over an in-memory exporter and a {@link TestReader}, for one test file. */
export interface TestTelemetry {
  readonly exporter: InMemorySpanExporter;
  readonly tracerProvider: BasicTracerProvider;
  /** A reader per test: each reads only its own points. */
  reader: TestReader;
  meterProvider: MeterProvider;
  /** The client's `telemetry` option over these providers, with `@opentelemetry/api` given (the test's meter provider). */
  options(): TelemetryOptions;
}

/** Providers for the tests of a file: spans cleared, and a new reader and meter provider, before each. */
export function useTestTelemetry(): TestTelemetry {
  const exporter = new InMemorySpanExporter();
  const reader = new TestReader();
  const otel: TestTelemetry = {
    exporter,
    tracerProvider: new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
    reader,
    meterProvider: new MeterProvider({ readers: [reader] }),
    options: () => ({
      tracerProvider: otel.tracerProvider,
      meterProvider: otel.meterProvider,
      api: { trace, context, metrics: { getMeterProvider: () => otel.meterProvider } },
    }),
  };
  beforeEach(() => {
    exporter.reset();
    resetSharedRateLimiters();
    otel.reader = new TestReader();
    otel.meterProvider = new MeterProvider({ readers: [otel.reader] });
  });
  return otel;
}
