/** A metric reader for tests: cumulative points, collected on demand with `collect()`. */
import { AggregationTemporality, MetricReader } from '@opentelemetry/sdk-metrics';

export class TestReader extends MetricReader {
  constructor() {
    super({ aggregationTemporalitySelector: () => AggregationTemporality.CUMULATIVE });
  }
  protected override async onForceFlush(): Promise<void> {}
  protected override async onShutdown(): Promise<void> {}
}
