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

/** Pages `items` (already in API order) according to the operation's mode and the query. */
export function listPage<T extends { id: string }>(
  items: readonly T[],
  query: Record<string, unknown>,
  mode: PaginationMode | undefined,
): ListPage<T> {
  const { limit: rawLimit, after, before } = query;
  if (mode === 'none') return { object: 'list', has_more: false, data: [...items] };
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

  const indexOf = (cursor: unknown): number => {
    const index = items.findIndex((item) => item.id === cursor);
    if (index === -1)
      throw new ApiError(404, 'not_found', `The cursor \`${String(cursor)}\` does not match any object.`);
    return index;
  };

  if (before !== undefined) {
    const end = indexOf(before);
    const start = limit === undefined ? 0 : Math.max(0, end - limit);
    return { object: 'list', has_more: start > 0, data: items.slice(start, end) };
  }
  const start = after === undefined ? 0 : indexOf(after) + 1;
  const end = limit === undefined ? items.length : Math.min(items.length, start + limit);
  return { object: 'list', has_more: end < items.length, data: items.slice(start, end) };
}
