/**
 * Faults: the seeded plan for this request. Latency first; a cut or a 5xx before anything is
 * processed; or a lost response after the operation completed (its state changes stay).
 */
import { ApiError } from '../../api-error.js';
import { faultErrorName, planFaults } from '../../faults.js';
import { errorOutcome, type Stage } from '../exchange.js';
import type { FakeRuntime } from '../runtime.js';

export function faultStage(runtime: FakeRuntime): Stage {
  return async (exchange, next) => {
    const { counters } = runtime.state;
    const plan = planFaults(runtime.faults, runtime.faultRandom);
    if (plan.latencyMs > 0) {
      const { signal } = exchange.request;
      await runtime.sleep(plan.latencyMs, signal);
      // The caller left during the latency (aborted, hung up, the server closed): nothing to process.
      if (signal?.aborted) return { kind: 'cut' };
    }
    if (plan.before?.kind === 'cut') {
      counters.injectedCuts++;
      return { kind: 'cut' };
    }
    if (plan.before?.kind === 'error') {
      counters.injectedErrors++;
      const { status } = plan.before;
      const error = new ApiError(
        status,
        faultErrorName(status),
        'Injected failure: the fake answered with a server error on purpose.',
      );
      return errorOutcome(error, exchange, exchange.headers ?? {});
    }
    const outcome = await next();
    if (!plan.lost) return outcome;
    counters.lostResponses++;
    if (plan.lost.kind === 'cut') return { kind: 'cut' };
    const error = new ApiError(
      500,
      'application_error',
      'Injected failure: the request was processed but its response was lost.',
    );
    return errorOutcome(error, exchange, exchange.headers ?? {});
  };
}
