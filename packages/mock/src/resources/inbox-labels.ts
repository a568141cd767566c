/** Inbox labels (beta) and the labels on threads, kept per inbox. */
import { validationError } from '../api-error.js';
import type { StoredRecord } from '../state.js';
import type { HandlerContext, ResourceRoute } from './context.js';
import { fields, param } from './context.js';
import { crudRoutes, scopedItems, type CrudSpec } from './crud.js';
import { inboxSpec } from './inboxes.js';
import { threadOr404 } from './inbox-threads.js';

const spec: CrudSpec = {
  base: '/inboxes/{}/labels',
  object: 'inbox_label',
  label: 'Label',
  parent: { spec: inboxSpec, key: 'inbox_id' },
  collection: (s) => s.inboxLabels,
  create: (_ctx, body) => ({ name: body.name, color: body.color ?? 'cyan' }),
  updatable: ['name', 'color'],
  // The label list is not paginated and comes oldest first.
  listItems: (ctx) => scopedItems(ctx, spec).reverse(),
  onDelete(ctx, label) {
    for (const thread of ctx.state.inboxThreads)
      thread.label_ids = (thread.label_ids as string[]).filter((id) => id !== label.id);
  },
};

/** The thread the path names (threads come from received mail), or 404. */
const threadOf = threadOr404;

function labelIds(ctx: HandlerContext): string[] {
  const ids = (fields(ctx).labels ?? []) as string[];
  const known = new Set(scopedItems(ctx, spec).map((l) => l.id));
  const unknown = ids.find((id) => !known.has(id));
  if (unknown !== undefined)
    throw validationError(`Invalid \`labels\` field: \`${unknown}\` is not a label of this inbox.`);
  return ids;
}

function threadLabels(ctx: HandlerContext, thread: StoredRecord) {
  const labels = new Map(scopedItems(ctx, spec).map((l) => [l.id, l]));
  const data = (thread.label_ids as string[]).flatMap((id) => {
    const l = labels.get(id);
    return l ? [{ id: l.id, name: l.name, color: l.color }] : [];
  });
  return { body: { object: 'list', data } };
}

/** Routes for labels and thread labels. */
export const inboxLabelRoutes: ResourceRoute[] = [
  ...crudRoutes(spec),
  {
    method: 'POST',
    path: '/inboxes/{}/threads/{}/labels',
    handle(ctx) {
      const thread = threadOf(ctx);
      thread.label_ids = [...new Set([...(thread.label_ids as string[]), ...labelIds(ctx)])];
      return threadLabels(ctx, thread);
    },
  },
  {
    method: 'PUT',
    path: '/inboxes/{}/threads/{}/labels',
    handle(ctx) {
      const thread = threadOf(ctx);
      thread.label_ids = [...new Set(labelIds(ctx))];
      return threadLabels(ctx, thread);
    },
  },
  {
    method: 'DELETE',
    path: '/inboxes/{}/threads/{}/labels/{}',
    handle(ctx) {
      const thread = threadOf(ctx);
      const labelId = param(ctx, 2);
      if (!(thread.label_ids as string[]).includes(labelId))
        throw validationError(`The label \`${labelId}\` is not on this thread.`);
      thread.label_ids = (thread.label_ids as string[]).filter((id) => id !== labelId);
      return threadLabels(ctx, thread);
    },
  },
];
