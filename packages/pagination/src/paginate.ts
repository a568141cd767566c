import type { ListPath } from '@resendkit/types';
import { followSignal, untilAborted } from '@resendkit/client/shared';
import { PaginationError } from './errors.js';
import { type PageRead, readPage, walkMemory } from './read-page.js';
import type { CollectOptions, InitAndOptions, ListItem, Page, PaginationClient, WalkOptions } from './types.js';
import { type Walker, assertClient, checkOptions, given, got, planWalk } from './walk-plan.js';

type AnyInit = Parameters<typeof planWalk>[1];

/** What a scheduled request settles to; never a rejection, so read-ahead cannot leak unhandled ones. */
type Outcome =
  { kind: 'start' } | { kind: 'page'; read: PageRead } | { kind: 'error'; error: unknown } | { kind: 'end' };

function throwIfAborted(signals: readonly (AbortSignal | null | undefined)[]): void {
  for (const signal of signals) signal?.throwIfAborted();
}

/** The caller's signals: `options.signal` and `init.signal`, either of them possibly absent. */
function callerSignalsOf(init: AnyInit, options: WalkOptions | undefined): (AbortSignal | undefined)[] {
  return [options?.signal, init?.signal as AbortSignal | undefined];
}

async function* walkPages(
  client: PaginationClient,
  path: string,
  init: AnyInit,
  options: WalkOptions | undefined,
  walker: Walker,
): AsyncGenerator<Page<unknown>, void, undefined> {
  assertClient(client, path);
  const plan = planWalk(path, init, options, walker);
  // Every cursor requested in this walk and the ids of the page before: an item that comes back means
  // the list is cycling or its pages overlap.
  const memory = walkMemory();
  const callerSignals = callerSignalsOf(init, options);
  throwIfAborted(callerSignals);
  // Aborted by the caller's signals, and by us when the consumer stops, to cancel the read-ahead.
  const stop = new AbortController();
  // One listener per caller signal however many walks share it (followSignal).
  const unfollow = callerSignals.map((signal) => signal && followSignal(signal, () => stop.abort(signal.reason)));

  // Each request is chained on the one before it, since its cursor comes from that page.
  let tail: Promise<Outcome> = Promise.resolve({ kind: 'start' });
  const schedule = (): Promise<Outcome> => {
    tail = tail.then(async (previous): Promise<Outcome> => {
      if (stop.signal.aborted) return { kind: 'end' };
      let cursor: string | undefined;
      if (previous.kind === 'start') cursor = plan.cursor;
      else if (previous.kind === 'page' && previous.read.next !== undefined) cursor = previous.read.next;
      else return { kind: 'end' };
      try {
        const read = readPage(client, plan, cursor, memory, stop.signal);
        return { kind: 'page', read: await untilAborted(read, stop.signal) };
      } catch (error) {
        return { kind: 'error', error };
      }
    });
    return tail;
  };

  const ahead: Promise<Outcome>[] = [];
  let pending = schedule();
  try {
    for (;;) {
      const outcome = await pending;
      // A request that failed because the caller aborted reports the caller's reason, not fetch's.
      throwIfAborted(callerSignals);
      if (outcome.kind === 'error') throw outcome.error;
      if (outcome.kind !== 'page') return;
      const { page, next } = outcome.read;
      if (next !== undefined) while (ahead.length < plan.prefetch) ahead.push(schedule());
      yield page;
      if (next === undefined) return;
      pending = ahead.shift() ?? schedule();
    }
  } finally {
    stop.abort(new PaginationAborted());
    for (const stopFollowing of unfollow) stopFollowing?.();
  }
}

/** The reason given to the read-ahead request that is cancelled when the consumer stops early. */
class PaginationAborted extends Error {
  override readonly name = 'AbortError';
  constructor() {
    super('The pagination consumer stopped; the read-ahead request is no longer needed.');
  }
}

