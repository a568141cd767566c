/**
 * Users' own openapi-fetch middleware, given what openapi-fetch promises it: a platform `Request`.
 * The client's own middleware sees its light request (no stream or signal built for a JSON body);
 * middleware added with `use()` gets a real `Request`, made only when such middleware exists, so a
 * middleware written for openapi-fetch (`new Request(request, { headers })`, `fetch(request)`,
 * `request.clone()`, `instanceof Request`) works unchanged. What it returns is what gets sent (the
 * key is still added beneath, and only for the client's base URL).
 */
import type { Client, Middleware } from 'openapi-fetch';
import { platformRequest } from './internal/index.js';

type Context<K extends keyof Middleware> = Parameters<NonNullable<Middleware[K]>>[0];

/** `middleware` with every hook handed a platform `Request`; an edit made in place is kept. */
function onPlatformRequests(middleware: Middleware): Middleware {
  const wrapped: { -readonly [K in keyof Middleware]?: Middleware[K] } = {};
  const { onRequest, onResponse, onError } = middleware;
  if (onRequest) {
    wrapped.onRequest = async (context: Context<'onRequest'>) => {
      const request = platformRequest(context.request);
      const result = await onRequest.call(middleware, { ...context, request });
      // Headers changed in place on the platform request must reach the wire: it replaces the light one.
      return result ?? (request === context.request ? undefined : request);
    };
  }
  if (onResponse)
    wrapped.onResponse = (context: Context<'onResponse'>) =>
      onResponse.call(middleware, { ...context, request: platformRequest(context.request) });
  if (onError)
    wrapped.onError = (context: Context<'onError'>) =>
      onError.call(middleware, { ...context, request: platformRequest(context.request) });
  return wrapped as Middleware;
}

/**
 * Replaces `client.use` and `client.eject` (in place) so the middleware users register gets platform
 * requests; call it after the client's own middleware is registered.
 */
export function platformMiddlewareFor<C extends Pick<Client<never>, 'use' | 'eject'>>(client: C): C {
  const use = client.use.bind(client);
  const eject = client.eject.bind(client);
  const wrappers = new WeakMap<Middleware, Middleware>();
  const wrapperOf = (middleware: Middleware) => {
    let wrapped = wrappers.get(middleware);
    if (!wrapped) {
      wrapped = onPlatformRequests(middleware);
      wrappers.set(middleware, wrapped);
    }
    return wrapped;
  };
  client.use = (...middlewares) => use(...middlewares.map(wrapperOf));
  client.eject = (...middlewares) => eject(...middlewares.map((m) => wrappers.get(m) ?? m));
  return client;
}
