import { isResendError } from '@resendkit/client';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectErrorModel } from '../../client/test/error-shape.js';
import { type PaginationError, isPaginationError, paginate } from '../src/index.js';
import { clients } from './client-factories.js';
import { type Intercept, fakeList } from './list-api.js';
import { rejection } from './rejection.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const page =
  (body: unknown): Intercept =>
  (url) =>
    url.searchParams.has('after') ? Response.json(body) : undefined;

describe.each(clients)('the error model with %s', (_name, makeClient) => {
  it('gives every PaginationError code, from a real walk, the one model', async () => {
    const cases: [string, Intercept | undefined, Parameters<typeof paginate>[2], Parameters<typeof paginate>[3]][] = [
      ['invalid_limit', undefined, { params: { query: { limit: 0 } } }, {}],
      ['invalid_option', undefined, {}, { prefetch: 11 }],
      [
        'cursor_not_advancing',
        page({ object: 'list', has_more: true, data: [{ id: 'item_000000' }] }),
        { params: { query: { limit: 1 } } },
        {},
      ],
      [
        'empty_page_with_more',
        page({ object: 'list', has_more: true, data: [] }),
        { params: { query: { limit: 1 } } },
        {},
      ],
      ['invalid_page', page({ nope: true }), { params: { query: { limit: 1 } } }, {}],
    ];
    for (const [code, intercept, init, options] of cases) {
      server.resetHandlers(fakeList('/emails', 10, intercept).handler);
      const error = await rejection(paginate(makeClient(), '/emails', init as never, options));
      expect((error as PaginationError).code, code).toBe(code);
      expectErrorModel(error, 'PaginationError', isPaginationError, { path: '/emails' });
    }
  });

  it('names an API error met during a walk with GET and the list path', async () => {
    server.use(
      fakeList('/emails', 10, () =>
        Response.json({ statusCode: 500, name: 'application_error', message: 'Boom.' }, { status: 500 }),
      ).handler,
    );
    const error = await rejection(paginate(makeClient(), '/emails'));
    expect(isResendError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'application_error', method: 'GET', path: '/emails' });
  });
});
