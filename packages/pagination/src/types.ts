import type { ListPath, paths } from '@resendkit/types';
import type { FetchOptions } from 'openapi-fetch';

/** The `GET` operation of a list path. */
type ListOperation<P extends ListPath> = paths[P]['get'];

/** The 200 body of a list path's `GET`: `{ object: "list", has_more, data }`. */
export type ListBody<P extends ListPath> =
  ListOperation<P> extends { responses: { 200: { content: { 'application/json': infer B } } } } ? B : never;

/** The type of one item of a list path, e.g. `ListItem<'/emails'>` is `EmailSummary`. */
export type ListItem<P extends ListPath> = ListBody<P> extends { data: (infer T)[] } ? T : never;

/**
 * openapi-fetch's init object for a list path's `GET`: `params.path`, `params.query` (`limit`, `after`,
 * `before`…), `headers`, `signal` and the rest of `RequestInit`.
 */
export type ListInit<P extends ListPath> = FetchOptions<ListOperation<P>>;

/** True when `T` is a union (e.g. a path that failed inference falls back to all of `ListPath`). */
type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

/** Keys of `T` that are not optional. */
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];

/** True when the init object has required members (path parameters, required query parameters). */
type NeedsInit<P extends ListPath> = [RequiredKeys<ListInit<P>>] extends [never] ? false : true;

/**
 * The arguments after `path`: `init` is optional when the path has no path parameters.
 * @typeParam O - the options object of the calling function.
 */
export type InitAndOptions<P extends ListPath, O> =
  IsUnion<P> extends true
    ? [init?: ListInit<P>, options?: O] // a path that is not a list: let the error name the path, not the arity
    : NeedsInit<P> extends true
      ? [init: ListInit<P>, options?: O]
      : [init?: ListInit<P>, options?: O];

/** What {@link PaginationClient.GET} resolves to: openapi-fetch's `{ data, error, response }`. */
export interface FetchResult {
  /** The parsed body of a 2xx response. */
  data?: unknown;
  /** The parsed body of any other response. */
  error?: unknown;
  /** The raw response. */
  response: Response;
}

/**
 * Any openapi-fetch client typed by `paths` from `@resendkit/types` (a plain `createClient<paths>()`,
 * `createResendClient()`, or a wrapper with the same `GET`). Only `GET` is used.
 */
export interface PaginationClient {
  /** openapi-fetch's `GET`. */
  // `any`: the init type depends on the path; the public functions type it per path instead.
  GET(url: ListPath, init?: any): Promise<FetchResult>;
}

/**
 * Options shared by {@link paginate}, {@link pages} and {@link collect}; a name not listed here (or in
 * {@link CollectOptions} for `collect`) is refused with {@link PaginationError} `invalid_option`.
 */
export interface WalkOptions {
  /**
   * Stops the walk: the request in flight is aborted and the iteration rejects with the signal's reason.
   * Anything but an `AbortSignal` (or `null`, none) is refused with {@link PaginationError} `invalid_option`.
   */
  signal?: AbortSignal;
  /**
   * How many pages to read ahead while the consumer works on the current one. `0` turns read-ahead
   * off (each request waits for the consumer). Pages held in memory: at most `prefetch + 1`. An
   * integer from 0 to 10; anything else is refused with {@link PaginationError} `invalid_option`.
   * @defaultValue 1 (0 in {@link collect})
   */
  prefetch?: number;
  /**
   * The `limit` sent when `init.params.query.limit` is absent (lists that paginate on request return
   * everything in one response without it). An integer from 1 to 100, else `invalid_limit`.
   * @defaultValue 100
   */
  defaultLimit?: number;
}

/** Options of {@link collect}. */
export interface CollectOptions extends WalkOptions {
  /** Stop after this many items (a non-negative integer, else `invalid_option`). @defaultValue Infinity */
  max?: number;
}

/** One page of a list, as yielded by {@link pages}. */
export interface Page<Item> {
  /** The items of the page, in the API's order. */
  data: Item[];
  /** Whether the API reported more items beyond this page in the direction walked. */
  has_more: boolean;
  /** The raw response of the page's request (headers such as `ratelimit-remaining`). Its body has been read. */
  response: Response;
}
