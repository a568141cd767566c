/** A metric reader for tests: cumulative points, collected on demand with `collect()`, and the reads the telemetry tests share. */
import { AggregationTemporality, MetricReader } from '@opentelemetry/sdk-metrics';

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
