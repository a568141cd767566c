import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { mswHandlers } from '../src/msw.js';
import { listen, type FakeServer } from '../src/server.js';
import { HEADERS, email } from './helpers.js';

describe('server mode (@resendkit/mock/server)', () => {
  const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
  let url: string;
  let server: FakeServer;
  beforeAll(async () => {
    server = await listen(fake);
    url = server.url;
  });
  afterAll(() => server.close());

  it('serves the API over real HTTP on 127.0.0.1 and returns its base URL', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const sent = await fetch(`${url}/emails`, {
      method: 'POST',
      headers: { ...HEADERS, 'content-type': 'application/json' },
      body: JSON.stringify(email()),
    });
    expect(sent.status).toBe(200);
    const { id } = (await sent.json()) as { id: string };
    const got = await fetch(`${url}/emails/${id}`, { headers: HEADERS });
    expect(((await got.json()) as { subject: string }).subject).toBe('Hello');
  });

  it('destroys the socket for a cut connection', async () => {
    fake.setFaults({ cutRate: 1 });
    try {
      await expect(fetch(`${url}/emails`, { headers: HEADERS })).rejects.toThrow();
    } finally {
      fake.setFaults(undefined);
    }
    expect((await fetch(`${url}/emails`, { headers: HEADERS })).status).toBe(200);
  });

  it('closing ends requests waiting out injected latency at once, so no timer of theirs keeps the process alive', async () => {
    const slow = createFakeResend({ domains: ['acme.dev'], rateLimit: false, faults: { latencyMs: 600_000 } });
    const second = await listen(slow);
    const answer = fetch(`${second.url}/emails`, { headers: HEADERS }).then(
      (r) => r.status,
      () => 'cut',
    );
    while (slow.state.counters.requests === 0) await new Promise((resolve) => setImmediate(resolve));
    await second.close();
    expect(await answer).toBe('cut');
    // Logged as cut within a few turns of the event loop, not after the 10 minutes of latency.
    for (let turn = 0; turn < 20 && slow.state.requests.size === 0; turn++)
      await new Promise((resolve) => setImmediate(resolve));
    expect(slow.state.requests.all().map((r) => r.status)).toEqual([null]);
  });

  it('picks another free port for a second server', async () => {
    const second = await listen(createFakeResend({ domains: ['acme.dev'] }), { port: 0 });
    expect(second.url).not.toBe(url);
    await second.close();
    await expect(fetch(`${second.url}/emails`, { headers: HEADERS })).rejects.toThrow();
  });
});

describe('msw handlers (@resendkit/mock/msw)', () => {
  const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, baseUrl: 'https://resend.internal/proxy' });
  const server = setupServer(...mswHandlers(fake));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('answers https://api.resend.com/* in-process', async () => {
    const response = await fetch('https://api.resend.com/emails', {
      method: 'POST',
      headers: { ...HEADERS, 'content-type': 'application/json' },
      body: JSON.stringify(email()),
    });
    expect(response.status).toBe(200);
    expect(fake.state.emails.size).toBe(1);
  });

  it('answers the configured base URL, with its path prefix stripped', async () => {
    const response = await fetch('https://resend.internal/proxy/emails', { headers: HEADERS });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: unknown[] }).data).toHaveLength(1);
  });

  it('turns a cut connection into a network error', async () => {
    fake.setFaults({ cutRate: 1 });
    try {
      await expect(fetch('https://api.resend.com/emails', { headers: HEADERS })).rejects.toThrow(TypeError);
    } finally {
      fake.setFaults(undefined);
    }
  });
});
