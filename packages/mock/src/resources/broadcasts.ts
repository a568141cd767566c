/** Broadcasts: drafts that can be edited, sent (now or scheduled), canceled or duplicated. */
import { validationError } from '../api-error.js';
import { cutText } from '@resendkit/client/shared';
import type { StoredRecord } from '../state.js';
import type { HandlerContext, ResourceRoute } from './context.js';
import { fields } from './context.js';
import { createRecord, crudRoutes, lookup, type CrudSpec } from './crud.js';
import { parseScheduledAt } from './emails.js';
import { checkSendable, fanOut } from './broadcast-delivery.js';

function send(ctx: HandlerContext, broadcast: StoredRecord, scheduledAt: unknown): void {
  if (broadcast.status !== 'draft') throw validationError('Only draft broadcasts can be sent.');
  const at = typeof scheduledAt === 'string' ? parseScheduledAt(scheduledAt, ctx.now()) : null;
  // A time now or past sends at once, as a scheduled one goes out once its time comes (scheduled-release.ts).
  if (at && new Date(at) > ctx.now()) {
    // Refused now with the answer a send now gets: left to fail when due, the mistake (an
    // unverified domain) would surface only as a `failed` status nobody was told about.
    checkSendable(ctx, broadcast);
    return void Object.assign(broadcast, { status: 'scheduled', scheduled_at: at });
  }
  fanOut(ctx, broadcast);
  broadcast.scheduled_at = at;
}

const spec: CrudSpec = {
  base: '/broadcasts',
  object: 'broadcast',
  label: 'Broadcast',
  collection: (s) => s.broadcasts,
  create(_ctx, body) {
    const segment = body.segment_id ?? body.audience_id ?? null;
    return {
      name: body.name ?? null,
      segment_id: segment,
      audience_id: body.audience_id ?? segment,
      from: body.from,
      subject: body.subject,
      reply_to: body.reply_to ?? null,
      preview_text: body.preview_text ?? null,
      html: body.html ?? null,
      text: body.text ?? null,
      topic_id: body.topic_id ?? null,
      status: 'draft',
      scheduled_at: null,
      sent_at: null,
      // Not an API field: why a scheduled send failed, read through `fake.state.broadcasts` (scheduled-release.ts).
      failure_reason: null,
    };
  },
  updatable: [
    'name',
    'segment_id',
    'audience_id',
    'from',
    'subject',
    'reply_to',
    'preview_text',
    'html',
    'text',
    'topic_id',
  ],
  afterUpdate(_ctx, broadcast) {
    if (broadcast.status !== 'draft') throw validationError('Only draft broadcasts can be updated.');
  },
  onDelete(_ctx, broadcast) {
    // Resend deletes drafts only: a scheduled broadcast must be canceled (back to a draft) first.
    if (broadcast.status !== 'draft') throw validationError('Only draft broadcasts can be deleted.');
  },
};

/** Routes for broadcasts. Sending now emails every contact of the segment at once; a scheduled one once its time comes. */
export const broadcastRoutes: ResourceRoute[] = [
  // Creating with `send: true` sends at once (or schedules), so POST gets its own handler.
  ...crudRoutes(spec).map((route) =>
    route.method === 'POST' && route.path === '/broadcasts'
      ? {
          ...route,
          handle(ctx: HandlerContext) {
            const body = fields(ctx);
            // Resend takes `scheduled_at` only with `send: true`; dropping it would leave a draft nobody sends.
            if (body.scheduled_at !== undefined && body.send !== true)
              throw validationError('Invalid `scheduled_at` field: it can only be used with `send: true`.');
            const broadcast = createRecord(ctx, spec, body);
            if (body.send === true) send(ctx, broadcast, body.scheduled_at);
            return { body: broadcast };
          },
        }
      : route,
  ),
  {
    method: 'POST',
    path: '/broadcasts/{}/send',
    handle(ctx) {
      const broadcast = lookup(ctx, spec);
      send(ctx, broadcast, fields(ctx).scheduled_at);
      return { body: broadcast };
    },
  },
  {
    method: 'POST',
    path: '/broadcasts/{}/cancel',
    handle(ctx) {
      const broadcast = lookup(ctx, spec);
      if (broadcast.status !== 'scheduled' && broadcast.status !== 'queued') {
        throw validationError('Only queued or scheduled broadcasts can be canceled.');
      }
      broadcast.status = 'draft';
      broadcast.scheduled_at = null;
      return { body: broadcast };
    },
  },
  {
    method: 'POST',
    path: '/broadcasts/{}/duplicate',
    handle(ctx) {
      const original = lookup(ctx, spec);
      const name = cutText(`${String(original.name ?? 'Untitled')} (copy)`, 70);
      const { id: _id, object: _object, created_at: _created, ...rest } = original;
      const copy = createRecord(ctx, spec, {});
      Object.assign(copy, rest, { name, status: 'draft', scheduled_at: null, sent_at: null, failure_reason: null });
      return { body: copy };
    },
  },
];
