/**
 * Typed cursor pagination for every Resend list endpoint, as async iterators: `paginate` (items),
 * `pages` (pages with their responses) and `collect` (an array, capped).
 * @module @resendkit/pagination
 */
export { collect, pages, paginate } from './paginate.js';
export { PaginationError, type PaginationErrorName, type PaginationErrorOptions, isPaginationError } from './errors.js';
export type {
  CollectOptions,
  FetchResult,
  InitAndOptions,
  ListBody,
  ListInit,
  ListItem,
  Page,
  PaginationClient,
  WalkOptions,
} from './types.js';
