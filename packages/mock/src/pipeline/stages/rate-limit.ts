/** Gate: the team's rate limit. Sets the `ratelimit-*` headers every later answer carries; 429 when full. */
import { ApiError } from '../../api-error.js';
import type { Stage } from '../exchange.js';
import type { FakeRuntime } from '../runtime.js';

export function rateLimitStage(runtime: FakeRuntime): Stage {
  return (exchange, next) => {
    const decision = runtime.limiter?.take(runtime.now());
    const headers = decision?.headers ?? {};
    exchange.headers = headers;
    if (!decision || decision.allowed) return next();
    runtime.state.counters.rateLimited++;
    const limit = headers['ratelimit-limit'];
    const windowMs = runtime.options.windowMs ?? 1000;
    throw new ApiError(
      429,
      'rate_limit_exceeded',
      `Too many requests: this team may make ${limit} requests per ${windowMs} ms. Wait for \`retry-after\` seconds, then try again.`,
    );
  };
}
