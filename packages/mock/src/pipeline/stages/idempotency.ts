/**
 * Idempotency: a repeated key replays the stored answer; a fresh one stores what the operation
 * answered (`exchange.stored`), or releases the key when it did not complete.
 */
import { answer, type Stage } from '../exchange.js';
import type { FakeRuntime } from '../runtime.js';

export function idempotencyStage(runtime: FakeRuntime): Stage {
  return async (exchange, next) => {
    const { operation, request, method, pathname } = exchange;
    const key = operation!.idempotent ? request.headers.get('idempotency-key') : null;
    const idem = runtime.idempotency.begin(key, method, pathname, exchange.body, runtime.now());
    if (idem.kind === 'replay') {
      runtime.state.counters.idempotentReplays++;
      exchange.note.replayed = true;
      const stored = idem.response;
      return answer(
        new Response(stored.body, { status: stored.status, headers: { ...stored.headers, ...exchange.headers } }),
      );
    }
    if (idem.kind !== 'fresh') return next();
    try {
      const outcome = await next();
      idem.complete(exchange.stored);
      return outcome;
    } catch (error) {
      idem.complete(undefined);
      throw error;
    }
  };
}
