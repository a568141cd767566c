/** Observe: counts the request and records it in the request log (the inbox reads it). */
import { observeRequest } from '../../inbox/observe.js';
import type { Stage } from '../exchange.js';
import type { FakeRuntime } from '../runtime.js';

export function observeStage(runtime: FakeRuntime): Stage {
  return (exchange, next) =>
    observeRequest(runtime.state.requests, exchange.request, runtime.now, exchange.note, () => {
      runtime.state.counters.requests++;
      return next();
    });
}
