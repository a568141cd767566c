/**
 * Idempotency: a repeated key replays the stored answer; a fresh one stores what the operation
 * answered (`exchange.stored`), or releases the key when it did not complete.
 */
import { answer, type Exchange, type Stage } from '../exchange.js';
import type { FakeRuntime } from '../runtime.js';

/**
 * What a key stands for: the body and, where the operation takes it, the `x-batch-validation` mode
 * (absent is `strict`). The mode changes what a batch does (all or nothing, or the valid emails and
 * an `errors` list), so reusing a key with the other one is a different request (409), not a replay.
 */
function keyedRequest(exchange: Exchange): unknown {
  const declared = exchange.operation!.parameters.some((p) => p.in === 'header' && p.name === 'x-batch-validation');
  if (!declared) return exchange.body;
  return [exchange.body, exchange.request.headers.get('x-batch-validation') ?? 'strict'];
}

export function idempotencyStage(runtime: FakeRuntime): Stage {
  return async (exchange, next) => {
    const { operation, request, method, pathname } = exchange;
    const key = operation!.idempotent ? request.headers.get('idempotency-key') : null;
    const idem = runtime.idempotency.begin(key, method, pathname, keyedRequest(exchange), runtime.now());
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
