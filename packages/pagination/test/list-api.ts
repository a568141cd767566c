import { type HttpHandler, HttpResponse, http } from 'msw';

/** Where openapi-fetch clients in these tests send requests; msw answers, nothing leaves the process. */
export const BASE_URL = 'https://api.resend.com';

/** One item of a fake list. */
export interface FakeItem {
  id: string;
  subject: string;
}

/** A fake Resend list endpoint with real cursor semantics, and the requests it received. */
export interface FakeList {
  handler: HttpHandler;
  /** Every request URL, in order. */
  requests: URL[];
  /** The headers of every request, in order. */
  headers: Headers[];
  /** Every item, in the API's order. */
  items: FakeItem[];
}

/** Lets a test replace the answer to the `n`-th request (1-based). */
export type Intercept = (url: URL, n: number) => Response | undefined;

/** Zero-padded ids so that they sort like their position. */
export const itemId = (i: number) => `item_${String(i).padStart(6, '0')}`;

/**
 * Serves `total` items at `path` (openapi `{param}` placeholders allowed): `limit` 1–100 (absent:
 * everything, like Resend's "optional" lists), `after` / `before` excluding the cursor, `has_more`.
 */
export function fakeList(path: string, total: number, intercept?: Intercept): FakeList {
  const items = Array.from({ length: total }, (_, i) => ({ id: itemId(i), subject: `Email ${i}` }));
  const requests: URL[] = [];
  const headers: Headers[] = [];
  const pattern = BASE_URL + path.replace(/\{(\w+)\}/g, ':$1');
  const handler = http.get(pattern, ({ request }) => {
    const url = new URL(request.url);
    requests.push(url);
    headers.push(request.headers);
    const replaced = intercept?.(url, requests.length);
    if (replaced) return replaced;
    const q = url.searchParams;
    const limit = q.has('limit') ? Number(q.get('limit')) : total;
    if (q.has('after') && q.has('before')) return validationError('after and before are mutually exclusive');
    let start = 0;
    let end = Math.min(total, limit);
    let hasMore = end < total;
    if (q.has('after')) {
      const at = items.findIndex((item) => item.id === q.get('after'));
      if (at < 0) return validationError('unknown cursor');
      start = at + 1;
      end = Math.min(total, start + limit);
      hasMore = end < total;
    } else if (q.has('before')) {
      const at = items.findIndex((item) => item.id === q.get('before'));
      if (at < 0) return validationError('unknown cursor');
      end = at;
      start = Math.max(0, end - limit);
      hasMore = start > 0;
    }
    return HttpResponse.json({ object: 'list', has_more: hasMore, data: items.slice(start, end) });
  });
  return { handler, requests, headers, items };
}

export function validationError(message: string, status = 422): Response {
  return HttpResponse.json({ statusCode: status, name: 'validation_error', message }, { status });
}

/** Lets queued callbacks and in-process msw responses run, without waiting on a clock. */
export async function eventLoopTurns(n = 20): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}
