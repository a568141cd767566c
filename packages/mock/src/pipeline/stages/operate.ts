/**
 * Operate: the hand-written handler for the operation (with the webhook events it causes), or the
 * spec's example answer when there is none.
 */
import { normaliseTemplate, type HandlerContext } from '../../resources/context.js';
import { listPage } from '../../pagination.js';
import type { Stage } from '../exchange.js';
import { resendTimestamp, type FakeRuntime } from '../runtime.js';

function handlerContext(runtime: FakeRuntime, exchange: Parameters<Stage>[0]): HandlerContext {
  const operation = exchange.operation!;
  const mode = operation.pagination ?? (operation.parameters.some((p) => p.name === 'limit') ? 'always' : 'none');
  // An `after`-only list declares no `before`, so validation dropped it and it was ignored: read it
  // here, for `listPage` to refuse it (422) as Resend does.
  const before = mode === 'after-only' ? exchange.url.searchParams.get('before') : null;
  const query = before === null ? (exchange.query ?? {}) : { ...exchange.query, before };
  return {
    params: exchange.params!,
    query,
    body: exchange.body,
    itemErrors: exchange.itemErrors,
    keyDomainId: exchange.keyDomainId,
    countSend: exchange.countSend,
    headers: exchange.request.headers,
    state: runtime.state,
    random: runtime.random,
    operation,
    now: () => new Date(runtime.now()),
    timestamp: () => resendTimestamp(runtime.now()),
    list: (items) => listPage(items, query, mode),
    settings: runtime.settings,
    // `baseUrl`'s path only where it was stripped from this request's.
    origin: `${exchange.url.origin}${exchange.pathname === exchange.url.pathname ? '' : runtime.basePath}`,
  };
}

export function operateStage(runtime: FakeRuntime): Stage {
  return async (exchange, next) => {
    const ctx = handlerContext(runtime, exchange);
    const routeKey = `${ctx.operation.method} ${normaliseTemplate(ctx.operation.template)}`;
    const handler = runtime.routing().handlers.get(routeKey);
    if (!handler) {
      exchange.result = { body: undefined, handled: false };
      return next();
    }
    const before = runtime.webhookEvents.before(routeKey, ctx);
    const result = await handler.handle(ctx);
    runtime.webhookEvents.after(routeKey, ctx, result.body, before);
    exchange.context = ctx;
    exchange.result = { ...result, handled: true };
    return next();
  };
}
