import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { INBOX_PREFIX } from '../src/inbox/serve.js';
import { bundledSpec } from '../src/spec.js';
import { call, email, KEY } from './helpers.js';

const fresh = () => createFakeResend({ domains: ['acme.dev'], rateLimit: false });

describe('inbox prefix', () => {
  it('is used by no path in the spec (source or bundled) nor its webhooks', () => {
    const source = readFileSync(new URL('../../../spec/openapi.yaml', import.meta.url), 'utf8');
    const sourcePaths = [...source.matchAll(/^ {2}(\/[^:\s]*):/gm)].map((m) => m[1]!);
    const bundledPaths = Object.keys(bundledSpec.paths as Record<string, unknown>);
    expect(bundledPaths.length).toBeGreaterThan(50);
    expect(sourcePaths.length).toBe(bundledPaths.length);
    for (const path of [...sourcePaths, ...bundledPaths]) {
      expect(path === INBOX_PREFIX || path.startsWith(`${INBOX_PREFIX}/`), path).toBe(false);
      expect(path.split('/')[1]!.startsWith('_'), path).toBe(false);
    }
  });
});

describe('request log (fake.state.requests)', () => {
  it('records method, path, status, error name and message, duration and idempotency key', async () => {
    const fake = fresh();
    await call(fake, 'POST', '/emails', { body: email(), headers: { 'idempotency-key': 'order-1' } });
    await call(fake, 'POST', '/emails?x=1', { body: email({ from: 'not an address' }) });
    const [ok, bad] = fake.state.requests.all();
    expect(ok).toMatchObject({
      id: 1,
      method: 'POST',
      path: '/emails',
      status: 200,
      errorName: null,
      idempotencyKey: 'order-1',
      replayed: false,
    });
    expect(ok!.emailIds).toEqual([fake.state.emails.all()[0]!.id]);
    expect(JSON.parse(ok!.requestBody)).toMatchObject({ subject: 'Hello' });
    expect(bad).toMatchObject({ id: 2, path: '/emails?x=1', status: 422, errorName: 'validation_error' });
    expect(bad!.errorMessage).toMatch(/Invalid `from` field/);
    expect(bad!.durationMs).toBeGreaterThanOrEqual(0);
    expect(fake.state.requests.newestFirst()[0]!.id).toBe(2);
  });

  it('never keeps a whole API key: the header shows re_… and the last 4, keys in bodies are masked', async () => {
    const fake = fresh();
    await call(fake, 'POST', '/emails', { body: email({ subject: `leak ${KEY}` }) });
    const created = await call(fake, 'POST', '/api-keys', { body: { name: 'ci' } });
    const token = created.body.token as string;
    expect(token).toMatch(/^re_/);
    await call(fake, 'GET', '/domains', { headers: { authorization: `Bearer ${token}` } });
    const dump = JSON.stringify([...fake.state.requests]);
    expect(dump).not.toContain(KEY);
    expect(dump).not.toContain(token);
    expect(fake.state.requests.get(1)!.apiKey).toBe(`re_…${KEY.slice(-4)}`);
    expect(fake.state.requests.get(2)!.responseBody).toContain(`re_…${token.slice(-4)}`);
    expect(fake.state.requests.get(3)!.apiKey).toBe(`re_…${token.slice(-4)}`);
  });

  it('marks idempotent replays and groups them and batches under the email', async () => {
    const fake = fresh();
    for (let i = 0; i < 3; i++)
      await call(fake, 'POST', '/emails', { body: email(), headers: { 'idempotency-key': 'same' } });
    await call(fake, 'POST', '/emails/batch', { body: [email({ subject: 'b1' }), email({ subject: 'b2' })] });
    expect(fake.state.requests.all().map((r) => r.replayed)).toEqual([false, true, true, false]);
    const page = fake.inbox.emails({});
    expect(page.total).toBe(3);
    const single = page.items.find((e) => e.subject === 'Hello')!;
    expect(single).toMatchObject({ replays: 2, idempotency_key: 'same', request: { id: 1, size: 1 } });
    expect(page.items.filter((e) => e.batch).map((e) => e.request)).toEqual([
      { id: 4, size: 2 },
      { id: 4, size: 2 },
    ]);
  });

  it('keeps at most 64 KiB of a body and says how much it cut', async () => {
    const fake = fresh();
    await call(fake, 'POST', '/emails', { body: email({ html: 'x'.repeat(100_000) }) });
    const entry = fake.state.requests.get(1)!;
    expect(entry.requestBody.length).toBeLessThan(66_000);
    expect(entry.requestBody).toMatch(/more characters not kept\)$/);
  });

  it('is emptied by fake.reset()', async () => {
    const fake = fresh();
    await call(fake, 'GET', '/emails');
    fake.reset();
    expect(fake.state.requests.size).toBe(0);
  });
});

