import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

const fresh = (now = () => Date.UTC(2026, 10, 29, 12)) =>
  createFakeResend({ rateLimit: false, validateResponses: true, domains: ['acme.dev'], now });

describe('GET /logs', () => {
  it('lists the requests the fake answered, newest first, and reads one back with its bodies', async () => {
    const fake = fresh();
    const sent = await call(fake, 'POST', '/emails', { body: email() });
    await call(fake, 'GET', `/emails/${sent.body.id}?x=1`);
    await call(fake, 'GET', '/emails/3c2d5bd4-76a8-4f9e-a9a7-2d1e0c6c1f10');
    const list = await call(fake, 'GET', '/logs');
    expect(list.body.data.map((l: Record<string, unknown>) => [l.method, l.endpoint, l.response_status])).toEqual([
      ['GET', '/emails/3c2d5bd4-76a8-4f9e-a9a7-2d1e0c6c1f10', 404],
      ['GET', `/emails/${sent.body.id}`, 200],
      ['POST', '/emails', 200],
    ]);
    expect(list.body.data[2]).toMatchObject({
      user_agent: 'resendkit-mock-tests/1.0',
      created_at: '2026-11-29 12:00:00.000000+00',
    });
    const one = await call(fake, 'GET', `/logs/${list.body.data[2].id}`);
    expect(one.body).toMatchObject({
      object: 'log',
      request_body: { subject: 'Hello' },
      response_body: { id: sent.body.id },
    });
    expect((await call(fake, 'GET', '/logs/00000000-0000-4000-8000-0000000fffff')).status).toBe(404);
    expect((await call(fake, 'GET', '/logs/3c2d5bd4-76a8-4f9e-a9a7-2d1e0c6c1f10')).status).toBe(404);
  });
});

describe('POST /emails/{id}/share', () => {
  it('creates a link the fake serves until it expires, and 404s for unknown emails', async () => {
    let t = Date.UTC(2026, 10, 29, 12);
    const fake = fresh(() => t);
    const sent = await call(fake, 'POST', '/emails', { body: email({ html: '<p>Shared</p>' }) });
    const share = await call(fake, 'POST', `/emails/${sent.body.id}/share`, { body: { expires_in: '10m' } });
    expect(share.body).toMatchObject({
      object: 'email',
      id: sent.body.id,
      url: expect.stringMatching(/^https:\/\/api\.resend\.com\/_files\/shared\//),
    });
    const page = await fake.fetch(new Request(share.body.url));
    expect([page.status, await page.text()]).toEqual([200, '<p>Shared</p>']);
    expect(page.headers.get('content-security-policy')).toContain('sandbox');
    t += 11 * 60_000;
    expect((await fake.fetch(new Request(share.body.url))).status).toBe(404);
    expect((await call(fake, 'POST', `/emails/${sent.body.id}/share`, { body: { expires_in: '3 days' } })).status).toBe(
      422,
    );
    expect((await call(fake, 'POST', '/emails/3c2d5bd4-76a8-4f9e-a9a7-2d1e0c6c1f10/share', { body: {} })).status).toBe(
      404,
    );
    const received = fake.receiveEmail({ from: 'a@example.org', to: 'b@acme.dev', subject: 's', text: 'inbound text' });
    const inbound = await call(fake, 'POST', `/emails/${received.id}/share`, { body: {} });
    expect(await (await fake.fetch(new Request(inbound.body.url))).text()).toBe('inbound text');
  });
});

describe('GET /usage', () => {
  it('counts emails per recipient, sent and received, today and this month, and what the team stores', async () => {
    let t = Date.UTC(2026, 10, 28, 12);
    const fake = createFakeResend({ rps: 7, domains: ['acme.dev'], validateResponses: true, now: () => t });
    await call(fake, 'POST', '/emails', { body: email({ to: ['delivered@resend.dev', 'bounced@resend.dev'] }) });
    t = Date.UTC(2026, 10, 29, 12);
    await call(fake, 'POST', '/emails', { body: email({ cc: 'delivered+cc@resend.dev' }) });
    await call(fake, 'POST', '/emails', { body: email({ scheduled_at: 'in 1 hour' }) });
    fake.receiveEmail({ from: 'a@example.org', to: 'b@acme.dev', subject: 's' });
    await call(fake, 'POST', '/contacts', { body: { email: 'ada@acme.dev' } });
    const usage = await call(fake, 'GET', '/usage');
    expect(usage.status).toBe(200);
    expect(usage.body.emails).toEqual({
      daily: { used: 3, limit: 100, sent: 2, received: 1, resets_at: '2026-11-30T00:00:00.000Z' },
      monthly: { used: 5, limit: 3000, sent: 4, received: 1, resets_at: '2026-12-01T00:00:00.000Z' },
    });
    expect(usage.body).toMatchObject({
      contacts: { used: 1 },
      domains: { used: 1 },
      rate_limit: { limit: 7, duration: '1s' },
    });
  });
});
