import type { paths } from '@resendkit/types';
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { paginate } from '../src/index.js';
import { BASE_URL, itemId } from './list-api.js';

const TOTAL = 100_000;
const LIMIT = 100;
const BOUND = 30 * 1024 * 1024;
const SAMPLE_EVERY = 10_000;

/** A fetch that builds each page on demand, so the fake API itself holds no items. */
function fakeFetch(requests: { count: number }) {
  const padding = 'x'.repeat(400);
  return async (request: Request): Promise<Response> => {
    requests.count++;
    const after = new URL(request.url).searchParams.get('after');
    const start = after === null ? 0 : Number(after.slice('item_'.length)) + 1;
    const end = Math.min(TOTAL, start + LIMIT);
    const data = [];
    // Unique ~450-byte items: 100 000 of them kept alive would be ~60 MB or more.
    for (let i = start; i < end; i++) data.push({ id: itemId(i), subject: `Email ${i}`, html: `${i}${padding}` });
    return Response.json({ object: 'list', has_more: end < TOTAL, data });
  };
}

function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc (set in vitest.config.ts)');
  gc();
  return process.memoryUsage().heapUsed;
}

/** Walks every item, calling `keep` on each, and returns the largest heap growth seen after a gc. */
async function peakGrowth(keep: (item: unknown) => void): Promise<{ growth: number; count: number; requests: number }> {
  const requests = { count: 0 };
  const client = createClient<paths>({ baseUrl: BASE_URL, fetch: fakeFetch(requests) });
  const base = heapUsed();
  let growth = 0;
  let count = 0;
  for await (const email of paginate(client, '/emails')) {
    keep(email);
    if (++count % SAMPLE_EVERY === 0) growth = Math.max(growth, heapUsed() - base);
  }
  return { growth, count, requests: requests.count };
}

describe('memory', () => {
  it('walks 100 000 items with heap growth under 30 MB', async () => {
    const { growth, count, requests } = await peakGrowth(() => {});
    expect(count).toBe(TOTAL);
    expect(requests).toBe(TOTAL / LIMIT);
    expect(growth).toBeLessThan(BOUND);
  }, 60_000);

  it('the heap measure would catch a walk that kept every item', async () => {
    const kept: unknown[] = [];
    const { growth } = await peakGrowth((item) => kept.push(item));
    expect(kept).toHaveLength(TOTAL);
    expect(growth).toBeGreaterThan(BOUND);
  }, 60_000);
});