describe('inbox data (fake.inbox)', () => {
  it('lists emails newest first, paged, searchable by recipient, sender, subject and tag', async () => {
    const fake = fresh();
    await call(fake, 'POST', '/emails', { body: email({ to: 'ann@example.org', subject: 'Welcome' }) });
    await call(fake, 'POST', '/emails', { body: email({ from: 'Billing <bill@acme.dev>', subject: 'Invoice' }) });
    await call(fake, 'POST', '/emails', {
      body: email({ subject: 'Tagged', tags: [{ name: 'kind', value: 'promo' }] }),
    });
    expect(fake.inbox.emails({}).items.map((e) => e.subject)).toEqual(['Tagged', 'Invoice', 'Welcome']);
    expect(fake.inbox.emails({ q: 'ann@' }).items.map((e) => e.subject)).toEqual(['Welcome']);
    expect(fake.inbox.emails({ q: 'BILL' }).items.map((e) => e.subject)).toEqual(['Invoice']);
    expect(fake.inbox.emails({ q: 'kind:promo' }).items.map((e) => e.subject)).toEqual(['Tagged']);
    expect(fake.inbox.emails({ q: 'invoice acme' }).total).toBe(1);
    expect(fake.inbox.emails({ offset: 1, limit: 1 })).toMatchObject({
      total: 3,
      offset: 1,
      items: [{ subject: 'Invoice' }],
    });
    expect(fake.inbox.emails({ limit: 10_000 }).items.length).toBe(3);
  });

  it('shows an email with its attachments and the JSON GET /emails/{id} answers with', async () => {
    const fake = fresh();
    const sent = await call(fake, 'POST', '/emails', {
      body: email({
        attachments: [
          { filename: 'a.txt', content: Buffer.from('hello').toString('base64') },
          { filename: 'b.pdf', path: 'https://example.com/b.pdf' },
        ],
      }),
    });
    const detail = fake.inbox.email(sent.body.id)!;
    const api = await call(fake, 'GET', `/emails/${sent.body.id}`);
    expect(detail.api).toEqual(api.body);
    expect(detail.attachments).toEqual([
      { filename: 'a.txt', contentType: null, size: 5, path: null },
      { filename: 'b.pdf', contentType: null, size: null, path: 'https://example.com/b.pdf' },
    ]);
    expect(fake.inbox.attachment(sent.body.id, 0)!.content).toBe(Buffer.from('hello').toString('base64'));
  });

  it('cancels a scheduled email only, and tells subscribers', async () => {
    const fake = fresh();
    const changes: unknown[] = [];
    fake.inbox.subscribe((c) => changes.push(c));
    const scheduled = await call(fake, 'POST', '/emails', { body: email({ scheduled_at: 'in 1 hour' }) });
    const now = await call(fake, 'POST', '/emails', { body: email() });
    expect(fake.inbox.cancel(now.body.id)).toBe(false);
    expect(fake.inbox.cancel(scheduled.body.id)).toBe(true);
    expect(fake.state.emails.get(scheduled.body.id)!.last_event).toBe('canceled');
    expect(changes).toEqual([
      { kind: 'request', id: 1 },
      { kind: 'request', id: 2 },
      { kind: 'email', id: scheduled.body.id },
    ]);
  });

  it('clear forgets emails and requests and tells subscribers', async () => {
    const fake = fresh();
    const changes: unknown[] = [];
    await call(fake, 'POST', '/emails', { body: email() });
    const stop = fake.inbox.subscribe((c) => changes.push(c));
    fake.inbox.clear();
    stop();
    await call(fake, 'GET', '/emails');
    expect(changes).toEqual([{ kind: 'clear' }]);
    expect(fake.inbox.emails({}).total).toBe(0);
    expect(fake.inbox.requests({}).items.map((r) => r.path)).toEqual(['/emails']);
  });

  it('clear forgets webhook deliveries too, as the inbox and the README say', async () => {
    const fake = createFakeResend({
      domains: ['acme.dev'],
      rateLimit: false,
      webhooks: { fetch: () => new Response('ok') },
    });
    await call(fake, 'POST', '/webhooks', { body: { endpoint: 'https://hooks.acme.dev/r', events: ['email.sent'] } });
    await call(fake, 'POST', '/emails', { body: email() });
    await fake.settleWebhooks();
    expect(fake.inbox.deliveries({}).total).toBe(1);
    fake.inbox.clear();
    expect(fake.inbox.deliveries({}).total).toBe(0);
    expect(fake.state.webhookDeliveries.size).toBe(0);
    expect(fake.state.webhooks.size).toBe(1);
  });

  it('filters requests and lists them without their bodies', async () => {
    const fake = fresh();
    await call(fake, 'GET', '/emails');
    await call(fake, 'POST', '/emails', { body: {} });
    const page = fake.inbox.requests({ q: '422' });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).not.toHaveProperty('requestBody');
    expect(fake.inbox.request(page.items[0]!.id)!.requestBody).toBe('{}');
    expect(fake.inbox.deliveries({})).toEqual({ total: 0, offset: 0, items: [] });
  });
});

