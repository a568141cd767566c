/** Gate: a request without `User-Agent` is blocked in front of the API (not Resend's JSON error model). */
import { answer, type Stage } from '../exchange.js';
import type { FakeRuntime } from '../runtime.js';

export function userAgentStage(runtime: FakeRuntime): Stage {
  return (exchange, next) => {
    if (exchange.request.headers.get('user-agent')) return next();
    const headers = { 'content-type': 'text/plain; charset=UTF-8', ...(runtime.limiter?.peek(runtime.now()) ?? {}) };
    return Promise.resolve(answer(new Response('error code: 1010', { status: 403, headers })));
  };
}
