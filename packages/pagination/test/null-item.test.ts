/**
 * A page whose items are not objects (`null` in `data`) cannot be continued from: the walk ends with
 * `invalid_page`, never with a bare `TypeError` from reading the cursor off the item.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PaginationError, paginate } from '../src/index.js';
import { clients } from './client-factories.js';
import { fakeList, itemId } from './list-api.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe.each(clients)('a page with a null item at its edge, with %s', (_name, makeClient) => {
  it.each([
    ['forward, null last', {}, [{ id: itemId(0) }, null]],
    ['backward, null first', { before: itemId(50) }, [null, { id: itemId(49) }]],
  ])('ends with invalid_page (%s) instead of a TypeError', async (_case, query, data) => {
    const list = fakeList('/emails', 100, () => Response.json({ object: 'list', has_more: true, data }));
    server.use(list.handler);
    let error: unknown;
    try {
      for await (const _ of paginate(makeClient(), '/emails', { params: { query: { limit: 2, ...query } } }));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ name: 'invalid_page', path: '/emails' });
    expect(list.requests).toHaveLength(1);
  });
});
