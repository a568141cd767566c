import { Resend } from 'resend';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { listen, type FakeServer } from '../src/server.js';

// The official SDK reads RESEND_BASE_URL once, in its constructor (resend/dist: getDefaultBaseUrl).
function sdkAt(url: string, key = 're_sdk_test_123'): Resend {
  const previous = process.env.RESEND_BASE_URL;
  process.env.RESEND_BASE_URL = url;
  try {
    return new Resend(key);
  } finally {
    if (previous === undefined) delete process.env.RESEND_BASE_URL;
    else process.env.RESEND_BASE_URL = previous;
  }
}

const message = {
  from: 'Acme <onboarding@acme.dev>',
  to: ['delivered@resend.dev'],
  subject: 'Hello from the SDK',
  html: '<p>Hi</p>',
};

describe('the official resend SDK against the fake (local server)', () => {
  const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, validateResponses: true });
  let resend: Resend;
  let server: FakeServer;
  beforeAll(async () => {
    server = await listen(fake);
    resend = sdkAt(server.url);
  });
  afterAll(() => server.close());

  it('sends an email and gets it back', async () => {
    const sent = await resend.emails.send(message);
    expect(sent.error).toBeNull();
    const got = await resend.emails.get(sent.data!.id);
    expect(got.error).toBeNull();
    expect(got.data).toMatchObject({
      id: sent.data!.id,
      subject: 'Hello from the SDK',
      to: ['delivered@resend.dev'],
      object: 'email',
    });
  });

  it('sends a batch and gets one ID per email', async () => {
    const { data, error } = await resend.batch.send([message, { ...message, subject: 'second' }]);
    expect(error).toBeNull();
    expect(data!.data).toHaveLength(2);
    expect(fake.state.emails.get(data!.data[1]!.id)?.subject).toBe('second');
  });

  it('lists with cursors, newest first, until has_more is false', async () => {
    fake.reset();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.unshift((await resend.emails.send({ ...message, subject: `#${i}` })).data!.id);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { data, error } = await resend.emails.list(after ? { limit: 2, after } : { limit: 2 });
      expect(error).toBeNull();
      seen.push(...data!.data.map((e) => e.id));
      if (!data!.has_more) break;
      after = seen[seen.length - 1];
    }
    expect(seen).toEqual(ids);
    const back = await resend.emails.list({ limit: 2, before: ids[4]! });
    expect(back.data!.data.map((e) => e.id)).toEqual([ids[2], ids[3]]);
  });

  it('replays a send with the same idempotency key', async () => {
    fake.reset();
    const first = await resend.emails.send(message, { idempotencyKey: 'sdk/welcome/1' });
    const second = await resend.emails.send(message, { idempotencyKey: 'sdk/welcome/1' });
    expect(second.data!.id).toBe(first.data!.id);
    expect(fake.state.emails.size).toBe(1);
    const conflict = await resend.emails.send({ ...message, subject: 'changed' }, { idempotencyKey: 'sdk/welcome/1' });
    expect(conflict.error).toMatchObject({ name: 'invalid_idempotent_request', statusCode: 409 });
  });

  it('also works with the SDK baseUrl option', async () => {
    const viaOption = new Resend('re_sdk_test_123', { baseUrl: resend.baseUrl });
    const { data, error } = await viaOption.emails.send(message);
    expect(error).toBeNull();
    expect(fake.state.emails.get(data!.id)).toBeDefined();
  });

  it('surfaces a 422 as the SDK error object', async () => {
    const { data, error } = await resend.emails.send({ ...message, from: 'not-an-address' });
    expect(data).toBeNull();
    expect(error).toMatchObject({ name: 'validation_error', statusCode: 422 });
    expect(error!.message).toContain('`from`');
  });
});

describe('the official resend SDK and the rate limit', () => {
  const fake = createFakeResend({ domains: ['acme.dev'], rps: 2, windowMs: 60_000 });
  let resend: Resend;
  let server: FakeServer;
  beforeAll(async () => {
    server = await listen(fake);
    resend = sdkAt(server.url);
  });
  afterAll(() => server.close());

  it('gets 429 rate_limit_exceeded with the retry-after header', async () => {
    await resend.emails.list();
    await resend.emails.list();
    const { error, headers } = await resend.emails.list();
    expect(error).toMatchObject({ name: 'rate_limit_exceeded', statusCode: 429 });
    expect(Number(headers!['retry-after'])).toBeGreaterThan(0);
    expect(headers!['ratelimit-limit']).toBe('2');
  });
});
