/**
 * Cursor pagination as Resend does it: `limit` 1–100, `after`/`before` exclusive and mutually
 * exclusive, `has_more` in the direction walked, items newest first.
 */
import { ApiError, validationError } from './api-error.js';
import type { PaginationMode } from './spec.js';

/** A list response envelope. */
export interface ListPage<T> {
  object: 'list';
  has_more: boolean;
  data: T[];
}

/**
 * Items in API order, read by position: what a collection lists without copying itself per page
 * (`Collection.newestFirstView()`). `indexOf` is -1 for an ID not listed.
 */
export interface ListSource<T> {
  readonly length: number;
  at(index: number): T;
  indexOf(id: unknown): number;
}

/** The shapes of the IDs the fake lists: UUIDs, and prefixed ones such as `msg_…` and `atmpt_…`. */
const OBJECT_ID = /^(?:[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}|[a-z]+_\w+)$/i;

/** An array as a {@link ListSource}: finding a cursor scans it (the array was built per request anyway). */
function arraySource<T extends { id: string }>(items: readonly T[]): ListSource<T> {
  return { length: items.length, at: (index) => items[index]!, indexOf: (id) => items.findIndex((i) => i.id === id) };
}

function pageOf<T>(source: ListSource<T>, start: number, end: number): T[] {
  const data: T[] = [];
  for (let index = start; index < end; index++) data.push(source.at(index));
  return data;
}

/** Pages `items` (already in API order) according to the operation's mode and the query. */
export function listPage<T extends { id: string }>(
  items: readonly T[] | ListSource<T>,
  query: Record<string, unknown>,
  mode: PaginationMode | undefined,
): ListPage<T> {
  const { limit: rawLimit, after, before } = query;
  const source = Array.isArray(items) ? arraySource(items as readonly T[]) : (items as ListSource<T>);
  if (mode === 'none') return { object: 'list', has_more: false, data: pageOf(source, 0, source.length) };
  if (after !== undefined && before !== undefined) {
    throw validationError('The `after` and `before` parameters cannot be used together.');
  }
  if (mode === 'after-only' && before !== undefined) {
    throw validationError('The `before` parameter is not supported on this list.');
  }
  let limit: number | undefined;
  if (rawLimit !== undefined) {
    limit = Number(rawLimit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      throw validationError('The `limit` parameter must be an integer between 1 and 100.');
    }
  } else if (mode !== 'optional' || after !== undefined || before !== undefined) {
    limit = 20;
  }

  const indexOf = (cursor: unknown, name: string): number => {
    const index = source.indexOf(cursor);
    if (index !== -1) return index;
    // Resend: a malformed cursor is a 422, a well-formed one naming no object a 404.
    if (!OBJECT_ID.test(String(cursor))) throw validationError(`The \`${name}\` parameter is not an object ID.`);
    throw new ApiError(404, 'not_found', `The cursor \`${String(cursor)}\` does not match any object.`);
  };

  if (before !== undefined) {
    const end = indexOf(before, 'before');
    const start = limit === undefined ? 0 : Math.max(0, end - limit);
    return { object: 'list', has_more: start > 0, data: pageOf(source, start, end) };
  }
  const start = after === undefined ? 0 : indexOf(after, 'after') + 1;
  const end = limit === undefined ? source.length : Math.min(source.length, start + limit);
  return { object: 'list', has_more: end < source.length, data: pageOf(source, start, end) };
}
