import { checkKindOption, checkOptionNames, kindOf } from '@resendkit/client/shared';
import { listRoutes } from '@resendkit/types';
import { PaginationError } from './errors.js';
import type { CollectOptions, WalkOptions } from './types.js';

/** The largest page Resend serves. */
const MAX_LIMIT = 100;

/** The most pages a walk may read ahead; each one is a promise and a page held in memory. */
const MAX_PREFETCH = 10;

/** Everything fixed before the first request: validated options, direction and first cursor. */
export interface WalkPlan {
  /** The templated list path, e.g. `/segments/{segment_id}/contacts`. */
  path: string;
  /** `after` walks forward (the default); `before` walks back when the caller starts with `before`. */
  direction: 'after' | 'before';
  /** The caller's starting cursor, if any. */
  cursor: string | undefined;
  /** Pages to read ahead. */
  prefetch: number;
  /** The openapi-fetch init for the request at `cursor`. */
  initFor(cursor: string | undefined, signal: AbortSignal): Record<string, unknown>;
}

type Init = { params?: { query?: Record<string, unknown> } & Record<string, unknown> } & Record<string, unknown>;

type Fail = (message: string) => PaginationError;

/** The public function a walk was started by, which names it in a refusal and decides its option names. */
export type Walker = 'paginate' | 'pages' | 'collect';

/** Every option of `paginate` and `pages` (`test/option-kinds.test.ts` holds it to {@link WalkOptions}). */
export const WALK_OPTION_NAMES = [
  'signal',
  'prefetch',
  'defaultLimit',
] as const satisfies readonly (keyof WalkOptions)[];

/** Every option of `collect` (`test/option-kinds.test.ts` holds it to {@link CollectOptions}). */
export const COLLECT_OPTION_NAMES = [...WALK_OPTION_NAMES, 'max'] as const satisfies readonly (keyof CollectOptions)[];

/** The `invalid_option` refusal of a walk of `path`, for the shared kind checker. */
const failing =
  (path: string): Fail =>
  (message) =>
    new PaginationError({ name: 'invalid_option', message, path });

/**
 * A refused number as a message shows it: a number as itself, anything else by its kind, so that the
 * string `"10"` is not shown as if it were the number 10.
 */
export function got(value: unknown): string {
  return typeof value === 'number' ? String(value) : kindOf(value);
}

/** `value`, or `fallback` when it is `undefined`; unlike `??`, a `null` stays, to be refused as one. */
export function given<T>(value: T | undefined, fallback: T): T {
  return value === undefined ? fallback : value;
}

function isLimit(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_LIMIT;
}

/**
 * Throws {@link PaginationError} `invalid_option` unless `client` has a callable `GET`, so that a
 * missing or wrong client is named instead of failing later with a bare `TypeError`.
 */
