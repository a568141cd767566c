import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { pages } from '../src/index.js';
import { clients } from './client-factories.js';
import { eventLoopTurns, fakeList } from './list-api.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe.each(clients)('read-ahead with %s', (_name, makeClient) => {
  it('requests the next page while the consumer works on the current one', async () => {
    const list = fakeList('/emails', 30);
    server.use(list.handler);
    const requestsSeenPerPage: number[] = [];
    for await (const _page of pages(makeClient(), '/emails', { params: { query: { limit: 10 } } })) {
      const pageNumber = requestsSeenPerPage.length + 1;
      // The consumer is still on this page; the request for the next one must already be out.
      if (pageNumber < 3) await vi.waitFor(() => expect(list.requests).toHaveLength(pageNumber + 1));
      requestsSeenPerPage.push(list.requests.length);
    }
    expect(requestsSeenPerPage).toEqual([2, 3, 3]);
  });

  it('reads as many pages ahead as prefetch says', async () => {
    const list = fakeList('/emails', 50);
    server.use(list.handler);
    const walk = pages(makeClient(), '/emails', { params: { query: { limit: 10 } } }, { prefetch: 2 });
    const first = await walk.next();
    expect(first.value?.data).toHaveLength(10);
    await vi.waitFor(() => expect(list.requests).toHaveLength(3));
    await eventLoopTurns();
    expect(list.requests).toHaveLength(3);
    await walk.return();
  });

  it('with prefetch: 0 each request waits for the consumer', async () => {
    const log: string[] = [];
    const list = fakeList('/emails', 30, (_url, n) => {
      log.push(`request ${n}`);
      return undefined;
    });
    server.use(list.handler);
    let page = 0;
    for await (const _page of pages(makeClient(), '/emails', { params: { query: { limit: 10 } } }, { prefetch: 0 })) {
      page++;
      // Give a read-ahead every chance to start before the consumer moves on.
      await eventLoopTurns();
      log.push(`page ${page} done`);
    }
    expect(log).toEqual(['request 1', 'page 1 done', 'request 2', 'page 2 done', 'request 3', 'page 3 done']);
  });
});
