/** The test API: waiting for emails, their links and codes, reset and settings, in-process and over HTTP. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeResend, isEmailWaitTimeoutError, isFakeOptionsError } from '../src/index.js';
import { listen, type FakeServer } from '../src/server.js';
import { call, email } from './helpers.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

const WELCOME = email({
  to: ['Ada <ada@acme.dev>'],
  subject: 'Your sign-in code',
  html: '<p>Code <b>381920</b>. <a href="https://app.acme.dev/magic?t=abc">Sign in</a></p>',
});

describe('fake.waitForEmail', () => {
  it('resolves when a matching email arrives later, with its links and codes', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const waiting = fake.waitForEmail({ to: 'ADA@acme.dev', subject: 'sign-in', timeoutMs: 5000 });
    await call(fake, 'POST', '/emails', { body: email({ to: ['bob@acme.dev'] }) });
    await call(fake, 'POST', '/emails', { body: WELCOME });
    const found = await waiting;
    expect(found).toMatchObject({
      subject: 'Your sign-in code',
      codes: ['381920'],
      links: ['https://app.acme.dev/magic?t=abc'],
    });
    expect(fake.latestEmail('ada@acme.dev')?.id).toBe(found.id);
    expect(fake.latestEmail('nobody@acme.dev')).toBeUndefined();
  });

  it('rejects with a typed timeout error when nothing matches in time', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    await call(fake, 'POST', '/emails', { body: email({ to: ['bob@acme.dev'] }) });
    const error = await fake.waitForEmail({ to: 'ada@acme.dev', timeoutMs: 30 }).catch((e: unknown) => e);
    expect(isEmailWaitTimeoutError(error)).toBe(true);
    expect((error as Error).message).toBe('No email to ada@acme.dev arrived within 30 ms.');
  });

  it('only counts emails accepted since the given time', async () => {
    let t = Date.parse('2026-05-01T10:00:00Z');
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, now: () => t });
    await call(fake, 'POST', '/emails', { body: WELCOME });
    t += 1000;
    await expect(fake.waitForEmail({ to: 'ada@acme.dev', since: t, timeoutMs: 0 })).rejects.toThrow(/within 0 ms/);
    await call(fake, 'POST', '/emails', { body: WELCOME });
    expect((await fake.waitForEmail({ to: 'ada@acme.dev', since: t, timeoutMs: 0 })).created_at).toBe(
      '2026-05-01T10:00:01.000Z',
    );
  });
});

describe('fake.settings', () => {
  it('reads and changes faults and quotas, refusing bad values without changing anything', () => {
    const fake = createFakeResend({ domains: ['acme.dev'], quota: { daily: 5 } });
    expect(fake.settings()).toEqual({
      faults: null,
      quota: { daily: 5 },
      usage: { daily: 0, monthly: 0 },
      rateLimit: { requestsPerWindow: 5, windowMs: 1000 },
    });
    fake.updateSettings({ faults: { errorRate: 0.5 } });
    expect(fake.settings().faults).toEqual({ errorRate: 0.5 });
    let error: unknown;
    try {
      fake.updateSettings({ faults: null, quota: { daily: -1 } });
    } catch (e) {
      error = e;
    }
    expect(isFakeOptionsError(error) && error.option).toBe('quota.daily');
    expect(fake.settings().faults).toEqual({ errorRate: 0.5 });
    fake.updateSettings({ faults: null, quota: null });
    expect(fake.settings()).toMatchObject({ faults: null, quota: {} });
  });
});

async function serve(
  options: Parameters<typeof createFakeResend>[0] = { rateLimit: false },
): Promise<{ server: FakeServer; fake: ReturnType<typeof createFakeResend> }> {
  const fake = createFakeResend({ domains: ['acme.dev'], ...options });
  const server = await listen(fake);
  closers.push(() => server.close());
  return { server, fake };
}

/**
 * Resolves once `count` long polls are held by the server: a poll with nothing to answer yet
 * subscribes to the fake's inbox. A fixed pause was not enough on a loaded machine, where a poll
 * could still be on its way when the test sent the email or closed the server.
 */