async function* walkItems(
  client: PaginationClient,
  path: string,
  init: AnyInit,
  options: WalkOptions | undefined,
  walker: Walker,
): AsyncGenerator<unknown, void, undefined> {
  const callerSignals = callerSignalsOf(init, options);
  for await (const page of walkPages(client, path, init, options, walker)) {
    for (const item of page.data) {
      throwIfAborted(callerSignals);
      yield item;
    }
  }
}

/**
 * Walks a list endpoint item by item, requesting pages as needed.
 *
 * Forward by default (`after` = the last item's `id`); backward when `init.params.query.before` is
 * given (`before` = the first item's `id`; items keep the API's order within a page). Sends `limit`
 * (`options.defaultLimit`, 100) unless the caller gives one. Reads `options.prefetch` pages ahead.
 * `break` stops at once and cancels the read-ahead. Rejects with `ResendError` on an API error, after
 * every item fetched before it; with {@link PaginationError} when a guard fires.
 *
 * @example
 * for await (const contact of paginate(resend, '/contacts')) console.log(contact.email);
 */
export function paginate<P extends ListPath>(
  client: PaginationClient,
  path: P,
  ...args: InitAndOptions<P, WalkOptions>
): AsyncGenerator<ListItem<P>, void, undefined> {
  const [init, options] = args;
  return walkItems(client, path, init as AnyInit, options, 'paginate') as AsyncGenerator<ListItem<P>, void, undefined>;
}

/**
 * Walks a list endpoint page by page: each page is `{ data, has_more, response }`. Same walk, options
 * and errors as {@link paginate}.
 *
 * @example
 * for await (const page of pages(resend, '/segments/{segment_id}/contacts', { params: { path: { segment_id } } })) {
 *   console.log(page.data.length, page.response.headers.get('ratelimit-remaining'));
 * }
 */
export function pages<P extends ListPath>(
  client: PaginationClient,
  path: P,
  ...args: InitAndOptions<P, WalkOptions>
): AsyncGenerator<Page<ListItem<P>>, void, undefined> {
  const [init, options] = args;
  return walkPages(client, path, init as AnyInit, options, 'pages') as AsyncGenerator<
    Page<ListItem<P>>,
    void,
    undefined
  >;
}

/**
 * Collects a list endpoint into an array, stopping after `options.max` items. Read-ahead is off by
 * default here (nothing happens between pages), and when `max` is below the page size the `limit` sent
 * is `max`, so exactly `ceil(max / limit)` requests are made.
 *
 * @example
 * const domains = await collect(resend, '/domains', {}, { max: 500 });
 */
export async function collect<P extends ListPath>(
  client: PaginationClient,
  path: P,
  ...args: InitAndOptions<P, CollectOptions>
): Promise<ListItem<P>[]> {
  const [init, options] = args;
  assertClient(client, path);
  // Here too, before the options are spread into the walk's own (a string's letters would be).
  checkOptions(path, options, 'collect');
  const max = given(options?.max, Number.POSITIVE_INFINITY);
  if (max !== Number.POSITIVE_INFINITY && !(Number.isInteger(max) && max >= 0)) {
    throw new PaginationError({
      name: 'invalid_option',
      message: `max must be a non-negative integer, got ${got(max)}.`,
      path,
    });
  }
  const walk: WalkOptions = {
    ...options,
    prefetch: given(options?.prefetch, 0),
    // At least 1, the smallest limit there is: with `max` 0 the walk is still checked.
    defaultLimit: given(options?.defaultLimit, Math.max(1, Math.min(100, max))),
  };
  const items: ListItem<P>[] = [];
  if (max === 0) {
    // Nothing to request, but a walk refused with any other `max` (a bad limit, path or init, an
    // aborted signal) is refused here too, rather than passing unseen until `max` grows.
    planWalk(path, init as AnyInit, walk, 'collect');
    throwIfAborted(callerSignalsOf(init as AnyInit, walk));
    return items;
  }
  for await (const item of walkItems(client, path, init as AnyInit, walk, 'collect')) {
    items.push(item as ListItem<P>);
    if (items.length >= max) break;
  }
  return items;
}
