/** Webhook endpoints: create (returns the `whsec_…` signing secret), list, get, update, delete, rotate. */
import type { HandlerContext, ResourceRoute } from './context.js';
import { crudRoutes, lookup, type CrudSpec } from './crud.js';

function secret(ctx: HandlerContext): string {
  return `whsec_${ctx.random.alphanumeric(32)}`;
}

const spec: CrudSpec = {
  base: '/webhooks',
  object: 'webhook',
  label: 'Webhook',
  collection: (s) => s.webhooks,
  create: (ctx, body) => ({
    endpoint: body.endpoint,
    events: body.events ?? null,
    status: 'enabled',
    signing_secret: secret(ctx),
  }),
  updatable: ['endpoint', 'events', 'status'],
};

/** Routes for webhook endpoints; deliveries are made by webhook-delivery.ts. */
export const webhookRoutes: ResourceRoute[] = [
  ...crudRoutes(spec),
  {
    method: 'POST',
    path: '/webhooks/{}/signing-secret/rotate',
    handle(ctx) {
      const webhook = lookup(ctx, spec);
      webhook.signing_secret = secret(ctx);
      return { body: webhook };
    },
  },
];