describe('inbox deliveries', () => {
  it('lists the deliveries the state records, newest first, paged', async () => {
    const { createInboxSource } = await import('../src/inbox/source.js');
    const { FakeStateStore } = await import('../src/state.js');
    const deliveries = [1, 2, 3].map((n) => ({
      id: `msg_${n}`,
      type: 'email.delivered',
      status: 'success',
      attempts: [],
    }));
    const source = createInboxSource(
      new FakeStateStore(),
      (e) => e,
      () => deliveries,
    );
    expect(source.deliveries({}).items.map((d) => (d as { id: string }).id)).toEqual(['msg_3', 'msg_2', 'msg_1']);
    expect(source.deliveries({ offset: 2, limit: 5 })).toMatchObject({ total: 3, offset: 2, items: [{ id: 'msg_1' }] });
  });
});

describe('request log memory', () => {
  it('drops the bodies of the oldest entries once all bodies pass the budget, keeping the entries', async () => {
    const { RequestLog } = await import('../src/inbox/request-log.js');
    const log = new RequestLog(10_000);
    const facts = (n: number) => ({
      method: 'POST',
      path: '/contacts',
      startedAt: 0,
      durationMs: 1,
      authorization: null,
      idempotencyKey: null,
      replayed: false,
      requestBody: `${n}`.padEnd(3000, 'x'),
      status: 201,
      responseBody: '{}',
    });
    for (let n = 1; n <= 10; n++) log.record(facts(n));
    const kept = log.all().filter((e) => e.requestBody.startsWith(String(e.id)));
    expect(log.size).toBe(10);
    expect(kept.map((e) => e.id)).toEqual([8, 9, 10]);
    expect(log.get(1)!.requestBody).toMatch(/^\(not kept/);
    expect(log.all().reduce((sum, e) => sum + e.requestBody.length + e.responseBody.length, 0)).toBeLessThanOrEqual(
      10_000,
    );
  });

  it('holds only the kept 64 KiB of a larger body in memory, not the whole body it was cut from', async () => {
    const { RequestLog } = await import('../src/inbox/request-log.js');
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) throw new Error('run with --expose-gc (set in vitest.config.ts)');
    const heapUsed = () => (gc(), process.memoryUsage().heapUsed);
    // 2 Mi characters of bodies in all: about 32 entries keep their cut 64 KiB.
    const log = new RequestLog(2 * 1024 * 1024);
    const before = heapUsed();
    for (let n = 1; n <= 100; n++) {
      log.record({
        method: 'POST',
        path: '/emails',
        startedAt: 0,
        durationMs: 1,
        authorization: null,
        idempotencyKey: null,
        replayed: false,
        requestBody: `${n}`.padEnd(1_000_000, 'x'),
        status: 422,
        responseBody: '{}',
      });
    }
    const kept = log.all().reduce((sum, e) => sum + e.requestBody.length + e.responseBody.length, 0);
    expect(kept).toBeLessThanOrEqual(2 * 1024 * 1024);
    // Holding each kept cut's whole 1 MB body would be over 30 MB.
    expect(heapUsed() - before).toBeLessThan(10 * 1024 * 1024);
    expect(log.size).toBe(100);
  });

  it('keeps no second copy of the attachments of the emails it logged (the stored emails hold them)', async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) throw new Error('run with --expose-gc (set in vitest.config.ts)');
    // A macrotask first: objects touched in the current one are kept through it.
    const heapUsed = async () => (await new Promise((r) => setImmediate(r)), gc(), process.memoryUsage().heapUsed);
    const fake = fresh();
    await call(fake, 'POST', '/emails', { body: email() });
    const before = await heapUsed();
    let characters = 0;
    for (let n = 1; n <= 10; n++) {
      const content = Buffer.alloc(1_500_000, n).toString('base64');
      characters += content.length;
      await call(fake, 'POST', '/emails', { body: email({ attachments: [{ filename: `${n}.bin`, content }] }) });
      await new Promise((r) => setImmediate(r));
    }
    const id = fake.state.emails.newestFirst()[0]!.id;
    expect(fake.inbox.attachment(id, 0)!.content).toBe(Buffer.alloc(1_500_000, 10).toString('base64'));
    // One copy is 20 M characters (20 MB); the log's own copy would make it 40.
    expect((await heapUsed()) - before).toBeLessThan(characters * 1.5);
  });
});
