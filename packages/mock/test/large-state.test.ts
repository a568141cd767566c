/**
 * Work done with many records stored: a request must not cost time in proportion to everything the
 * fake holds when it answers with one page. Counted in reads of the records' `id`s (a spy on each
 * record), not in wall time, so the tests hold on a loaded machine.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeResend, type FakeResend } from '../src/index.js';
import type { StoredRecord } from '../src/state.js';
import type { Collection } from '../src/store.js';
import { call, email } from './helpers.js';

/** Counts every read of `field` (`id` unless told) on the stored records from here on. */
function countIdReads(records: Iterable<object>, field = 'id'): { readonly count: number } {
  const counter = { count: 0 };
  for (const record of records) {
    const value: unknown = (record as Record<string, unknown>)[field];
    Object.defineProperty(record, field, {
      enumerable: true,
      configurable: true,
      get: () => (counter.count++, value),
    });
  }
  return counter;
}

async function fillEmails(fake: FakeResend, count: number): Promise<void> {
  for (let sent = 0; sent < count; sent += 100) {
    const body = Array.from({ length: 100 }, (_, i) => email({ subject: `#${sent + i}` }));
    const { status } = await call(fake, 'POST', '/emails/batch', { body });
    expect(status).toBe(200);
  }
}

/** Walks `path` forward 100 at a time to its end; the number of items seen. */
async function walk(fake: FakeResend, path: string): Promise<number> {
  let after: string | undefined;
  let walked = 0;
  for (;;) {
    const { status, body } = await call(fake, 'GET', `${path}?limit=100${after ? `&after=${after}` : ''}`);
    expect(status).toBe(200);
    walked += body.data.length;
    if (!body.has_more) return walked;
    after = body.data.at(-1).id;
  }
}

describe('list endpoints with many records stored', () => {
  // 10 000 sends through the whole pipeline take seconds, over the default 5 s limit on a loaded
  // machine; what is asserted is counted in reads, not time.
  it('walks every page of GET /emails reading each email a bounded number of times, not once per page', async () => {
    const total = 10_000;
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    await fillEmails(fake, total);
    const reads = countIdReads(fake.state.emails);

    expect(await walk(fake, '/emails')).toBe(total);
    // Answering a page reads its own 100 emails a few times; finding the cursor by scanning the
    // list read on average half of all 10 000 emails per page (~50 reads per email over the walk).
    expect(reads.count).toBeLessThan(10 * total);
  }, 30_000);

  it.each([
    ['/contacts', 'contacts', (i: number) => ({ object: 'contact', email: `c${i}@acme.dev`, segment_ids: [] })],
    ['/topics', 'topics', (i: number) => ({ object: 'topic', name: `Topic ${i}`, default_subscription: 'opt_in' })],
  ] as const)('walks every page of GET %s reading each record a bounded number of times', async (path, store, make) => {
    const total = 10_000;
    const fake = createFakeResend({ rateLimit: false });
    // Stored directly: 10 000 single creates would be most of the test's time.
    const records = fake.state[store] as Collection<StoredRecord>;
    for (let i = 0; i < total; i++)
      records.insert({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        created_at: '2026-01-01 00:00:00.000000+00',
        ...make(i),
      });
    const reads = countIdReads(records);

    expect(await walk(fake, path)).toBe(total);
    expect(reads.count).toBeLessThan(10 * total);
  });

  it('lists what is stored after deletes and new records: the in-place list follows every change', async () => {
    const fake = createFakeResend({ rateLimit: false });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(
        (await call(fake, 'POST', '/topics', { body: { name: `T${i}`, default_subscription: 'opt_in' } })).body.id,
      );
    const listed = async (query = '') => (await call(fake, 'GET', `/topics?limit=2${query}`)).body;
    expect((await listed()).data.map((t: { id: string }) => t.id)).toEqual([ids[4], ids[3]]);

    expect((await call(fake, 'DELETE', `/topics/${ids[3]}`)).status).toBe(200);
    ids.push((await call(fake, 'POST', '/topics', { body: { name: 'T5', default_subscription: 'opt_in' } })).body.id);
    const page = await listed(`&after=${ids[4]}`);
    expect(page.data.map((t: { id: string }) => t.id)).toEqual([ids[2], ids[1]]);
    expect(page.has_more).toBe(true);
    expect((await listed()).data.map((t: { id: string }) => t.id)).toEqual([ids[5], ids[4]]);
    expect((await call(fake, 'GET', `/topics?after=${ids[3]}`)).status).toBe(404);
  });
});

