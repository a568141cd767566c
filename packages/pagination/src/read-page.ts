import { type RequestInfo, toResendError } from '@resendkit/client';
import { PaginationError } from './errors.js';
import type { Page, PaginationClient } from './types.js';
import type { WalkPlan } from './walk-plan.js';

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

/**
 * Requests the page at `cursor` and works out the next cursor. Rejects with the client's
 * `ResendError` on an API error, and with {@link PaginationError} when the page cannot be continued
 * from (empty with `has_more`, an item already requested as a cursor in this walk, a body that is not a list).
 * `requested` is the walk's set of cursors asked for so far; `cursor` is added to it.
 */
export async function readPage(
  client: PaginationClient,
  plan: WalkPlan,
  cursor: string | undefined,
  requested: Set<string>,
  signal: AbortSignal,
): Promise<PageRead> {
  const guard = (name: 'cursor_not_advancing' | 'empty_page_with_more' | 'invalid_page', message: string) =>
    new PaginationError({ name, message, path: plan.path });
  if (cursor !== undefined) requested.add(cursor);
  const result = await client.GET(plan.path as never, plan.initFor(cursor, signal));
  const { data: body, error, response } = result;
  if (error !== undefined || !response.ok) {
    // A resendkit client names the call on its result; another openapi-fetch client's call is
    // named from the response URL, else from the list path.
    const named = (result as { request?: RequestInfo }).request;
    throw toResendError(
      error,
      response,
      named ?? { method: 'GET', path: response.url ? new URL(response.url).pathname : plan.path },
    );
  }
  if (!isEnvelope(body)) throw guard('invalid_page', `GET ${plan.path} did not return a list envelope.`);

  // Any item requested as a cursor, anywhere in the page (not just at its edge): the page overlaps
  // one before it (an inclusive cursor, a cycle A → B → A), so following it would yield items twice.
  for (const item of body.data) {
    const id = (item as { id?: unknown } | null)?.id;
    if (requested.has(id as string)) {
      throw guard('cursor_not_advancing', `GET ${plan.path} returned ${id}, a cursor already requested.`);
    }
  }
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
