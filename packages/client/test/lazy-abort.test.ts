/**
 * The time limit's AbortSignal is made only when something reads it (lazy-abort.ts) on Node 20, which
 * spends ~6 µs making one, and on every Node line while its own `fetch` carries the attempts down the
 * Node path, which listens without one (a signal and its listener cost ~10 µs of wall time a request
 * there). A replaced fetch on Node 22 and later gets a plain signal (`pnpm test:nodes` runs this file
 * there). What must not change anywhere: whatever reads the signal (a replaced fetch, a custom layer
 * that spreads the attempt) sees it abort.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type Attempt,
  type Send,
  changeAttempt,
  fetchSend,
  resetSharedRateLimiters,
  withRedirects,
  withTimeout,
} from './api.js';
import { onAttemptAbort } from '../src/internal/abort.js';
import { LazyAbort, lazyAbortOf } from '../src/internal/lazy-abort.js';
import { runtime, signalsAreCostly } from '../src/shared/runtime.js';
import { API_KEY, email, testClient } from './helpers.js';
import { json, serve } from './local-server.js';

/** Counts the AbortSignals AbortControllers make while `run` runs. */
async function countSignalsMade<T>(run: () => Promise<T>): Promise<{ result: T; made: number }> {
  const descriptor = Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal') as PropertyDescriptor;
  const made = new WeakSet<object>();
  let count = 0;
  Object.defineProperty(AbortController.prototype, 'signal', {
    ...descriptor,
    get(this: AbortController) {
      const signal = descriptor.get!.call(this) as AbortSignal;
      if (!made.has(signal)) (made.add(signal), count++);
      return signal;
    },
  });
  try {
    return { result: await run(), made: count };
  } finally {
    Object.defineProperty(AbortController.prototype, 'signal', descriptor);
  }
}

const original = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = original;
  resetSharedRateLimiters();
});

const answer = () => new Response('{"id":"e-1"}', { headers: { 'content-type': 'application/json' } });

const costly = signalsAreCostly();