export function assertClient(client: unknown, path: string): void {
  const get =
    typeof client === 'object' || typeof client === 'function' ? (client as { GET?: unknown } | null)?.GET : undefined;
  if (typeof get !== 'function') {
    throw new PaginationError({
      name: 'invalid_option',
      message: `client must be an openapi-fetch client (createClient<paths>() or createResendClient()) with a GET method, got ${describe(client)}.`,
      path,
    });
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object without GET';
  return typeof value;
}

/** A signal: an AbortSignal, or `undefined` or `null` for none (as `RequestInit.signal`). */
function checkSignal(name: string, signal: unknown, fail: Fail): void {
  // Duck-typed rather than `instanceof`, so that a signal from another realm (jsdom, a vm context) passes.
  if (signal != null && typeof (signal as AbortSignal).throwIfAborted !== 'function')
    throw fail(`${name} must be an AbortSignal (got ${kindOf(signal)}).`);
}

/**
 * Refuses options that are not an object, a name `walker` does not read and a `signal` that is not an
 * AbortSignal: `options: true` would otherwise be read as the defaults, `{ prefetc: 0 }` (or `max`
 * given to `paginate`) leave the default silently in force, and `signal: {}` fail mid-walk with a bare
 * `TypeError`.
 */
export function checkOptions(path: string, options: unknown, walker: Walker): void {
  const fail = failing(path);
  checkKindOption(options, 'options', ['object'], fail);
  const known = walker === 'collect' ? COLLECT_OPTION_NAMES : WALK_OPTION_NAMES;
  if (options !== undefined) checkOptionNames(options as object, known, walker, fail);
  checkSignal('signal', (options as WalkOptions | undefined)?.signal, fail);
}

/**
 * Refuses an init, `params` or `params.query` that is not an object (a string would be sent as its
 * letters, `0=a&1=b`), a cursor that is not a string (a number or object would be sent as its text)
 * and an `init.signal` that is not an AbortSignal.
 */
function checkInit(init: Init | undefined, fail: Fail): void {
  checkKindOption(init, 'init', ['object'], fail);
  checkKindOption(init?.params, 'init.params', ['object'], fail);
  const query = init?.params?.query;
  checkKindOption(query, 'init.params.query', ['object'], fail);
  // A `null` cursor stays "none", as openapi-fetch leaves a null query parameter out.
  for (const name of ['after', 'before']) checkKindOption(query?.[name] ?? undefined, name, ['string'], fail);
  checkSignal('init.signal', init?.signal, fail);
}

/**
 * The `x-pagination` mode of `path` (`always`, `optional` or `after-only`), from the spec's list routes
 * as `@resendkit/types` generates them; throws {@link PaginationError} `invalid_option` naming the path
 * when it is no paginated list. The types refuse such a path, but a JavaScript caller (or a cast) gets
 * past them, and a list the API answers whole (`none`: `/audiences`, an inbox's labels) would be
 * requested and then refused as an `invalid_page`, naming the answer instead of the mistake.
 */
function paginationOf(path: unknown): string {
  // The path as given, whatever it is, as every refusal of the walk carries it.
  const refuse = (message: string) => new PaginationError({ name: 'invalid_option', message, path: path as string });
  if (typeof path !== 'string') throw refuse(`path must be a list route such as /emails (got ${kindOf(path)}).`);
  // Own keys only, so that `toString` or `constructor` is not taken for a route.
  const mode = Object.hasOwn(listRoutes, path) ? listRoutes[path] : undefined;
  if (mode === undefined) throw refuse(`${path} is not a list route (see the x-pagination routes of the spec).`);
  if (mode === 'none') {
    throw refuse(`${path} is a list the API does not paginate: GET it with the client instead.`);
  }
  return mode;
}

/**
 * Validates a walk and fixes its shape. Throws {@link PaginationError} for a `limit` outside 1–100,
 * a `prefetch` outside 0–{@link MAX_PREFETCH}, `after` together with `before`, a path that is no
 * paginated list route, or an init or option of the wrong kind or an option `walker` does not know, so that nothing
 * is requested.
 */
export function planWalk(
  path: string,
  init: Init | undefined,
  options: WalkOptions | undefined,
  walker: Walker,
): WalkPlan {
  const refuse = (name: 'invalid_limit' | 'invalid_option', message: string) =>
    new PaginationError({ name, message, path });
  const mode = paginationOf(path);
  checkOptions(path, options, walker);
  checkInit(init, failing(path));
  const query = init?.params?.query ?? {};
  const defaultLimit = given(options?.defaultLimit, MAX_LIMIT);
  if (!isLimit(defaultLimit))
    throw refuse('invalid_limit', `defaultLimit must be an integer from 1 to 100, got ${got(defaultLimit)}.`);
  if (query.limit !== undefined && !isLimit(query.limit)) {
    throw refuse('invalid_limit', `limit must be an integer from 1 to 100, got ${got(query.limit)}.`);
  }
  const prefetch = given(options?.prefetch, 1);
  if (!Number.isInteger(prefetch) || prefetch < 0 || prefetch > MAX_PREFETCH) {
    throw refuse('invalid_option', `prefetch must be an integer from 0 to ${MAX_PREFETCH}, got ${got(prefetch)}.`);
  }
  if (query.after != null && query.before != null) {
    throw refuse('invalid_option', 'after and before cannot be combined: give one of them to choose the direction.');
  }
  const direction = query.before != null ? 'before' : 'after';
  if (direction === 'before' && mode === 'after-only')
    throw refuse('invalid_option', `${path} pages forward only: give after, not before.`);
  const start = query[direction];
  // Without a limit, lists that paginate on request return everything at once; always send one.
  const limit = query.limit ?? defaultLimit;
  const { after: _after, before: _before, ...rest } = query;

  return {
    path,
    direction,
    cursor: start == null ? undefined : String(start),
    prefetch,
    initFor(cursor, signal) {
      const pageQuery: Record<string, unknown> = { ...rest, limit };
      if (cursor !== undefined) pageQuery[direction] = cursor;
      return { ...init, params: { ...init?.params, query: pageQuery }, signal };
    },
  };
}
