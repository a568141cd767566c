/** Topics: subscription categories contacts opt in to or out of. */
import type { ResourceRoute } from './context.js';
import { crudRoutes } from './crud.js';

/** Routes for topics (`default_subscription` cannot change after creation). */
export const topicRoutes: ResourceRoute[] = crudRoutes({
  base: '/topics',
  object: 'topic',
  label: 'Topic',
  collection: (s) => s.topics,
  create: (ctx, body) => ({
    name: body.name,
    description: body.description ?? null,
    default_subscription: body.default_subscription ?? 'opt_in',
    visibility: body.visibility ?? 'private',
    updated_at: ctx.timestamp(),
  }),
  updatable: ['name', 'description', 'visibility'],
  onDelete(ctx, topic) {
    for (const contact of ctx.state.contacts) {
      contact.topics = (contact.topics as { id: string }[]).filter((t) => t.id !== topic.id);
    }
  },
});
