/**
 * `collect` with `max: 0` requests nothing, but a walk that would be refused is refused all the
 * same: a bad limit, path, init or option, or an aborted signal must not pass unseen until `max` is
 * above 0.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PaginationError, collect } from '../src/index.js';
import { clients } from './client-factories.js';
import { fakeList, itemId } from './list-api.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe.each(clients)('collect with max 0, with %s', (_name, makeClient) => {
  it.each([
    ['a limit above 100', { params: { query: { limit: 500 } } }, {}, 'invalid_limit'],
    ['after with before', { params: { query: { after: itemId(1), before: itemId(5) } } }, {}, 'invalid_option'],
    ['an init that is not an object', 'limit=10', {}, 'invalid_option'],
    ['a prefetch above 10', {}, { prefetch: 99 }, 'invalid_option'],
    ['a defaultLimit of 0', {}, { defaultLimit: 0 }, 'invalid_limit'],
  ])('refuses %s, as with any other max, before any request', async (_case, init, options, name) => {
    const list = fakeList('/emails', 10);
    server.use(list.handler);
    const error = await collect(makeClient(), '/emails', init as never, { ...options, max: 0 }).catch((e) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ name, path: '/emails' });
    expect(list.requests).toHaveLength(0);
  });

  it('refuses a path that is not a list route', async () => {
    await expect(collect(makeClient(), '/emails/{email_id}' as '/emails', {}, { max: 0 })).rejects.toMatchObject({
      name: 'invalid_option',
      message: expect.stringContaining('not a list route'),
    });
  });

  it('rejects with the reason of an aborted signal, given as an option or in init', async () => {
    const reason = new Error('user went away');
    const signal = AbortSignal.abort(reason);
    await expect(collect(makeClient(), '/emails', {}, { max: 0, signal })).rejects.toBe(reason);
    await expect(collect(makeClient(), '/emails', { signal }, { max: 0 })).rejects.toBe(reason);
  });

  it('still resolves to no items, without a request, when the walk is sound', async () => {
    const list = fakeList('/emails', 10);
    server.use(list.handler);
    expect(await collect(makeClient(), '/emails', { params: { query: { limit: 10 } } }, { max: 0 })).toEqual([]);
    expect(list.requests).toHaveLength(0);
  });
});
