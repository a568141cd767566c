/**
 * Received emails and the email quotas. Resend counts sent and received emails in one count, each
 * To, Cc and Bcc recipient once; an email that arrives over quota is still received, but its
 * content answers 403 `email_above_quota`. The fake had not counted received emails at all.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFakeResend, type FakeResendOptions, type ReceiveEmailInput } from '../src/index.js';
import { readSnapshot, restore, writeSnapshot } from '../src/persist.js';
import { listen } from '../src/server.js';
import { API, HEADERS, call, email } from './helpers.js';

const ABOVE_QUOTA = {
  statusCode: 403,
  name: 'email_above_quota',
  message: "Received email content can't be fetched: it arrived while over quota.",
};

const dir = mkdtempSync(join(tmpdir(), 'resendkit-mock-inbound-quota-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inbound = (overrides: Partial<ReceiveEmailInput> = {}): ReceiveEmailInput => ({
  from: 'ada@example.org',
  to: 'support@acme.dev',
  subject: 'Hi',
  text: 'Hello',
  ...overrides,
});

const fakeWith = (quota: FakeResendOptions['quota'], options: FakeResendOptions = {}) =>
  createFakeResend({ domains: ['acme.dev'], rateLimit: false, validateResponses: true, quota, ...options });

describe('a received email and the quota', () => {
  it('counts once per To, Cc and Bcc recipient toward the daily and monthly quotas', async () => {
    const fake = fakeWith({ daily: 100, monthly: 1000 });
    fake.receiveEmail(inbound({ to: ['a@acme.dev', 'b@acme.dev'], cc: 'c@acme.dev', bcc: ['d@acme.dev'] }));
    expect(fake.settings().usage).toEqual({ daily: 4, monthly: 4 });
    // A refused input never arrived, so it does not count.
    expect(() => fake.receiveEmail(inbound({ to: [] }))).toThrow();
    const answer = await call(fake, 'GET', '/domains');
    expect(answer.headers.get('x-resend-daily-quota')).toBe('4');
    expect(answer.headers.get('x-resend-monthly-quota')).toBe('4');
  });

  it('is never refused for the quota, and the count goes on past it', () => {
    const fake = fakeWith({ daily: 1 });
    const emails = [1, 2, 3].map(() => fake.receiveEmail(inbound()));
    expect(fake.state.receivedEmails.size).toBe(3);
    expect(emails.map((e) => e.over_quota)).toEqual([false, true, true]);
    expect(fake.settings().usage.daily).toBe(3);
  });

  it('is within quota when it fills the last room, and over it as a whole when it fits only in part', () => {
    const fake = fakeWith({ monthly: 3 });
    expect(fake.receiveEmail(inbound({ to: ['a@acme.dev', 'b@acme.dev'] })).over_quota).toBe(false);
    const partly = fake.receiveEmail(inbound({ to: ['a@acme.dev', 'b@acme.dev'] }));
    expect(partly.over_quota).toBe(true);
    expect(fake.settings().usage.monthly).toBe(4);
  });

  it('is within quota again on the next UTC day', () => {
    let t = Date.parse('2026-03-10T23:59:00Z');
    const fake = fakeWith({ daily: 1 }, { now: () => t });
    fake.receiveEmail(inbound());
    expect(fake.receiveEmail(inbound()).over_quota).toBe(true);
    t = Date.parse('2026-03-11T00:00:01Z');
    expect(fake.receiveEmail(inbound()).over_quota).toBe(false);
  });

  it('counts when it comes through POST /_inbox/api/inbound', async () => {
    const fake = fakeWith({ daily: 1 });
    const server = await listen(fake);
    try {
      for (const expected of [false, true]) {
        const posted = await fetch(`${server.url}/_inbox/api/inbound`, {
          method: 'POST',
          headers: { ...HEADERS, 'content-type': 'application/json' },
          body: JSON.stringify(inbound()),
        });
        expect(posted.status).toBe(201);
        const { id } = (await posted.json()) as { id: string };
        expect(fake.state.receivedEmails.get(id)?.over_quota).toBe(expected);
      }
      expect(fake.settings().usage.daily).toBe(2);
    } finally {
      await server.close();
    }
  });

  it('counts once per recipient in GET /usage, as sends do', async () => {
    const fake = fakeWith(undefined);
    fake.receiveEmail(inbound({ to: ['a@acme.dev', 'b@acme.dev'], cc: 'c@acme.dev' }));
    const usage = await call(fake, 'GET', '/usage');
    expect(usage.body.emails.daily).toMatchObject({ used: 3, sent: 0, received: 3 });
  });
});

describe('an email received over quota', () => {
  it('is listed and announced with email.received, but fetching it answers 403 email_above_quota', async () => {
    const deliveries: Request[] = [];
    const fake = fakeWith({ daily: 1 }, { webhooks: { fetch: (r) => (deliveries.push(r), new Response('ok')) } });
    await call(fake, 'POST', '/webhooks', {
      body: { endpoint: 'https://hooks.acme.dev/in', events: ['email.received'] },
    });
    const within = fake.receiveEmail(inbound({ subject: 'first' }));
    const over = fake.receiveEmail(inbound({ subject: 'second' }));
    await fake.settleWebhooks();
    expect(deliveries).toHaveLength(2);
    const events = await Promise.all(deliveries.map(async (r) => JSON.parse(await r.text()).data.email_id));
    expect(events).toEqual([within.id, over.id]);

    const list = await call(fake, 'GET', '/emails/receiving');
    expect(list.status).toBe(200);
    expect(list.body.data.map((e: { id: string }) => e.id)).toEqual([over.id, within.id]);
    expect(list.body.data[0]).not.toHaveProperty('over_quota');

    expect((await call(fake, 'GET', `/emails/receiving/${within.id}`)).status).toBe(200);
    const got = await call(fake, 'GET', `/emails/receiving/${over.id}`);
    expect(got.status).toBe(403);
    expect(got.body).toEqual(ABOVE_QUOTA);
  });

  it('refuses its attachments, raw message, attachment file and share link with 403 email_above_quota', async () => {
    const fake = fakeWith({ daily: 0 });
    const attachments = [{ filename: 'a.txt', content: Buffer.from('secret').toString('base64') }];
    const over = fake.receiveEmail(inbound({ attachments }));
    const attachmentId = over.attachments[0]!.id;
    for (const path of [
      `/emails/receiving/${over.id}/attachments`,
      `/emails/receiving/${over.id}/attachments/${attachmentId}`,
    ]) {
      const answer = await call(fake, 'GET', path);
      expect([path, answer.status, answer.body]).toEqual([path, 403, ABOVE_QUOTA]);
    }
    const share = await call(fake, 'POST', `/emails/${over.id}/share`, { body: {} });
    expect([share.status, share.body]).toEqual([403, ABOVE_QUOTA]);
    for (const file of ['raw', `attachments/${attachmentId}`]) {
      const answer = await fake.fetch(new Request(`${API}/_files/received/${over.id}/${file}`));
      expect([file, answer.status, await answer.json()]).toEqual([file, 403, ABOVE_QUOTA]);
    }
  });

  it('keeps its over-quota mark through a --data save and load', async () => {
    const fake = fakeWith({ daily: 0 });
    const over = fake.receiveEmail(inbound());
    const file = join(dir, 'over-quota.json');
    writeSnapshot(file, fake, 1);
    const again = fakeWith(undefined);
    restore(again, readSnapshot(file)!);
    expect(again.state.receivedEmails.get(over.id)?.over_quota).toBe(true);
    expect((await call(again, 'GET', `/emails/receiving/${over.id}`)).body).toEqual(ABOVE_QUOTA);
  });

  it('refuses a --data file whose received email has an over_quota that is no boolean', () => {
    const record = { ...fakeWith({ daily: 0 }).receiveEmail(inbound()), over_quota: 'yes' };
    const file = join(dir, 'bad-over-quota.json');
    const collections = { receivedEmails: [record] };
    writeFileSync(file, JSON.stringify({ format: 'resendkit-mock-data', version: 1, starts: 1, collections }));
    expect(() => readSnapshot(file)).toThrow(
      `receivedEmails[0] (id "${record.id}"): field "over_quota" must be a boolean (got a string)`,
    );
  });
});

describe('one count for sends and receives', () => {
  it('makes a send after received emails answer 429 daily_quota_exceeded', async () => {
    const fake = fakeWith({ daily: 3 });
    fake.receiveEmail(inbound({ to: ['a@acme.dev', 'b@acme.dev'] }));
    expect((await call(fake, 'POST', '/emails', { body: email({ to: 'x@resend.dev' }) })).status).toBe(200);
    const over = await call(fake, 'POST', '/emails', { body: email({ to: 'y@resend.dev' }) });
    expect(over.status).toBe(429);
    expect(over.body).toMatchObject({ name: 'daily_quota_exceeded' });
    expect(fake.state.emails.size).toBe(1);
  });

  it('makes an email received after sends that used up the quota arrive over it', async () => {
    const fake = fakeWith({ monthly: 2 });
    await call(fake, 'POST', '/emails', { body: email({ to: ['x@resend.dev', 'y@resend.dev'] }) });
    expect(fake.receiveEmail(inbound()).over_quota).toBe(true);
  });
});
