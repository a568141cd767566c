/** The client's request checks run as one middleware (middleware-chain.ts), with openapi-fetch's rules. */
import type { Middleware } from 'openapi-fetch';
import { describe, expect, it, vi } from 'vitest';
import { chainOnRequest } from '../src/middleware-chain.js';
import { PlainRequest } from '../src/internal/plain-request.js';

type Context = Parameters<NonNullable<Middleware['onRequest']>>[0];

const context = (request: Request): Context =>
  ({ request, schemaPath: '/emails', params: {}, options: {} as Context['options'], id: 'x' }) as Context;
const plain = (url = 'http://127.0.0.1:9/emails') =>
  new PlainRequest(url, { method: 'POST', body: '{}' }) as unknown as Request;

describe('chainOnRequest', () => {
  it('answers at once, without a promise, while every hook is synchronous', () => {
    const chain = chainOnRequest([
      { onRequest: ({ request }) => void request.headers.set('x-a', '1') },
      { onRequest: ({ request }) => request },
    ]);
    expect(chain.onRequest!(context(plain()))).toBeUndefined();
  });

  it('runs every hook in order on the same request, and hands back nothing when none replaced it', async () => {
    const order: string[] = [];
    const chain = chainOnRequest([
      { onRequest: ({ request }) => void (order.push('a'), request.headers.set('x-a', '1')) },
      { onResponse: () => undefined },
      { onRequest: ({ request }) => (order.push(`b:${request.headers.get('x-a')}`), request) },
    ]);
    const request = plain();
    expect(await chain.onRequest!(context(request))).toBeUndefined();
    expect(order).toEqual(['a', 'b:1']);
  });

  it('gives the hooks after one that returned a new request that request, and returns it', async () => {
    const replacement = plain('http://127.0.0.1:9/other');
    const seen = vi.fn();
    const chain = chainOnRequest([
      { onRequest: () => replacement },
      { onRequest: async ({ request }) => void seen(request.url) },
    ]);
    expect(await chain.onRequest!(context(plain()))).toBe(replacement);
    expect(seen).toHaveBeenCalledWith('http://127.0.0.1:9/other');
  });

  it('stops at a Response, so later hooks do not run', async () => {
    const later = vi.fn();
    const refusal = new Response('{}', { status: 400 });
    const chain = chainOnRequest([{ onRequest: async () => refusal }, { onRequest: later }]);
    expect(await chain.onRequest!(context(plain()))).toBe(refusal);
    expect(later).not.toHaveBeenCalled();
  });

  it('throws, as openapi-fetch does, when a hook returns something else', async () => {
    const chain = chainOnRequest([{ onRequest: () => ({ not: 'a request' }) as unknown as Request }]);
    // openapi-fetch awaits the hook inside its own async function, so a throw rejects the call.
    await expect((async () => chain.onRequest!(context(plain())))()).rejects.toThrow(
      /must return new Request\(\) or Response\(\)/,
    );
    const later = chainOnRequest([{ onRequest: async () => undefined }, { onRequest: () => 42 as unknown as Request }]);
    await expect((async () => later.onRequest!(context(plain())))()).rejects.toThrow(/must return/);
  });
});
