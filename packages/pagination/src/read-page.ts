import { type RequestInfo, toResendError } from '@resendkit/client';
import { PaginationError } from './errors.js';
import type { Page, PaginationClient } from './types.js';
import type { WalkPlan } from './walk-plan.js';

/**
 * What a walk remembers to refuse pages that would yield an item twice: every cursor it requested,
 * and the ids of the page before (at most 100: a walk of 100,000 items holds no more).
 */
export interface WalkMemory {
  requested: Set<string>;
  previous: Set<string>;
}

/** A new walk's memory. */
export function walkMemory(): WalkMemory {
  return { requested: new Set(), previous: new Set() };
}

/** One fetched page and the cursor of the page after it (`undefined` when it is the last). */
export interface PageRead {
  page: Page<unknown>;
  next: string | undefined;
}

function isEnvelope(body: unknown): body is { data: unknown[]; has_more: boolean } {
  if (typeof body !== 'object' || body === null) return false;
  const { data, has_more } = body as Record<string, unknown>;
  return Array.isArray(data) && typeof has_more === 'boolean';
}

type Guard = (name: 'cursor_not_advancing' | 'invalid_page', message: string) => PaginationError;

/**
 * Refuses a page holding an item requested as a cursor, anywhere in it (not just at its edge: the page
 * overlaps one before it, or the cursors cycle A → B → A), an item of the page before (pages that
 * overlap without the cursor itself), or one id twice: following it would yield items twice. Then
 * remembers the page's ids as the page before.
 */
function checkNoRepeats(items: unknown[], memory: WalkMemory, guard: Guard, path: string): void {
  const idOf = (item: unknown) => (item as { id?: unknown } | null)?.id as string;
  // A cursor first: it names the inclusive cursor or the cycle, the likelier fault.
  for (const item of items) {
    const id = idOf(item);
    if (memory.requested.has(id))
      throw guard('cursor_not_advancing', `GET ${path} returned ${id}, a cursor already requested.`);
  }
  const ids = new Set<string>();
  for (const item of items) {
    const id = idOf(item);
    if (typeof id !== 'string') continue;
    if (memory.previous.has(id))
      throw guard('cursor_not_advancing', `GET ${path} returned ${id}, an item of the page before.`);
    if (ids.has(id)) throw guard('invalid_page', `GET ${path} returned ${id} twice in one page.`);
    ids.add(id);
  }
  memory.previous = ids;
}

/**
 * Requests the page at `cursor` and works out the next cursor. Rejects with the client's
 * `ResendError` on an API error, and with {@link PaginationError} when the page cannot be continued
 * from, or would yield an item twice (empty with `has_more`, an item already requested as a cursor in
 * this walk or held by the page before, an id twice in the page, a body that is not a list). `memory`
 * is the walk's: `cursor` is added to its cursors, and the page's ids become its page before.
 */
export async function readPage(
  client: PaginationClient,
  plan: WalkPlan,
  cursor: string | undefined,
  memory: WalkMemory,
  signal: AbortSignal,
): Promise<PageRead> {
  const guard = (name: 'cursor_not_advancing' | 'empty_page_with_more' | 'invalid_page', message: string) =>
    new PaginationError({ name, message, path: plan.path });
  if (cursor !== undefined) memory.requested.add(cursor);
  const result = await client.GET(plan.path as never, plan.initFor(cursor, signal));
  const { data: body, error, response } = result;
  if (error !== undefined || !response.ok) {
    // A resendkit client names the call on its result; another openapi-fetch client's call is
    // named from the response URL, else from the list path: the URL only names the call, so one a
    // custom client made up (empty, relative, garbled) must not turn the API's error into a TypeError.
    const named = (result as { request?: RequestInfo }).request;
    throw toResendError(
      error,
      response,
      named ?? { method: 'GET', path: URL.canParse(response.url) ? new URL(response.url).pathname : plan.path },
    );
  }
  if (!isEnvelope(body)) throw guard('invalid_page', `GET ${plan.path} did not return a list envelope.`);

  checkNoRepeats(body.data, memory, guard, plan.path);
  const page: Page<unknown> = { data: body.data, has_more: body.has_more, response };
  if (!body.has_more) return { page, next: undefined };
  // Walking forward the next page starts after the last item; walking back it ends before the first.
  const edge = plan.direction === 'after' ? body.data[body.data.length - 1] : body.data[0];
  if (edge === undefined) {
    throw guard('empty_page_with_more', `GET ${plan.path} returned an empty page with has_more: true.`);
  }
  // A `null` item (JSON allows it) has no id either: the same refusal, not a TypeError.
  const next = (edge as { id?: unknown } | null)?.id;
  if (typeof next !== 'string' || next === '') {
    throw guard('invalid_page', `GET ${plan.path} returned an item without a string id; cannot continue.`);
  }
  return { page, next };
}