function heldPolls(fake: ReturnType<typeof createFakeResend>): (count: number) => Promise<void> {
  const subscribe = vi.spyOn(fake.inbox, 'subscribe');
  return async (count) => {
    const started = Date.now();
    while (subscribe.mock.calls.length < count) {
      // Under the test's own 5 s timeout, so a failure says what was missing.
      if (Date.now() - started > 4000)
        throw new Error(`Only ${subscribe.mock.calls.length} of ${count} long polls reached the server within 4 s.`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
}

const AUTH = {
  authorization: 'Bearer re_test_123456',
  'user-agent': 'test-api-tests',
  'content-type': 'application/json',
};

describe('the test API over HTTP', () => {
  it('long-polls GET /_inbox/api/emails until a match arrives', async () => {
    const { server, fake } = await serve();
    const held = heldPolls(fake);
    const started = Date.now();
    const polling = fetch(`${server.url}/_inbox/api/emails?to=ada@acme.dev&wait=10000`).then(
      (r) => r.json() as Promise<{ data: { codes: string[]; links: string[] }[] }>,
    );
    await held(1);
    await fetch(`${server.url}/emails`, { method: 'POST', headers: AUTH, body: JSON.stringify(WELCOME) });
    const { data } = await polling;
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ codes: ['381920'], links: ['https://app.acme.dev/magic?t=abc'] });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('answers an empty list when wait runs out, and refuses a bad wait or since', async () => {
    const { server } = await serve();
    const empty = await fetch(`${server.url}/_inbox/api/emails?to=ada@acme.dev&wait=50`);
    expect(await empty.json()).toEqual({ object: 'list', data: [] });
    expect((await fetch(`${server.url}/_inbox/api/emails?to=a@b.co&wait=-1`)).status).toBe(400);
    expect((await fetch(`${server.url}/_inbox/api/emails?since=yesterday`)).status).toBe(400);
  });

  it('long-polls on a Node without AbortSignal.any (20.0–20.2, which engines allow)', async () => {
    const any = Object.getOwnPropertyDescriptor(AbortSignal, 'any');
    delete (AbortSignal as { any?: unknown }).any;
    try {
      const { server } = await serve();
      const empty = await fetch(`${server.url}/_inbox/api/emails?to=ada@acme.dev&wait=20`);
      expect(empty.status).toBe(200);
      expect(await empty.json()).toEqual({ object: 'list', data: [] });
    } finally {
      if (any) Object.defineProperty(AbortSignal, 'any', any);
    }
  });

  it('holds many long polls at once without a listener warning, and answers each when its email arrives', async () => {
    const { server, fake } = await serve();
    const held = heldPolls(fake);
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const polls = Array.from({ length: 15 }, () =>
        fetch(`${server.url}/_inbox/api/emails?to=ada@acme.dev&wait=10000`).then(
          (r) => r.json() as Promise<{ data: unknown[] }>,
        ),
      );
      await held(15);
      await fetch(`${server.url}/emails`, { method: 'POST', headers: AUTH, body: JSON.stringify(WELCOME) });
      const answers = await Promise.all(polls);
      expect(answers.map((a) => a.data.length)).toEqual(Array(15).fill(1));
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });

  it('answers waiting requests with an empty list when the server closes', async () => {
    const { server, fake } = await serve();
    const held = heldPolls(fake);
    const polling = fetch(`${server.url}/_inbox/api/emails?to=ada@acme.dev&wait=30000`).then(
      async (r) => [r.status, await r.json()],
      () => 'closed',
    );
    // Closed before the poll reached it, the server would drop the connection without an answer.
    await held(1);
    const started = Date.now();
    await server.close();
    closers.length = 0;
    expect(await polling).toEqual([200, { object: 'list', data: [] }]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('resets state through POST /_inbox/api/reset', async () => {
    const { server, fake } = await serve();
    await fetch(`${server.url}/emails`, { method: 'POST', headers: AUTH, body: JSON.stringify(WELCOME) });
    expect(fake.state.emails.size).toBe(1);
    const reset = await fetch(`${server.url}/_inbox/api/reset`, { method: 'POST' });
    expect(reset.status).toBe(200);
    expect(fake.state.emails.size).toBe(0);
  });

  it('reads and changes settings through GET and PUT /_inbox/api/settings', async () => {
    const { server } = await serve();
    const put = await fetch(`${server.url}/_inbox/api/settings`, {
      method: 'PUT',
      body: JSON.stringify({ faults: { errorRate: 1, statuses: [503] }, quota: { monthly: 10 } }),
    });
    expect(put.status).toBe(200);
    expect(await (await fetch(`${server.url}/_inbox/api/settings`)).json()).toMatchObject({
      faults: { errorRate: 1 },
      quota: { monthly: 10 },
    });
    expect((await fetch(`${server.url}/domains`, { headers: AUTH })).status).toBe(503);
    const bad = await fetch(`${server.url}/_inbox/api/settings`, {
      method: 'PUT',
      body: JSON.stringify({ faults: { errorRate: 2 } }),
    });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ option: 'faults.errorRate' });
    expect((await fetch(`${server.url}/_inbox/api/settings`, { method: 'PUT', body: 'not json' })).status).toBe(400);
    const crossOrigin = await fetch(`${server.url}/_inbox/api/settings`, {
      method: 'PUT',
      headers: { origin: 'https://evil.example' },
      body: '{}',
    });
    expect(crossOrigin.status).toBe(403);
  });
});
