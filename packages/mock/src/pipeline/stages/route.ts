/**
 * Gate: routing. The match is found first (auth needs to know whether the operation is public); an
 * unknown path or method is answered only after auth and the rate limit, as Resend does.
 */
import { ApiError } from '../../api-error.js';
import type { Stage } from '../exchange.js';
import type { FakeRuntime } from '../runtime.js';

/** Finds the operation for the method and path. */
export function matchRouteStage(runtime: FakeRuntime): Stage {
  return (exchange, next) => {
    exchange.match = runtime.routing().router.match(exchange.method, exchange.pathname);
    return next();
  };
}

/** Answers 404/405 for a request that matched no operation; counts the ones that did. */
export function refuseUnroutedStage(runtime: FakeRuntime): Stage {
  return (exchange, next) => {
    const match = exchange.match;
    if (match?.kind === 'method_not_allowed') {
      exchange.headers = { ...exchange.headers, allow: match.allowed.join(', ') };
      throw new ApiError(405, 'method_not_allowed', `Method ${exchange.method} is not allowed on this path.`);
    }
    if (match?.kind !== 'operation') throw new ApiError(404, 'not_found', 'The requested endpoint does not exist.');
    exchange.operation = match.operation;
    exchange.params = match.params;
    const opKey = `${match.operation.method} ${match.operation.template}`;
    const counts = runtime.state.counters.byOperation;
    counts[opKey] = (counts[opKey] ?? 0) + 1;
    return next();
  };
}