describe('the time limit’s signal', () => {
  it('is deferred exactly where making one is costly (Node before 22)', () => {
    expect(costly).toBe(Number(process.versions.node.split('.')[0]) < 22);
  });

  it.runIf(costly)('is never made for a timed call whose fetch does not read init.signal', async () => {
    const inits: RequestInit[] = [];
    globalThis.fetch = async (_input, init) => (inits.push(init as RequestInit), answer());
    const resend = testClient({ baseUrl: 'http://127.0.0.1:9', timeoutMs: 5_000 });
    const { result, made } = await countSignalsMade(() => resend.emails.send(email));
    expect(result.data).toEqual({ id: 'e-1' });
    expect(made).toBe(0);
    // It is there all the same, for a fetch that looks.
    expect(Object.getOwnPropertyDescriptor(inits[0], 'signal')?.get).toBeTypeOf('function');
  });

  it.runIf(!costly)('is a plain signal where making one is cheap, one per attempt', async () => {
    const inits: RequestInit[] = [];
    globalThis.fetch = async (_input, init) => (inits.push(init as RequestInit), answer());
    const resend = testClient({ baseUrl: 'http://127.0.0.1:9', timeoutMs: 5_000 });
    const { made } = await countSignalsMade(() => resend.emails.send(email));
    expect(made).toBe(1);
    expect(Object.getOwnPropertyDescriptor(inits[0], 'signal')?.value).toBeInstanceOf(AbortSignal);
  });

  it.runIf(runtime().name === 'node')(
    'is never made for timed calls down the Node path, on every Node line, and still stops a stalled one',
    async () => {
      const { url } = await serve((req, res) => {
        if (req.url?.includes('stall')) return; // never answers: only the time limit ends the call
        json(res, 200, { id: 'e-1' });
      });
      const resend = testClient({ baseUrl: url, timeoutMs: 5_000 });
      expect(resend.transport).toBe('node');
      const { made } = await countSignalsMade(async () => {
        for (let i = 0; i < 5; i++) expect((await resend.emails.send(email)).data).toEqual({ id: 'e-1' });
      });
      expect(made).toBe(0);
      const stalled = await testClient({ baseUrl: url, timeoutMs: 50, retry: false }).emails.get('stall');
      expect(stalled.error).toMatchObject({ name: 'timeout', statusCode: null });
    },
  );

  it('aborts a replaced fetch that listens on init.signal when the time runs out', async () => {
    let seen: AbortSignal | undefined;
    globalThis.fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        seen = init?.signal ?? undefined;
        seen?.addEventListener('abort', () => reject(seen?.reason));
      });
    const { error } = await testClient({ baseUrl: 'http://127.0.0.1:9', timeoutMs: 20, retry: false }).emails.send(
      email,
    );
    expect(error).toMatchObject({ name: 'timeout', statusCode: null });
    expect(seen).toBeInstanceOf(AbortSignal);
    expect(seen?.aborted).toBe(true);
  });

  it('reaches a custom layer beneath withTimeout that copies the attempt with a spread', async () => {
    let seen: AbortSignal | undefined;
    const bottom: Send = (attempt) =>
      new Promise((_resolve, reject) => {
        seen = attempt.signal;
        attempt.signal?.addEventListener('abort', () => reject(new Error('aborted below')));
      });
    const spreading: Send = (attempt) => bottom({ ...attempt, headers: [...attempt.headers, ['x-layer', '1']] });
    const send = withTimeout(spreading, 20);
    await expect(
      send({ url: 'http://127.0.0.1:9/emails', method: 'POST', headers: [], body: '{}' }),
    ).rejects.toMatchObject({ name: 'timeout' });
    expect(seen).toBeInstanceOf(AbortSignal);
    expect(seen?.aborted).toBe(true);
  });

  it.runIf(costly)(
    'stays unmade through changeAttempt and the redirect layer, and is the same abort below',
    async () => {
      let below: Attempt | undefined;
      const send = withTimeout(
        withRedirects(async (attempt) => ((below = attempt), answer())),
        5_000,
      );
      const { made } = await countSignalsMade(() =>
        send({ url: 'http://127.0.0.1:9/x', method: 'GET', headers: [], body: null }),
      );
      expect(made).toBe(0);
      expect(below && lazyAbortOf(below)).toBeInstanceOf(LazyAbort);
      const copy = changeAttempt(below as Attempt, { url: 'http://127.0.0.1:9/y' });
      expect(copy).toMatchObject({ url: 'http://127.0.0.1:9/y', method: 'GET', redirect: 'manual' });
      expect(lazyAbortOf(copy)).toBe(lazyAbortOf(below as Attempt));
    },
  );

  it.runIf(costly)('is not made by Node’s dispatcher path either, which listens on the abort itself', async () => {
    const { createServer } = await import('node:http');
    const server = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"e-2"}'),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as { port: number };
      const resend = testClient({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 5_000 });
      const { result, made } = await countSignalsMade(() => resend.emails.send(email));
      expect(result.data).toEqual({ id: 'e-2' });
      expect(made).toBe(0);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('LazyAbort', () => {
  it('tells each listener once, with the reason, and gives a signal aborted with it when read later', () => {
    const lazy = new LazyAbort();
    const heard = vi.fn();
    const stopped = vi.fn();
    lazy.listen(heard);
    lazy.listen(stopped)();
    const reason = new Error('why');
    lazy.abort(reason);
    lazy.abort(new Error('again'));
    expect(heard).toHaveBeenCalledTimes(1);
    expect(heard).toHaveBeenCalledWith(reason);
    expect(stopped).not.toHaveBeenCalled();
    expect(lazy.signal.aborted).toBe(true);
    expect(lazy.signal.reason).toBe(reason);
    const late = vi.fn();
    lazy.listen(late);
    expect(late).toHaveBeenCalledWith(reason);
  });

  it('aborts with an AbortError by default, also on a signal read before', () => {
    const lazy = new LazyAbort();
    const signal = lazy.signal;
    lazy.abort();
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBeInstanceOf(DOMException);
    expect((signal.reason as DOMException).name).toBe('AbortError');
  });

  it('listens on a plain signal too, and not at all without one', () => {
    const controller = new AbortController();
    const heard = vi.fn();
    const stop = onAttemptAbort(
      { url: 'http://x/', method: 'GET', headers: [], body: null, signal: controller.signal },
      heard,
    );
    controller.abort('r');
    expect(heard).toHaveBeenCalledWith('r');
    stop?.();
    expect(onAttemptAbort({ url: 'http://x/', method: 'GET', headers: [], body: null }, heard)).toBeUndefined();
  });
});

describe('a text body', () => {
  it('goes to fetch as the same text, so it is encoded once, as UTF-8', async () => {
    const bodies: unknown[] = [];
    globalThis.fetch = async (_input, init) => (bodies.push(init?.body), answer());
    const unicode = { ...email, subject: 'Grüße ✉ 日本' };
    await testClient({ baseUrl: 'http://127.0.0.1:9', apiKey: API_KEY }).emails.send(unicode);
    expect(bodies).toEqual([JSON.stringify(unicode)]);
    const send = fetchSend();
    const response = await send({ url: 'http://127.0.0.1:9/x', method: 'POST', headers: [], body: 'é' });
    expect(response.status).toBe(200);
    expect(bodies[1]).toBe('é');
  });
});
