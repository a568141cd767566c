/**
 * `fake.fetch` answers only requests under one of `fake.baseUrls`, as Resend answers only on
 * `https://api.resend.com`: a misspelt host, plain `http:` or another origin rejects like a `fetch`
 * to an unreachable host, so a misconfigured base URL fails against the fake as it would in production.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend, type FakeResend } from '../src/index.js';
import { apiRequest } from './helpers.js';

const EMAIL = { from: 'onboarding@resend.dev', to: 'delivered@resend.dev', subject: 'Hi', html: '<p>Hi</p>' };

/** What `fake.fetch` rejected with for `base` + `/emails`, which must be a `TypeError`. */
async function refusalOf(fake: FakeResend, url: string): Promise<TypeError> {
  const error: unknown = await fake.fetch(apiRequest('POST', '', { base: url, body: EMAIL })).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, url).toBeInstanceOf(TypeError);
  return error as TypeError;
}

describe('fake.fetch answers only under its base URLs', () => {
  it.each([
    'https://api.resnd.com/emails',
    'http://api.resend.com/emails',
    'https://example.org/anything/emails',
    'https://api.resend.com:8443/emails',
  ])('rejects %s with a TypeError and stores nothing', async (url) => {
    const fake = createFakeResend();
    await refusalOf(fake, url);
    expect(fake.state.emails.all()).toHaveLength(0);
  });

  it("names the request's origin and path, never its query, and the base URLs it answers on", async () => {
    const fake = createFakeResend({ baseUrl: 'http://localhost:3000/resend' });
    const { message } = await refusalOf(fake, 'https://api.resnd.com/emails?token=re_live_8f3KzQ0vT2mYbN7pLx4wRc9');
    expect(message).toContain('https://api.resnd.com/emails');
    expect(message).not.toContain('token');
    expect(message).not.toContain('re_live');
    expect(message).toContain('https://api.resend.com');
    expect(message).toContain('http://localhost:3000/resend');
  });

  it('lists a base URL given with credentials without them', async () => {
    const fake = createFakeResend({ baseUrl: 'http://deploy:hunter2sEcReT@localhost:3000/resend' });
    const { message } = await refusalOf(fake, 'https://example.org/emails');
    expect(message).toContain('http://localhost:3000/resend');
    expect(message).not.toContain('hunter2');
  });

  it('rejects a path beside baseUrl, not under it', async () => {
    const fake = createFakeResend({ baseUrl: 'http://localhost:3000/resend' });
    await refusalOf(fake, 'http://localhost:3000/other/emails');
    await refusalOf(fake, 'http://localhost:3000/resendx/emails');
    expect(fake.state.emails.all()).toHaveLength(0);
  });

  it.each([
    ['https://api.resend.com', undefined],
    ['https://API.Resend.com', undefined],
    ['http://localhost:3000/resend', 'http://localhost:3000/resend'],
    ['http://localhost:3000/resend', 'http://localhost:3000/resend/'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
  ])('still answers a request under %s (baseUrl %s)', async (base, baseUrl) => {
    const fake = createFakeResend(baseUrl === undefined ? {} : { baseUrl });
    const response = await fake.fetch(apiRequest('POST', '/emails', { base, body: EMAIL }));
    expect(response.status).toBe(200);
    expect(fake.state.emails.all()).toHaveLength(1);
  });

  it('leaves fake.handle, which the msw handlers and the server call with their own URLs, answering', async () => {
    const fake = createFakeResend();
    const outcome = await fake.handle(apiRequest('POST', '/emails', { base: 'http://127.0.0.1:43210', body: EMAIL }));
    expect(outcome.kind === 'response' && outcome.response.status).toBe(200);
  });
});