describe('inbox threads with many threads stored', () => {
  it('answers a page of threads and a search reading each email a bounded number of times, not once per thread', async () => {
    const total = 2_000;
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const { body: inbox } = await call(fake, 'POST', '/inboxes', { body: { email_address: 'support@acme.dev' } });
    for (let i = 0; i < total; i++)
      await fake.receiveEmail({
        from: `c${i}@example.com`,
        to: 'support@acme.dev',
        subject: `Question ${i}`,
        text: `Body ${i}`,
      });
    expect(fake.state.inboxThreads.size).toBe(total);
    const reads = countIdReads(fake.state.inboxMessages, 'thread_id');

    const page = await call(fake, 'GET', `/inboxes/${inbox.id}/threads?limit=20`);
    expect(page.body.data.map((t: { subject: string }) => t.subject)).toEqual(
      Array.from({ length: 20 }, (_, i) => `Question ${total - 1 - i}`),
    );
    const found = await call(
      fake,
      'GET',
      `/inboxes/${inbox.id}/threads/search?query=${encodeURIComponent('Question 1999')}`,
    );
    expect(found.body.data.map((t: { subject: string }) => t.subject)).toEqual(['Question 1999']);
    // Grouping the emails by thread reads each email's thread a few times per request; collecting
    // each thread's emails by a scan of all of them read every email once per thread (2 × 2 000 each).
    expect(reads.count).toBeLessThan(20 * total);
  });
});

describe('sending with a long suppression list', () => {
  it('checks each recipient against the suppression list by lookup, not a scan of every entry', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, sendingRules: 'off' });
    await call(fake, 'POST', '/webhooks', { body: { endpoint: 'https://hooks.acme.dev/x', events: ['email.sent'] } });
    const total = 2_000;
    for (let added = 0; added < total; added += 100) {
      const emails = Array.from({ length: 100 }, (_, i) => `user${added + i}@acme.dev`);
      expect((await call(fake, 'POST', '/suppressions/batch/add', { body: { emails } })).status).toBe(201);
    }
    const reads = countIdReads(fake.state.suppressions, 'email');
    const to = Array.from({ length: 50 }, (_, i) => `person${i}@acme.dev`);
    const sends = 20;
    for (let i = 0; i < sends; i++)
      expect((await call(fake, 'POST', '/emails', { body: email({ to }) })).status).toBe(200);
    // Still suppressed by entry, and no longer once the entry is deleted.
    const suppressed = await call(fake, 'POST', '/emails', { body: email({ to: ['USER7@acme.dev'] }) });
    expect(fake.state.emails.get(suppressed.body.id)?.last_event).toBe('suppressed');
    await call(fake, 'DELETE', '/suppressions/user7@acme.dev');
    const delivered = await call(fake, 'POST', '/emails', { body: email({ to: ['user7@acme.dev'] }) });
    expect(fake.state.emails.get(delivered.body.id)?.last_event).not.toBe('suppressed');
    // A scan read every entry's address per recipient: 20 sends × 50 recipients × 2 000 entries.
    expect(reads.count).toBeLessThan(10 * sends * to.length);
  });
});

describe('the request log with many requests', () => {
  afterEach(() => vi.restoreAllMocks());

  it('records each answer without cloning the response, whose copies Node 20 never frees', async () => {
    // Node 20's fetch (undici 6) keeps 5–8 KB per `Response.clone()` for good: after 70 000
    // requests through the fake the heap held 579 MB, however capped the log.
    const clone = vi.spyOn(Response.prototype, 'clone');
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const sent = await call(fake, 'POST', '/emails', { body: email({ subject: 'Logged' }) });
    const listed = await call(fake, 'GET', '/emails?limit=1');
    const missing = await call(fake, 'GET', '/emails/00000000-0000-4000-8000-000000000000');

    expect(clone).not.toHaveBeenCalled();
    expect([sent.status, listed.status, missing.status]).toEqual([200, 200, 404]);
    expect(listed.body.data[0].subject).toBe('Logged');
    const [missed, list, send] = fake.state.requests.newestFirst();
    expect(send!.responseBody).toBe(sent.text);
    expect(list!.responseBody).toBe(listed.text);
    expect(missed!.responseBody).toBe(missing.text);
    expect(missed!.errorName).toBe('not_found');
  });
});
