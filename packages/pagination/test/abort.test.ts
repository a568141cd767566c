/**
 * An abort stops the walk at once even when the request in flight never settles: a fetch that
 * ignores its signal (a stub, a wrapper that drops it, a fake with injected latency) must not keep
 * an aborted walk waiting. Many walks sharing one signal put one listener on it.
 */
import { getEventListeners } from 'node:events';
import { createResendClient } from '@resendkit/client';
import type { paths } from '@resendkit/types';
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { type PaginationClient, collect, paginate } from '../src/index.js';
import { BASE_URL, eventLoopTurns, itemId } from './list-api.js';

type Fetch = (request: Request) => Promise<Response>;

const withFetch: [name: string, make: (fetch: Fetch) => PaginationClient][] = [
  ['openapi-fetch createClient', (fetch) => createClient<paths>({ baseUrl: BASE_URL, fetch })],
  [
    '@resendkit/client createResendClient',
    (fetch) => createResendClient({ apiKey: 're_test_123', fetch, rateLimit: false, retry: false }),
  ],
];

/** Answers the first `pages` requests with a page of 10 items, then never answers, whatever the signal. */
function stallingFetch(pages: number, onStall: () => void): { fetch: Fetch; requests: number } {
  const state = { requests: 0, fetch: undefined as unknown as Fetch };
  state.fetch = async () => {
    const n = state.requests++;
    if (n >= pages) {
      onStall();
      return new Promise<Response>(() => {});
    }
    const data = Array.from({ length: 10 }, (_, i) => ({ id: itemId(n * 10 + i) }));
    return Response.json({ object: 'list', has_more: true, data });
  };
  return state;
}

/** What `walk` settled to within a number of event-loop turns, or `'still pending'`. */
function settled(walk: Promise<unknown>): Promise<unknown> {
  const outcome = walk.then(
    () => 'resolved',
    (error: unknown) => error,
  );
  return Promise.race([outcome, eventLoopTurns(50).then(() => 'still pending')]);
}

describe.each(withFetch)('an abort while a request never settles, with %s', (_name, makeClient) => {
  it('rejects collect() with the signal’s reason instead of waiting for the request', async () => {
    const controller = new AbortController();
    const reason = new Error('user went away');
    const api = stallingFetch(1, () => setImmediate(() => controller.abort(reason)));
    const walk = collect(
      makeClient(api.fetch),
      '/emails',
      { params: { query: { limit: 10 } } },
      {
        signal: controller.signal,
      },
    );
    expect(await settled(walk)).toBe(reason);
    expect(api.requests).toBe(2);
  });

  it('rejects paginate() with the signal’s reason while it waits on the read-ahead', async () => {
    const controller = new AbortController();
    const reason = new Error('user went away');
    const api = stallingFetch(1, () => {});
    const walk = paginate(
      makeClient(api.fetch),
      '/emails',
      { params: { query: { limit: 10 } } },
      {
        signal: controller.signal,
      },
    );
    const seen: string[] = [];
    const run = (async () => {
      for await (const email of walk) seen.push(email.id);
    })();
    await eventLoopTurns();
    controller.abort(reason);
    expect(await settled(run)).toBe(reason);
    expect(seen).toEqual(Array.from({ length: 10 }, (_, i) => itemId(i)));
  });
});

describe('one signal shared by many walks', () => {
  it('carries one listener of the walks however many run, none once they end, and stops them all', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const controller = new AbortController();
      const reason = new Error('shutting down');
      const api = stallingFetch(15, () => {});
      const client = createClient<paths>({ baseUrl: BASE_URL, fetch: api.fetch });
      const walks = Array.from({ length: 15 }, () =>
        collect(client, '/emails', { params: { query: { limit: 10 } } }, { signal: controller.signal }),
      );
      await eventLoopTurns();
      expect(getEventListeners(controller.signal, 'abort').length).toBeLessThanOrEqual(1);
      controller.abort(reason);
      const outcomes = await Promise.all(walks.map(settled));
      expect(outcomes).toEqual(Array(15).fill(reason));
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });
});
