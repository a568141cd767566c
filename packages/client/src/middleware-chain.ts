/**
 * Several `onRequest` middlewares run as one. openapi-fetch awaits each middleware's hook in turn
 * (a context object and a turn of the microtask queue each); the client's own request checks are
 * synchronous, so it registers them as one.
 */
import type { Middleware } from 'openapi-fetch';
import { PlainRequest } from './plain-request.js';

type OnRequest = NonNullable<Middleware['onRequest']>;
type RequestContext = Parameters<OnRequest>[0];

/**
 * One middleware whose `onRequest` runs each given `onRequest` in order, as openapi-fetch would: a
 * returned request replaces the request for those after it, a returned `Response` ends the chain
 * (nothing is sent), and anything else returned throws.
 */
export function chainOnRequest(middlewares: Middleware[]): Middleware {
  const hooks = middlewares.flatMap((m) => (m.onRequest ? [m.onRequest.bind(m)] : []));
  return {
    async onRequest(context) {
      let request = context.request;
      for (const hook of hooks) {
        let result = hook(request === context.request ? context : ({ ...context, request } as RequestContext));
        if (result && typeof (result as Promise<unknown>).then === 'function') result = await result;
        if (!result) continue;
        if (result instanceof Response) return result;
        if (!(result instanceof PlainRequest)) throw new Error('onRequest: must return new Request() or Response() when modifying the request');
        request = result as Request;
      }
      return request === context.request ? undefined : request;
    },
  };
}
