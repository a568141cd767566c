/** Segments, and the deprecated audiences that are the same objects under another name. */
import type { StoredRecord } from '../state.js';
import type { HandlerContext, ResourceRoute } from './context.js';
import { crudRoutes, type CrudSpec } from './crud.js';

function removeMemberships(ctx: HandlerContext, record: StoredRecord): void {
  for (const contact of ctx.state.contacts) {
    contact.segment_ids = (contact.segment_ids as string[]).filter((id) => id !== record.id);
  }
}

/** The segment store's CRUD description. */
export const segmentSpec: CrudSpec = {
  base: '/segments',
  object: 'segment',
  label: 'Segment',
  collection: (s) => s.segments,
  create: (_ctx, body) => ({ name: body.name, filter: body.filter ?? null, audience_id: body.audience_id ?? null }),
  updatable: ['name', 'filter'],
  onDelete: removeMemberships,
};

const audienceSpec: CrudSpec = { ...segmentSpec, base: '/audiences', object: 'audience', label: 'Audience' };

/** Routes for segments and audiences. */
export const segmentRoutes: ResourceRoute[] = [...crudRoutes(segmentSpec), ...crudRoutes(audienceSpec)];
