/** Inboxes (beta): addressed by ID or email address (in any case). Threads live in `inbox-threads.ts`. */
import { validationError } from '../api-error.js';
import { sameAddress } from '../recipient-outcome.js';
import type { ResourceRoute } from './context.js';
import { crudRoutes, type CrudSpec } from './crud.js';

/** The inbox store's CRUD description (drafts and labels nest under it). */
export const inboxSpec: CrudSpec = {
  base: '/inboxes',
  object: 'inbox',
  label: 'Inbox',
  altKey: 'email_address',
  collection: (s) => s.inboxes,
  create(ctx, body) {
    const address = String(body.email_address).toLowerCase();
    // Any case: a `--data` file may hold an address written in capitals.
    if (ctx.state.inboxes.find((i) => sameAddress(i.email_address, address)))
      throw validationError(`An inbox for \`${address}\` already exists.`);
    const host = address.split('@')[1] ?? '';
    const domain = ctx.state.domains.find((d) => d.name === host);
    return {
      name: typeof body.name === 'string' ? body.name : address,
      email_address: address,
      domain_id: domain?.id ?? ctx.random.uuid(),
      receiving_address:
        body.forwarding === true ? `${ctx.random.alphanumeric(12).toLowerCase()}@inbound.resend.app` : null,
      from_name: typeof body.from_name === 'string' ? body.from_name : null,
      unread: 0,
      drafts: 0,
      last_received: null,
      updated_at: ctx.timestamp(),
    };
  },
  updatable: ['name', 'from_name'],
  afterUpdate(ctx, inbox) {
    inbox.updated_at = ctx.timestamp();
  },
  onDelete(ctx, inbox) {
    for (const c of [ctx.state.inboxDrafts, ctx.state.inboxLabels, ctx.state.inboxThreads, ctx.state.inboxMessages]) {
      for (const r of c.all()) if (r.inbox_id === inbox.id) c.delete(r.id);
    }
  },
};

/** Routes for inboxes. */
export const inboxRoutes: ResourceRoute[] = crudRoutes(inboxSpec);
