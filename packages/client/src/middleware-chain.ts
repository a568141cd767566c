/**
 * Several `onRequest` middlewares run as one. openapi-fetch awaits each middleware's hook in turn
 * (a context object and a turn of the microtask queue each); the client's own request checks are
 * synchronous, so it registers them as one.
 */
import type { Middleware } from 'openapi-fetch';
import { PlainRequest } from './internal/index.js';

type OnRequest = NonNullable<Middleware['onRequest']>;
type RequestContext = Parameters<OnRequest>[0];

/** What a hook's result makes of the request: a `Response` ends the chain, a request replaces it, nothing keeps it. */
function outcome(result: Request | Response | undefined | void, request: Request): Request | Response {
  if (!result) return request;
  if (result instanceof Response) return result;
  if (!(result instanceof PlainRequest))
    throw new Error('onRequest: must return new Request() or Response() when modifying the request');
  return result as Request;
}

/**
 * One middleware whose `onRequest` runs each given `onRequest` in order, as openapi-fetch would: a
 * returned request replaces the request for those after it, a returned `Response` ends the chain
 * (nothing is sent), and anything else returned throws.
 */
export function chainOnRequest(middlewares: Middleware[]): Middleware {
  const hooks = middlewares.flatMap((m) => (m.onRequest ? [m.onRequest.bind(m)] : []));
  // Synchronous while every hook is (the client's are): no promise of its own for openapi-fetch to await.
  const run = (context: RequestContext, from: number, current: Request): ReturnType<OnRequest> => {
    let request = current;
    for (let i = from; i < hooks.length; i++) {
      const result = (hooks[i] as OnRequest)(
        request === context.request ? context : ({ ...context, request } as RequestContext),
      );
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        return (result as Promise<Request | Response | undefined>).then((settled) => {
          const next = outcome(settled, request);
          return next instanceof Response ? next : run(context, i + 1, next);
        }) as ReturnType<OnRequest>;
      }
      const next = outcome(result as Request | Response | undefined, request);
      if (next instanceof Response) return next;
      request = next;
    }
    return request === context.request ? undefined : request;
  };
  return { onRequest: (context) => run(context, 0, context.request) };
}
