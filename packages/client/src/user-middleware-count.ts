/**
 * Counts the middleware users register with `use()` and take back with `eject()`, so the client knows
 * when a call may skip openapi-fetch (see direct-call.ts): with any registered, every call goes
 * through openapi-fetch and each middleware sees every request.
 */
import type { Client, Middleware } from 'openapi-fetch';

/** Replaces `client.use` and `client.eject` (in place) with counting ones; returns whether any is registered. */
export function countUserMiddleware(client: Pick<Client<never>, 'use' | 'eject'>): () => boolean {
  const use = client.use.bind(client);
  const eject = client.eject.bind(client);
  const counts = new Map<Middleware, number>();
  client.use = (...middlewares) => {
    // One at a time: a middleware openapi-fetch refuses throws after those before it were registered.
    for (const middleware of middlewares) {
      use(middleware);
      if (middleware) counts.set(middleware, (counts.get(middleware) ?? 0) + 1);
    }
  };
  client.eject = (...middlewares) => {
    eject(...middlewares);
    for (const middleware of middlewares) {
      const count = counts.get(middleware) ?? 0;
      if (count > 1) counts.set(middleware, count - 1);
      else counts.delete(middleware);
    }
  };
  return () => counts.size > 0;
}
