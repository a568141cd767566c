/**
 * Arguments of the wrong kind are refused with `PaginationError` before any request, naming the
 * argument and the kind it got: never read as the defaults, never sent as something else (a string's
 * letters as query parameters, an object's text as a cursor), never a bare `TypeError` mid-walk.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type CollectOptions,
  PaginationError,
  type PaginationClient,
  type WalkOptions,
  collect,
  pages,
  paginate,
} from '../src/index.js';
import { COLLECT_OPTION_NAMES, WALK_OPTION_NAMES } from '../src/walk-plan.js';

/** A client answering one page of one item, recording every request's init. */
function recordingClient(): { client: PaginationClient; requests: unknown[] } {
  const requests: unknown[] = [];
  const client: PaginationClient = {
    GET: async (_path, init) => {
      requests.push(init);
      return { data: { object: 'list', has_more: false, data: [{ id: 'em_1' }] }, response: new Response('{}') };
    },
  };
  return { client, requests };
}

type Walk = (client: PaginationClient, path: unknown, init?: unknown, options?: unknown) => Promise<unknown>;

/** The three ways in, each started (a walk checks its arguments on its first step). */
const walks: [string, Walk][] = [
  ['collect', (client, path, init, options) => (collect as Walk)(client, path, init, options)],
  [
    'paginate',
    (client, path, init, options) =>
      (paginate as (...args: unknown[]) => AsyncGenerator)(client, path, init, options).next(),
  ],
  [
    'pages',
    (client, path, init, options) =>
      (pages as (...args: unknown[]) => AsyncGenerator)(client, path, init, options).next(),
  ],
];

/** Asserts that every way in refuses the call with `name`, a message containing `says`, and requests nothing. */
async function expectRefused(path: unknown, init: unknown, options: unknown, says: string, name = 'invalid_option') {
  for (const [label, walk] of walks) {
    const { client, requests } = recordingClient();
    const error = await walk(client, path, init, options).then(
      () => expect.unreachable(`${label} should refuse`),
      (e: unknown) => e,
    );
    expect(error, label).toBeInstanceOf(PaginationError);
    expect(error, label).toMatchObject({ name, message: expect.stringContaining(says) });
    expect(requests, label).toHaveLength(0);
  }
}

describe('kinds of arguments', () => {
  it.each([
    ['boolean', true],
    ['string', 'prefetch=0'],
    ['array', []],
    ['null', null],
  ])('refuses options that are not an object (got %s) instead of walking with the defaults', async (kind, options) => {
    await expectRefused('/emails', {}, options, `options must be an object (got ${kind}).`);
  });

  it('refuses an init, params or query that is not an object instead of sending a string as its letters', async () => {
    await expectRefused('/emails', 'limit=10', undefined, 'init must be an object (got string).');
    await expectRefused('/emails', null, undefined, 'init must be an object (got null).');
    await expectRefused('/emails', { params: 'x' }, undefined, 'init.params must be an object (got string).');
    await expectRefused(
      '/emails',
      { params: { query: 'limit=10' } },
      undefined,
      'init.params.query must be an object (got string).',
    );
  });

  it('refuses a cursor that is not a string instead of sending its text', async () => {
    await expectRefused(
      '/emails',
      { params: { query: { after: 42 } } },
      undefined,
      'after must be a string (got number).',
    );
    await expectRefused(
      '/emails',
      { params: { query: { before: {} } } },
      undefined,
      'before must be a string (got object).',
    );
  });

  it('still reads a null cursor and a null signal as none', async () => {
    const { client, requests } = recordingClient();
    const init = { params: { query: { after: null } }, signal: null };
    expect(await (collect as Walk)(client, '/emails', init, { signal: null })).toEqual([{ id: 'em_1' }]);
    expect(requests).toHaveLength(1);
  });

  it('refuses a signal that is not an AbortSignal instead of failing mid-walk with a TypeError', async () => {
    await expectRefused('/emails', {}, { signal: {} }, 'signal must be an AbortSignal (got object).');
    await expectRefused('/emails', {}, { signal: 'abort' }, 'signal must be an AbortSignal (got string).');
    await expectRefused('/emails', { signal: true }, undefined, 'init.signal must be an AbortSignal (got boolean).');
  });

  it('refuses a null number option instead of reading it as the default', async () => {
    await expectRefused('/emails', {}, { prefetch: null }, 'prefetch must be an integer from 0 to 10, got null.');
    await expectRefused('/emails', {}, { defaultLimit: null }, 'got null.', 'invalid_limit');
    const { client } = recordingClient();
    await expect((collect as Walk)(client, '/emails', {}, { max: null })).rejects.toMatchObject({
      name: 'invalid_option',
      message: 'max must be a non-negative integer, got null.',
    });
  });

  it('names the kind of a number given as a string, not its text as if it were the number', async () => {
    await expectRefused('/emails', {}, { prefetch: '1' }, 'prefetch must be an integer from 0 to 10, got string.');
    await expectRefused('/emails', { params: { query: { limit: '10' } } }, undefined, 'got string.', 'invalid_limit');
  });

  it('refuses a path that is not a string, or names an inherited key, before any request', async () => {
    await expectRefused(['/emails'], {}, undefined, 'path must be a list route such as /emails (got array).');
    await expectRefused(undefined, {}, undefined, '(got undefined).');
    await expectRefused('toString', {}, undefined, 'toString is not a list route');
  });
});

describe('names of options', () => {
  it('refuses a misspelt option by name instead of walking with its default', async () => {
    await expectRefused('/emails', {}, { prefetc: 0 }, 'has no option "prefetc" (did you mean prefetch?).');
    for (const [label, walk] of walks) {
      const { client } = recordingClient();
      await expect(walk(client, '/emails', {}, { prefetc: 0 }), label).rejects.toThrow(
        `${label} has no option "prefetc" (did you mean prefetch?).`,
      );
    }
    await expectRefused('/emails', {}, { default_limit: 10 }, '(did you mean defaultLimit?).');
    const list = WALK_OPTION_NAMES.join(', ');
    await expectRefused('/emails', {}, { limit: 10 }, `has no option "limit"; the options are ${list}`);
  });

  it('refuses max given to paginate or pages, which would walk the whole list', async () => {
    for (const [label, walk] of walks.filter(([label]) => label !== 'collect')) {
      const { client, requests } = recordingClient();
      await expect(walk(client, '/emails', {}, { max: 1 }), label).rejects.toMatchObject({
        name: 'invalid_option',
        message: `${label} has no option "max"; the options are ${WALK_OPTION_NAMES.join(', ')}.`,
      });
      expect(requests, label).toHaveLength(0);
    }
    const { client } = recordingClient();
    expect(await (collect as Walk)(client, '/emails', {}, { max: 1, prefetch: 0, defaultLimit: 5 })).toHaveLength(1);
  });

  it('knows every option of WalkOptions and CollectOptions by name, and no other', () => {
    expectTypeOf<(typeof WALK_OPTION_NAMES)[number]>().toEqualTypeOf<keyof WalkOptions>();
    expectTypeOf<(typeof COLLECT_OPTION_NAMES)[number]>().toEqualTypeOf<keyof CollectOptions>();
    expect(new Set(COLLECT_OPTION_NAMES).size).toBe(COLLECT_OPTION_NAMES.length);
  });
});
