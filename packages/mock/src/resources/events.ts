/**
 * Custom events (addressed by ID or name) and `POST /events/send`, which starts a run of every
 * enabled automation whose trigger listens for that event.
 */
import { notFound, validationError } from '../api-error.js';
import type { HandlerContext, ResourceRoute } from './context.js';
import { fields } from './context.js';
import { crudRoutes } from './crud.js';
import { startRuns } from './automations.js';

/** Routes for events. */
export const eventRoutes: ResourceRoute[] = [
  ...crudRoutes({
    base: '/events',
    object: 'event',
    label: 'Event',
    altKey: 'name',
    collection: (s) => s.events,
    create(ctx, body) {
      const name = String(body.name);
      if (name.startsWith('resend:'))
        throw validationError('Invalid `name` field: event names starting with `resend:` are reserved.');
      if (ctx.state.events.find((e) => e.name === name))
        throw validationError(`An event named \`${name}\` already exists.`);
      return { name, schema: body.schema ?? null, updated_at: null };
    },
    updatable: ['schema'],
    afterUpdate(ctx, record, body) {
      // `schema: null` clears it, which assignFields (copying only defined values) leaves alone.
      if (body.schema === null) record.schema = null;
      record.updated_at = ctx.timestamp();
    },
  }),
  {
    method: 'POST',
    path: '/events/send',
    handle(ctx: HandlerContext) {
      const body = fields(ctx);
      const hasContact = typeof body.contact_id === 'string';
      if (hasContact === (typeof body.email === 'string'))
        throw validationError('Give exactly one of `contact_id` and `email`.');
      if (hasContact && !ctx.state.contacts.get(String(body.contact_id))) throw notFound('Contact');
      startRuns(ctx, String(body.event));
      return { status: 202, body: { object: 'event', event: body.event } };
    },
  },
];
