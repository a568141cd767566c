/**
 * A path that is not a paginated list is refused before anything is sent. The types refuse it, but
 * JavaScript callers (and casts) get past them: `/audiences` is a real `GET` route whose answer is a
 * list with no `has_more` and no cursors (`x-pagination: none` in the spec), so walking it had sent a
 * request and then failed with `invalid_page`, naming the answer instead of the mistake.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PaginationError, collect, pages, paginate } from '../src/index.js';
import { clients } from './client-factories.js';
import { BASE_URL } from './list-api.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Answers every request as the unpaginated lists do (all items, no `has_more`), recording each one. */
function anyRoute(): URL[] {
  const requests: URL[] = [];
  server.use(
    http.all(`${BASE_URL}/*`, ({ request }) => {
      requests.push(new URL(request.url));
      return HttpResponse.json({ object: 'list', data: [{ id: 'aud_1', name: 'Everyone' }] });
    }),
  );
  return requests;
}

type Walk = (client: unknown, path: string, ...rest: unknown[]) => Promise<unknown>;

const walks: [string, Walk][] = [
  ['collect', (client, path, ...rest) => (collect as Walk)(client, path, ...rest)],
  [
    'paginate',
    (client, path, ...rest) =>
      (paginate as unknown as (...a: unknown[]) => AsyncGenerator)(client, path, ...rest).next(),
  ],
  [
    'pages',
    (client, path, ...rest) => (pages as unknown as (...a: unknown[]) => AsyncGenerator)(client, path, ...rest).next(),
  ],
];

describe.each(clients)('paths that are not paginated lists, with %s', (_name, makeClient) => {
  it.each(walks)(
    '%s refuses a GET route whose list is not paginated, naming the path and why, before any request',
    async (_walker, walk) => {
      const requests = anyRoute();
      for (const [path, init] of [
        ['/audiences', {}],
        ['/inboxes/{inbox_id}/labels', { params: { path: { inbox_id: 'in_1' } } }],
      ] as const) {
        const error = await walk(makeClient(), path, init).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(PaginationError);
        expect(error).toMatchObject({ name: 'invalid_option', code: 'invalid_option', path });
        expect((error as Error).message).toBe(
          `${path} is a list the API does not paginate: GET it with the client instead.`,
        );
      }
      expect(requests).toHaveLength(0);
    },
  );

  it.each(walks)('%s refuses a path that is no route of the API, naming it, before any request', async (_w, walk) => {
    const requests = anyRoute();
    const error = await walk(makeClient(), '/audience', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({
      name: 'invalid_option',
      path: '/audience',
      message: '/audience is not a list route (see the x-pagination routes of the spec).',
    });
    expect(requests).toHaveLength(0);
  });
});
