/** Suppressions: addresses Resend will not send to, addressed by ID or email; added one by one or in batches. */
import { suppressionKey } from '../recipient-outcome.js';
import type { StoredRecord } from '../state.js';
import type { HandlerContext, ResourceRoute } from './context.js';
import { fields } from './context.js';
import { createRecord, crudRoutes, type CrudSpec } from './crud.js';

const spec: CrudSpec = {
  base: '/suppressions',
  object: 'suppression',
  label: 'Suppression',
  altKey: 'email',
  collection: (s) => s.suppressions,
  create: (_ctx, body) => ({ email: String(body.email).toLowerCase(), origin: 'manual', source_id: null }),
  updatable: [],
  listItems(ctx) {
    const all = ctx.state.suppressions.newestFirst();
    return typeof ctx.query.origin === 'string' ? all.filter((s) => s.origin === ctx.query.origin) : all;
  },
};

/** Adding an address that is already suppressed returns the existing entry. */
function add(ctx: HandlerContext, email: string): StoredRecord {
  const key = email.toLowerCase();
  const known = ctx.state.suppressions.firstWith(suppressionKey, [key], (s) => s.email === key);
  return known ?? createRecord(ctx, spec, { email });
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** Routes for suppressions. */
export const suppressionRoutes: ResourceRoute[] = [
  ...crudRoutes(spec).map((route) =>
    route.method === 'POST'
      ? { ...route, handle: (ctx: HandlerContext) => ({ body: add(ctx, String(fields(ctx).email)) }) }
      : route,
  ),
  {
    method: 'POST',
    path: '/suppressions/batch/add',
    handle(ctx) {
      const added = strings(fields(ctx).emails).map((email) => add(ctx, email));
      return { body: { data: added.map((s) => ({ object: 'suppression', id: s.id })) } };
    },
  },
  {
    method: 'POST',
    path: '/suppressions/batch/remove',
    handle(ctx) {
      const body = fields(ctx);
      const keys = [...strings(body.emails).map((e) => e.toLowerCase()), ...strings(body.ids)];
      const removed = ctx.state.suppressions.all().filter((s) => keys.includes(s.id) || keys.includes(String(s.email)));
      for (const s of removed) ctx.state.suppressions.delete(s.id);
      return { body: { data: removed.map((s) => ({ object: 'suppression', id: s.id, deleted: true })) } };
    },
  },
];
