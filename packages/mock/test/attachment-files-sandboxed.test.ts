/**
 * The fake serves attachment files under `/_files/` on the origin the request came to: with
 * `listen()`, the inbox's origin. An HTML or SVG attachment opened from its `download_url` must not
 * run its script there, where it could read and clear the inbox through `/_inbox/api`.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { listen, type FakeServer } from '../src/server.js';
import { HEADERS } from './helpers.js';

const SCRIPT = btoa('<script>fetch("/_inbox/api", { method: "DELETE" })</script>');
let server: FakeServer;
beforeAll(async () => {
  server = await listen(createFakeResend({ domains: ['acme.dev'], rateLimit: false }));
});
afterAll(() => server.close());

const api = async (method: string, path: string, body?: unknown) => {
  const headers = { ...HEADERS, 'content-type': 'application/json' };
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.json();
};

it('serves an inline HTML or SVG attachment sandboxed, so its script cannot run on the inbox origin', async () => {
  const attachments = [
    { filename: 'page.html', content: SCRIPT, content_id: 'page' },
    { filename: 'logo.svg', content: SCRIPT, content_id: 'logo' },
  ];
  const sent = await api('POST', '/emails', {
    from: 'a@acme.dev',
    to: 'delivered@resend.dev',
    subject: 'Files',
    text: 'hi',
    attachments,
  });
  const list = await api('GET', `/emails/${sent.id}/attachments`);
  expect(list.data).toHaveLength(2);
  for (const { download_url } of list.data) {
    expect(download_url.startsWith(server.url)).toBe(true);
    const file = await fetch(download_url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-security-policy')).toMatch(/(^|;\s*)sandbox(;|$)/);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
  }
});

it('serves a received email raw message and attachments sandboxed too', async () => {
  const fake = createFakeResend({ rateLimit: false });
  const received = fake.receiveEmail({
    from: 'a@other.dev',
    to: 'in@acme.dev',
    subject: 'In',
    text: 'hi',
    attachments: [{ filename: 'page.html', content: SCRIPT }],
  });
  const urls = [
    `https://api.resend.com/_files/received/${received.id}/raw`,
    `https://api.resend.com/_files/received/${received.id}/attachments/${received.attachments[0]!.id}`,
  ];
  for (const url of urls) {
    const file = await fake.fetch(new Request(url));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-security-policy')).toMatch(/(^|;\s*)sandbox(;|$)/);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
  }
});
