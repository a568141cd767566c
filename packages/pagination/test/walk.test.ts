import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collect, pages, paginate } from '../src/index.js';
import { clients } from './client-factories.js';
import { eventLoopTurns, fakeList, itemId } from './list-api.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ids = (items: { id: string }[]) => items.map((item) => item.id);
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => itemId(from + i));

describe.each(clients)('walking a list with %s', (_name, makeClient) => {
  it('walks every page forward in order, after = the last id of the page before', async () => {
    const list = fakeList('/emails', 250);
    server.use(list.handler);
    const seen: string[] = [];
    for await (const email of paginate(makeClient(), '/emails')) seen.push(email.id);
    expect(seen).toEqual(ids(list.items));
    expect(list.requests.map((url) => url.searchParams.get('after'))).toEqual([null, itemId(99), itemId(199)]);
    expect(list.requests.every((url) => !url.searchParams.has('before'))).toBe(true);
  });

  it.each([
    [250, 100],
    [200, 100],
    [1, 100],
    [99, 10],
    [30, 1],
  ])('makes exactly ceil(N/limit) requests for N=%i, limit=%i', async (total, limit) => {
    const list = fakeList('/emails', total);
    server.use(list.handler);
    let count = 0;
    for await (const _ of paginate(makeClient(), '/emails', { params: { query: { limit } } })) count++;
    expect(count).toBe(total);
    expect(list.requests).toHaveLength(Math.ceil(total / limit));
    expect(list.requests.every((url) => url.searchParams.get('limit') === String(limit))).toBe(true);
  });

  it('sends limit=100 when the caller gives none, since some lists return everything without it', async () => {
    const list = fakeList('/emails', 150);
    server.use(list.handler);
    const all = await collect(makeClient(), '/emails');
    expect(all).toHaveLength(150);
    expect(list.requests.map((url) => url.searchParams.get('limit'))).toEqual(['100', '100']);
  });

  it('sends defaultLimit when given instead of 100', async () => {
    const list = fakeList('/emails', 5);
    server.use(list.handler);
    const seen = await collect(makeClient(), '/emails', undefined, { defaultLimit: 2 });
    expect(ids(seen)).toEqual(range(0, 5));
    expect(list.requests.map((url) => url.searchParams.get('limit'))).toEqual(['2', '2', '2']);
  });

  it('yields nothing from an empty list, after one request', async () => {
    const list = fakeList('/emails', 0);
    server.use(list.handler);
    const seen: unknown[] = [];
    for await (const email of paginate(makeClient(), '/emails')) seen.push(email);
    expect(seen).toEqual([]);
    expect(list.requests).toHaveLength(1);
  });

  it('stops at once on break without read-ahead: one request only', async () => {
    const list = fakeList('/emails', 500);
    server.use(list.handler);
    const seen: string[] = [];
    for await (const email of paginate(
      makeClient(),
      '/emails',
      { params: { query: { limit: 10 } } },
      { prefetch: 0 },
    )) {
      seen.push(email.id);
      if (seen.length === 3) break;
    }
    await eventLoopTurns();
    expect(seen).toEqual(range(0, 3));
    expect(list.requests).toHaveLength(1);
  });

  it('stops at once on break with read-ahead: nothing beyond the request already in flight', async () => {
    const list = fakeList('/emails', 500);
    server.use(list.handler);
    const seen: string[] = [];
    for await (const email of paginate(makeClient(), '/emails', { params: { query: { limit: 10 } } })) {
      seen.push(email.id);
      if (seen.length === 15) break;
    }
    await eventLoopTurns();
    expect(seen).toEqual(range(0, 15));
    // page 1, page 2 (being consumed) and page 3 (read ahead while page 2 was consumed).
    expect(list.requests).toHaveLength(3);
  });

  it('walks backward from a before cursor: pages walk back, items keep the API order in a page', async () => {
    const list = fakeList('/emails', 250);
    server.use(list.handler);
    const seen: string[][] = [];
    const start = { params: { query: { before: itemId(230), limit: 100 } } };
    for await (const page of pages(makeClient(), '/emails', start)) seen.push(ids(page.data));
    expect(seen).toEqual([range(130, 230), range(30, 130), range(0, 30)]);
    expect(list.requests.map((url) => url.searchParams.get('before'))).toEqual([itemId(230), itemId(130), itemId(30)]);
    expect(list.requests.every((url) => !url.searchParams.has('after'))).toBe(true);
  });

  it('starts forward from the caller’s after cursor', async () => {
    const list = fakeList('/emails', 30);
    server.use(list.handler);
    const seen = await collect(makeClient(), '/emails', { params: { query: { after: itemId(9), limit: 15 } } });
    expect(ids(seen)).toEqual(range(10, 30));
    expect(list.requests.map((url) => url.searchParams.get('after'))).toEqual([itemId(9), itemId(24)]);
  });

  it('fills path parameters on every request of the walk', async () => {
    const list = fakeList('/emails/{email_id}/attachments', 25);
    server.use(list.handler);
    const init = { params: { path: { email_id: 'em_42' }, query: { limit: 10 } } };
    const seen: string[] = [];
    for await (const attachment of paginate(makeClient(), '/emails/{email_id}/attachments', init))
      seen.push(attachment.id);
    expect(seen).toEqual(range(0, 25));
    expect(list.requests.map((url) => url.pathname)).toEqual(Array(3).fill('/emails/em_42/attachments'));
    expect(list.requests.map((url) => url.searchParams.get('after'))).toEqual([null, itemId(9), itemId(19)]);
  });

  it('keeps the caller’s headers and other query parameters on every request', async () => {
    const list = fakeList('/emails', 15);
    server.use(list.handler);
    const init = { params: { query: { limit: 10 } }, headers: { 'x-trace': 'abc' } };
    await collect(makeClient(), '/emails', init);
    expect(list.headers.map((headers) => headers.get('x-trace'))).toEqual(['abc', 'abc']);
    expect(list.requests.map((url) => url.searchParams.get('limit'))).toEqual(['10', '10']);
    // The caller's init is not modified by the walk.
    expect(init).toEqual({ params: { query: { limit: 10 } }, headers: { 'x-trace': 'abc' } });
  });

  it('pages() yields each page with has_more and its response', async () => {
    const list = fakeList('/emails', 25);
    server.use(list.handler);
    const seen: { size: number; hasMore: boolean; status: number; url: string }[] = [];
    for await (const page of pages(makeClient(), '/emails', { params: { query: { limit: 10 } } })) {
      seen.push({
        size: page.data.length,
        hasMore: page.has_more,
        status: page.response.status,
        url: page.response.url,
      });
    }
    expect(seen.map(({ size, hasMore, status }) => [size, hasMore, status])).toEqual([
      [10, true, 200],
      [10, true, 200],
      [5, false, 200],
    ]);
    expect(seen[1]?.url).toContain(`after=${itemId(9)}`);
  });

  it('collect() stops at max, asking only for the pages it needs', async () => {
    const list = fakeList('/emails', 1000);
    server.use(list.handler);
    const capped = await collect(makeClient(), '/emails', {}, { max: 250 });
    expect(ids(capped)).toEqual(range(0, 250));
    expect(list.requests).toHaveLength(3);

    const small = await collect(makeClient(), '/emails', {}, { max: 7 });
    expect(ids(small)).toEqual(range(0, 7));
    expect(list.requests.slice(3).map((url) => url.searchParams.get('limit'))).toEqual(['7']);
  });

  it('collect() with max 0 makes no request', async () => {
    const list = fakeList('/emails', 10);
    server.use(list.handler);
    expect(await collect(makeClient(), '/emails', {}, { max: 0 })).toEqual([]);
    expect(list.requests).toHaveLength(0);
  });
});
