import { ResendKitError, isResendKitError } from '@resendkit/client/errors';

/**
 * What went wrong in a walk that the API itself did not report:
 * - `invalid_limit`: `limit` (or `defaultLimit`) is not an integer from 1 to 100; refused before any request.
 * - `invalid_option`: another option is out of range (`prefetch` above 10 or negative, `max`), of the
 *   wrong kind (options, `init`, `init.params`, `init.params.query` that are not objects, a cursor that is
 *   not a string, a `signal` that is not an AbortSignal) or unknown by name (`prefetc`, or `max` outside
 *   `collect`), `after` and `before` were both given, the path is not a list route or names a list the
 *   API does not paginate (`/audiences`), or the client is not an openapi-fetch client (no callable `GET`).
 * - `cursor_not_advancing`: a page holds an item whose id was already requested as a cursor in this
 *   walk, or an item of the page before (the same page again, a cycle such as A → B → A, a page
 *   overlapping one before it), so continuing would yield items twice or never end.
 * - `empty_page_with_more`: a page had no items but `has_more: true`, so there is no cursor to continue from.
 * - `invalid_page`: the response body is not a list envelope, it holds one id twice, or its last item
 *   has no string `id`.
 */
export type PaginationErrorName =
  'invalid_limit' | 'invalid_option' | 'cursor_not_advancing' | 'empty_page_with_more' | 'invalid_page';

/** Options of {@link PaginationError}. */
export interface PaginationErrorOptions {
  /** Which guard fired. */
  name: PaginationErrorName;
  /** Human-readable detail. */
  message: string;
  /** The list path being walked, e.g. `/contacts` (templated, without parameter values). */
  path: string;
}

/**
 * Thrown (as the rejection of an iteration) when a walk is refused up front or stopped by one of the
 * guards that keep a misbehaving list from looping forever. Errors from the API are `ResendError`s
 * instead; tell the two apart with {@link isPaginationError} and `isResendError`.
 */
export class PaginationError extends ResendKitError<PaginationErrorName> {
  /** The list path being walked. */
  readonly path: string;

  /**
   * Creates the error; the walk functions throw it themselves, so callers only need this to build
   * one for their own tests or wrappers.
   * @param options - which guard fired (`name`), the detail (`message`) and the list `path`.
   */
  constructor({ name, message, path }: PaginationErrorOptions) {
    super('PaginationError', name, message);
    this.path = path;
  }

  protected override fields(): Record<string, unknown> {
    return { path: this.path };
  }
}

/** True for a {@link PaginationError}, also one made by another copy of this package. */
export function isPaginationError(error: unknown): error is PaginationError {
  return isResendKitError(error, 'PaginationError');
}
