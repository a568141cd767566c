/**
 * Gate: the API key (every operation but the spec's public ones). Throws 401/403 `ApiError`s, and
 * notes the domain a key is limited to for the send routes to check against `from`.
 */
import { isPublic } from '../../spec.js';
import type { Stage } from '../exchange.js';
import type { FakeRuntime } from '../runtime.js';

export function authStage(runtime: FakeRuntime): Stage {
  return (exchange, next) => {
    const { match } = exchange;
    if (match?.kind !== 'operation' || !isPublic(match.operation)) {
      const { domainId } = runtime.auth(
        exchange.request.headers.get('authorization'),
        exchange.method,
        exchange.pathname,
      );
      exchange.keyDomainId = domainId;
    }
    return next();
  };
}
