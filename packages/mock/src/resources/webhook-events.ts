/** A webhook's delivered events, their attempts, and replay (the delivery itself is in webhook-delivery.ts). */
import { notFound } from '../api-error.js';
import type { StoredWebhookDelivery } from '../webhook-records.js';
import type { HandlerContext, ResourceRoute } from './context.js';
import { findOr404, param } from './context.js';

function deliveryOr404(ctx: HandlerContext): StoredWebhookDelivery {
  const webhook = findOr404(ctx.state.webhooks, param(ctx, 0), 'Webhook');
  const delivery = ctx.state.webhookDeliveries.get(param(ctx, 1));
  if (!delivery || delivery.webhook_id !== webhook.id) throw notFound('Webhook event');
  return delivery;
}

/** Routes for `/webhooks/{id}/events…`. */
export const webhookEventRoutes: ResourceRoute[] = [
  {
    method: 'GET',
    path: '/webhooks/{}/events',
    handle(ctx) {
      const webhook = findOr404(ctx.state.webhooks, param(ctx, 0), 'Webhook');
      return { body: ctx.list(ctx.state.webhookDeliveries.newestFirst().filter((d) => d.webhook_id === webhook.id)) };
    },
  },
  {
    method: 'GET',
    path: '/webhooks/{}/events/{}',
    handle: (ctx) => ({ body: { object: 'webhook_event', ...deliveryOr404(ctx) } }),
  },
  {
    method: 'GET',
    path: '/webhooks/{}/events/{}/attempts',
    handle: (ctx) => ({ body: ctx.list([...deliveryOr404(ctx).attempts].reverse()) }),
  },
  {
    method: 'POST',
    path: '/webhooks/{}/events/{}/replay',
    // The extra attempt itself is started by the delivery engine once this answer is ready.
    handle: (ctx) => ({ body: { object: 'webhook_event', id: deliveryOr404(ctx).id } }),
  },
];
