/** Gate: the API key (every operation but the spec's public ones). Throws 401/403 `ApiError`s. */
import { isPublic } from '../../spec.js';
import type { Stage } from '../exchange.js';
import type { FakeRuntime } from '../runtime.js';

export function authStage(runtime: FakeRuntime): Stage {
  return (exchange, next) => {
    const { match } = exchange;
    if (match?.kind !== 'operation' || !isPublic(match.operation)) {
      runtime.auth(exchange.request.headers.get('authorization'), exchange.method, exchange.pathname);
    }
    return next();
  };
}
