/** The create / list / get / update / delete routes most resources share. */
import type { FakeStateStore, StoredRecord } from '../state.js';
import type { Collection } from '../store.js';
import type { ListSource } from '../pagination.js';
import type { Fields, HandlerContext, ResourceRoute } from './context.js';
import { notFound } from '../api-error.js';
import { assignFields, deleted, fields, findOr404, param } from './context.js';

/** How one resource differs from the others. */
export interface CrudSpec {
  /** Collection path, e.g. `/domains`. */
  base: string;
  /** The `object` value, e.g. `domain`. */
  object: string;
  /** Used in 404 messages, e.g. `Domain`. */
  label: string;
  collection(state: FakeStateStore): Collection<StoredRecord>;
  /** A second field that identifies a record in paths (`email` for contacts, `alias` for templates). */
  altKey?: string;
  /** Builds the stored fields from a create body (id, object and created_at are added). */
  create(ctx: HandlerContext, body: Fields): Fields;
  /** Fields PATCH may change. */
  updatable: readonly string[];
  /**
   * Checks that refuse an update before anything is changed (a refused PATCH leaves the record as it
   * was), and the changes those checks work out.
   */
  beforeUpdate?(ctx: HandlerContext, record: StoredRecord, body: Fields): void;
  /** Extra checks or side effects on update (after the fields are copied). */
  afterUpdate?(ctx: HandlerContext, record: StoredRecord, body: Fields): void;
  /** Side effects on delete, or a check that throws to refuse it. */
  onDelete?(ctx: HandlerContext, record: StoredRecord): void;
  /** Which items a list shows (default: all, newest first). */
  listItems?(ctx: HandlerContext): StoredRecord[] | ListSource<StoredRecord>;
  /**
   * For a collection nested under another (`/inboxes/{}/labels`): the parent's description and the
   * field that stores the parent's ID. The parent is the first path parameter, the record the second.
   */
  parent?: { spec: CrudSpec; key: string };
}

/** The parent record a nested collection's path names, or 404. */
function parentOf(ctx: HandlerContext, spec: CrudSpec): StoredRecord | undefined {
  return spec.parent ? lookup(ctx, spec.parent.spec, 0) : undefined;
}

/** The records of `spec`'s collection that belong to the addressed parent (all when not nested), newest first. */
export function scopedItems(ctx: HandlerContext, spec: CrudSpec): StoredRecord[] {
  const parent = parentOf(ctx, spec);
  const all = spec.collection(ctx.state).newestFirst();
  return parent ? all.filter((r) => r[spec.parent!.key] === parent.id) : all;
}

/** What a list shows by default: a nested collection's records of its parent, else the whole collection in place. */
function listed(ctx: HandlerContext, spec: CrudSpec): StoredRecord[] | ListSource<StoredRecord> {
  return spec.parent ? scopedItems(ctx, spec) : spec.collection(ctx.state).newestFirstView();
}

/** Creates a stored record with a fresh ID. */
export function createRecord(ctx: HandlerContext, spec: CrudSpec, body: Fields): StoredRecord {
  const parent = parentOf(ctx, spec);
  const record: StoredRecord = {
    object: spec.object,
    id: ctx.random.uuid(),
    created_at: ctx.timestamp(),
    ...spec.create(ctx, body),
  };
  if (parent) record[spec.parent!.key] = parent.id;
  return spec.collection(ctx.state).insert(record);
}

/** Finds the record addressed by the first path parameter. */
export function lookup(ctx: HandlerContext, spec: CrudSpec, index = spec.parent ? 1 : 0): StoredRecord {
  const parent = parentOf(ctx, spec);
  const record = findOr404(spec.collection(ctx.state), param(ctx, index), spec.label, spec.altKey);
  if (parent && record[spec.parent!.key] !== parent.id) throw notFound(spec.label);
  return record;
}

/** The five standard routes for `spec`. */
export function crudRoutes(spec: CrudSpec): ResourceRoute[] {
  return [
    {
      method: 'POST',
      path: spec.base,
      handle: (ctx) => ({ body: createRecord(ctx, spec, fields(ctx)) }),
    },
    {
      method: 'GET',
      path: spec.base,
      handle: (ctx) => ({ body: ctx.list(spec.listItems?.(ctx) ?? listed(ctx, spec)) }),
    },
    {
      method: 'GET',
      path: `${spec.base}/{}`,
      handle: (ctx) => ({ body: lookup(ctx, spec) }),
    },
    {
      method: 'PATCH',
      path: `${spec.base}/{}`,
      handle(ctx) {
        const record = lookup(ctx, spec);
        const body = fields(ctx);
        spec.beforeUpdate?.(ctx, record, body);
        assignFields(record, body, spec.updatable);
        if ('updated_at' in record) record.updated_at = ctx.timestamp();
        spec.afterUpdate?.(ctx, record, body);
        return { body: record };
      },
    },
    {
      method: 'DELETE',
      path: `${spec.base}/{}`,
      handle(ctx) {
        const record = lookup(ctx, spec);
        spec.onDelete?.(ctx, record);
        spec.collection(ctx.state).delete(record.id);
        return deleted(spec.object, record.id);
      },
    },
  ];
}
