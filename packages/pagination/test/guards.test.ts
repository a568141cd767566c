import { ResendError } from '@resendkit/client';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PaginationError, collect, pages, paginate } from '../src/index.js';
import { clients } from './client-factories.js';
import { eventLoopTurns, fakeList, itemId } from './list-api.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => itemId(from + i));

/** Runs a walk to its end, returning what was yielded and what it rejected with. */
async function drain<T extends { id: string }>(walk: AsyncIterable<T>): Promise<{ seen: string[]; error: unknown }> {
  const seen: string[] = [];
  try {
    for await (const item of walk) seen.push(item.id);
  } catch (error) {
    return { seen, error };
  }
  return { seen, error: undefined };
}

describe.each(clients)('guards and errors with %s', (_name, makeClient) => {
  it.each([1, 0])(
    'rejects with ResendError after yielding every item fetched before an API error mid-way (prefetch %i)',
    async (prefetch) => {
      const list = fakeList('/emails', 100, (_url, n) =>
        n === 3
          ? Response.json({ statusCode: 500, name: 'application_error', message: 'boom' }, { status: 500 })
          : undefined,
      );
      server.use(list.handler);
      const walk = paginate(makeClient(), '/emails', { params: { query: { limit: 10 } } }, { prefetch });
      const { seen, error } = await drain(walk);
      expect(seen).toEqual(range(0, 20));
      expect(error).toBeInstanceOf(ResendError);
      expect(error).toMatchObject({ name: 'application_error', statusCode: 500, method: 'GET', path: '/emails' });
      expect(list.requests).toHaveLength(3);
    },
  );

  it('ends with cursor_not_advancing when the API answers the same page again, yielding nothing twice', async () => {
    // An API that ignores `after` keeps returning the first page.
    const list = fakeList('/emails', 100, (url) => {
      if (!url.searchParams.has('after')) return undefined;
      const first = range(0, 10).map((id) => ({ id, subject: id }));
      return Response.json({ object: 'list', has_more: true, data: first });
    });
    server.use(list.handler);
    const { seen, error } = await drain(paginate(makeClient(), '/emails', { params: { query: { limit: 10 } } }));
    expect(seen).toEqual(range(0, 10));
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ name: 'cursor_not_advancing', path: '/emails' });
    expect(list.requests).toHaveLength(2);
  });

  it('ends with cursor_not_advancing when the cursors cycle A → B → A, yielding nothing twice', async () => {
    // The third page (after item_19) wrongly starts over, so its last id is the first cursor again.
    const list = fakeList('/emails', 100, (url) => {
      if (url.searchParams.get('after') !== itemId(19)) return undefined;
      const first = range(0, 10).map((id) => ({ id, subject: id }));
      return Response.json({ object: 'list', has_more: true, data: first });
    });
    server.use(list.handler);
    const seen: string[] = [];
    let error: unknown;
    try {
      // Bounded, so that without the guard the test fails instead of looping forever.
      for await (const email of paginate(
        makeClient(),
        '/emails',
        { params: { query: { limit: 10 } } },
        { prefetch: 0 },
      )) {
        seen.push(email.id);
        if (seen.length >= 60) break;
      }
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ name: 'cursor_not_advancing', path: '/emails' });
    expect(seen).toEqual(range(0, 20));
    expect(list.requests).toHaveLength(3);
  });

  it.each([
    // A server whose cursor is inclusive: the page after item_9 starts at item_9 again, and moves on.
    [
      'an inclusive cursor',
      (start: number) => ({ has_more: start + 10 < 30, data: range(start, Math.min(start + 10, 30)) }),
    ],
    // The last page reaches back over the one before it.
    ['a last page overlapping the one before', (start: number) => ({ has_more: false, data: range(start - 5, 30) })],
  ])('ends with cursor_not_advancing on %s, yielding nothing twice', async (_case, answer) => {
    const list = fakeList('/emails', 30, (url) => {
      const after = url.searchParams.get('after');
      if (after === null) return undefined;
      const { has_more, data } = answer(Number(after.slice('item_'.length)));
      return Response.json({ object: 'list', has_more, data: data.map((id) => ({ id, subject: id })) });
    });
    server.use(list.handler);
    const { seen, error } = await drain(paginate(makeClient(), '/emails', { params: { query: { limit: 10 } } }));
    expect(seen).toEqual(range(0, 10));
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ name: 'cursor_not_advancing', message: expect.stringContaining(itemId(9)) });
    expect(list.requests).toHaveLength(2);
  });

  it('collect() with max rejects on a cursor cycle instead of returning duplicates', async () => {
    const list = fakeList('/emails', 100, (url) => {
      if (url.searchParams.get('after') !== itemId(19)) return undefined;
      return Response.json({ object: 'list', has_more: true, data: range(0, 10).map((id) => ({ id, subject: id })) });
    });
    server.use(list.handler);
    await expect(
      collect(makeClient(), '/emails', { params: { query: { limit: 10 } } }, { max: 50 }),
    ).rejects.toMatchObject({
      name: 'cursor_not_advancing',
    });
  });

  it('ends with cursor_not_advancing on a page repeating items of the page before without the cursor, yielding nothing twice', async () => {
    // The page after item_9 wrongly holds item_5..item_8 (not the cursor itself) before item_10..item_15.
    const list = fakeList('/emails', 30, (url) => {
      if (url.searchParams.get('after') !== itemId(9)) return undefined;
      const data = [...range(5, 9), ...range(10, 16)].map((id) => ({ id, subject: id }));
      return Response.json({ object: 'list', has_more: true, data });
    });
    server.use(list.handler);
    const { seen, error } = await drain(paginate(makeClient(), '/emails', { params: { query: { limit: 10 } } }));
    expect(seen).toEqual(range(0, 10));
    expect(new Set(seen).size).toBe(seen.length);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({
      name: 'cursor_not_advancing',
      message: expect.stringContaining(`${itemId(5)}, an item of the page before`),
    });
  });

  it('ends with invalid_page on a page holding one id twice, before yielding any of it', async () => {
    const list = fakeList('/emails', 30, (url) => {
      if (url.searchParams.get('after') !== itemId(9)) return undefined;
      const data = [...range(10, 15), itemId(12), ...range(15, 19)].map((id) => ({ id, subject: id }));
      return Response.json({ object: 'list', has_more: true, data });
    });
    server.use(list.handler);
    const { seen, error } = await drain(paginate(makeClient(), '/emails', { params: { query: { limit: 10 } } }));
    expect(seen).toEqual(range(0, 10));
    expect(error).toMatchObject({ name: 'invalid_page', message: expect.stringContaining(`${itemId(12)} twice`) });
  });

  it('walks on when items repeat only across pages further apart than the one before (ids are not all kept)', async () => {
    // Page 3 (after item_19) holds item_0, which was two pages back: not a cursor, not the page before.
    const list = fakeList('/emails', 30, (url) => {
      if (url.searchParams.get('after') !== itemId(19)) return undefined;
      const data = [itemId(0), ...range(20, 29)].map((id) => ({ id, subject: id }));
      return Response.json({ object: 'list', has_more: false, data });
    });
    server.use(list.handler);
    const { seen, error } = await drain(paginate(makeClient(), '/emails', { params: { query: { limit: 10 } } }));
    expect(error).toBeUndefined();
    expect(seen).toHaveLength(30);
  });

  it('ends with empty_page_with_more on an empty page that claims more', async () => {
    const list = fakeList('/emails', 100, (_url, n) =>
      n === 2 ? Response.json({ object: 'list', has_more: true, data: [] }) : undefined,
    );
    server.use(list.handler);
    const { seen, error } = await drain(paginate(makeClient(), '/emails', { params: { query: { limit: 10 } } }));
    expect(seen).toEqual(range(0, 10));
    expect(error).toMatchObject({ name: 'empty_page_with_more' });
    expect(error).toBeInstanceOf(PaginationError);
    expect(list.requests).toHaveLength(2);
  });

  it('ends with invalid_page when the body is not a list envelope', async () => {
    const list = fakeList('/emails', 10, () => Response.json({ object: 'email', id: 'x' }));
    server.use(list.handler);
    await expect(collect(makeClient(), '/emails')).rejects.toMatchObject({ name: 'invalid_page' });
  });

  it.each([0, 101, 1.5, -1, Number.NaN])('refuses limit %s before any request', async (limit) => {
    const list = fakeList('/emails', 10);
    server.use(list.handler);
    const walk = paginate(makeClient(), '/emails', { params: { query: { limit } } });
    await expect(walk.next()).rejects.toMatchObject({ name: 'invalid_limit' });
    await expect(collect(makeClient(), '/emails', { params: { query: { limit } } })).rejects.toBeInstanceOf(
      PaginationError,
    );
    expect(list.requests).toHaveLength(0);
  });

  it('refuses a bad defaultLimit, prefetch or max, and after with before, before any request', async () => {
    const list = fakeList('/emails', 10);
    server.use(list.handler);
    const client = makeClient();
    await expect(collect(client, '/emails', {}, { defaultLimit: 500 })).rejects.toMatchObject({
      name: 'invalid_limit',
    });
    await expect(collect(client, '/emails', {}, { prefetch: -1 })).rejects.toMatchObject({ name: 'invalid_option' });
    await expect(collect(client, '/emails', {}, { max: 2.5 })).rejects.toMatchObject({ name: 'invalid_option' });
    const both = { params: { query: { after: itemId(1), before: itemId(5) } } };
    await expect(pages(client, '/emails', both).next()).rejects.toMatchObject({ name: 'invalid_option' });
    expect(list.requests).toHaveLength(0);
  });

  it('refuses a path that is not a list route of the spec, and before on an after-only list, before any request', async () => {
    const list = fakeList('/emails', 10);
    server.use(list.handler);
    const client = makeClient();
    const notAList = '/emails/{email_id}' as '/emails';
    await expect(collect(client, notAList)).rejects.toMatchObject({
      name: 'invalid_option',
      message: expect.stringContaining('not a list route'),
    });
    const backwards = { params: { path: { webhook_id: 'w1' }, query: { before: itemId(3) } } };
    await expect(collect(client, '/webhooks/{webhook_id}/events', backwards as never)).rejects.toMatchObject({
      name: 'invalid_option',
      message: expect.stringContaining('pages forward only'),
    });
    expect(list.requests).toHaveLength(0);
  });

  it('refuses prefetch above 10 before any request, naming the limit, and accepts 10', async () => {
    const list = fakeList('/emails', 10);
    server.use(list.handler);
    const client = makeClient();
    for (const prefetch of [11, 1e7]) {
      const walk = paginate(client, '/emails', {}, { prefetch });
      await expect(walk.next()).rejects.toMatchObject({
        name: 'invalid_option',
        message: expect.stringContaining('0 to 10'),
      });
    }
    expect(list.requests).toHaveLength(0);
    expect(await collect(client, '/emails', {}, { prefetch: 10 })).toHaveLength(10);
  });

  it('stops when the AbortSignal aborts: rejects with its reason and requests nothing more', async () => {
    const list = fakeList('/emails', 1000);
    server.use(list.handler);
    const controller = new AbortController();
    const reason = new Error('user went away');
    const seen: string[] = [];
    const walk = paginate(makeClient(), '/emails', { params: { query: { limit: 10 } } }, { signal: controller.signal });
    const run = (async () => {
      for await (const email of walk) {
        seen.push(email.id);
        if (seen.length === 15) controller.abort(reason);
      }
    })();
    await expect(run).rejects.toBe(reason);
    expect(seen).toEqual(range(0, 15));
    // page 1, page 2, and at most page 3 read ahead (cancelled by the abort); nothing after.
    await eventLoopTurns();
    expect(list.requests.length).toBeGreaterThanOrEqual(2);
    expect(list.requests.length).toBeLessThanOrEqual(3);
  });

  it('stops on an abort of init.signal too, while a request is in flight', async () => {
    const controller = new AbortController();
    const list = fakeList('/emails', 100, (_url, n) => {
      if (n === 2) controller.abort();
      return undefined;
    });
    server.use(list.handler);
    const walk = collect(makeClient(), '/emails', { params: { query: { limit: 10 } }, signal: controller.signal });
    await expect(walk).rejects.toMatchObject({ name: 'AbortError' });
    expect(list.requests).toHaveLength(2);
  });

  it('makes no request when the signal is already aborted', async () => {
    const list = fakeList('/emails', 10);
    server.use(list.handler);
    const signal = AbortSignal.abort(new Error('too late'));
    await expect(collect(makeClient(), '/emails', {}, { signal })).rejects.toThrow('too late');
    expect(list.requests).toHaveLength(0);
  });
});

describe('a client that is not an openapi-fetch client', () => {
  const notClients: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['an object without GET', {}],
    ['an object whose GET is not a function', { GET: 'nope' }],
  ];

  it.each(notClients)(
    'is refused with PaginationError invalid_option by collect, paginate and pages (%s)',
    async (_name, client) => {
      const bad = client as never;
      const refusal = {
        name: 'invalid_option',
        message: expect.stringContaining('client must be an openapi-fetch client'),
      };
      await expect(collect(bad, '/emails')).rejects.toBeInstanceOf(PaginationError);
      await expect(collect(bad, '/emails')).rejects.toMatchObject(refusal);
      await expect(collect(bad, '/emails', {}, { max: 0 })).rejects.toMatchObject(refusal);
      await expect(paginate(bad, '/emails').next()).rejects.toMatchObject(refusal);
      await expect(pages(bad, '/emails').next()).rejects.toMatchObject(refusal);
    },
  );
});
