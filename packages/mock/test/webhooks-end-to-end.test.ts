/**
 * The whole loop: an email to bounced@resend.dev sent through @resendkit/client to the fake, and a
 * verified, typed `email.bounced` received by a webhookHandler, over real 127.0.0.1 sockets and
 * in-process.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createResendClient } from '@resendkit/client';
import { webhookHandler, type EmailBouncedEvent } from '@resendkit/webhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeResend, type FakeResend } from '../src/index.js';
import { listen } from '../src/server.js';

const API_KEY = 're_test_end_to_end_1234';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

/** A node:http server on 127.0.0.1 that hands each request to a fetch-style handler. */
async function serve(handle: (request: Request) => Promise<Response>): Promise<string> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
      void handle(
        new Request(`http://127.0.0.1${req.url}`, {
          method: req.method,
          headers,
          body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
        }),
      ).then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(await response.text());
      });
    });
  });
  server.keepAliveTimeout = 100;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  cleanups.push(() => new Promise((r) => server.close(() => r())));
  server.unref();
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/resend`;
}

async function registerAndSend(
  fake: FakeResend,
  baseUrl: string | undefined,
  endpoint: string,
  receive: (secret: string) => void,
) {
  const resend = createResendClient({
    apiKey: API_KEY,
    rateLimit: false,
    ...(baseUrl ? { baseUrl } : { fetch: (r: Request) => fake.fetch(r) }),
  });
  const created = await resend.POST('/webhooks', { body: { endpoint, events: ['email.sent', 'email.bounced'] } });
  expect(created.error).toBeUndefined();
  receive(created.data!.signing_secret);
  const sent = await resend.POST('/emails', {
    body: { from: 'Acme <onboarding@acme.dev>', to: 'bounced+e2e@resend.dev', subject: 'Welcome', html: '<p>hi</p>' },
  });
  expect(sent.error).toBeUndefined();
  await fake.settleWebhooks();
  return sent.data!.id;
}

describe('webhooks end to end', () => {
  it('delivers a verified, typed email.bounced to a webhookHandler behind a real 127.0.0.1 server', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const api = await listen(fake, { host: '127.0.0.1' });
    cleanups.push(() => api.close());
    const apiBase = api.url;
    const bounces: EmailBouncedEvent[] = [];
    let handle: (request: Request) => Promise<Response> = async () => new Response('', { status: 503 });
    const endpoint = await serve((request) => handle(request));
    const emailId = await registerAndSend(fake, apiBase, endpoint, (secret) => {
      handle = webhookHandler(secret, { 'email.bounced': (event) => void bounces.push(event) });
    });
    expect(bounces).toHaveLength(1);
    const bounce: EmailBouncedEvent = bounces[0]!;
    expect(bounce.data).toMatchObject({
      email_id: emailId,
      to: ['bounced+e2e@resend.dev'],
      bounce: { type: 'Permanent' },
    });
    expect(fake.state.webhookDeliveries.all().map((d) => [d.type, d.status, d.attempts[0]?.http_status_code])).toEqual([
      ['email.sent', 'success', 200],
      ['email.bounced', 'success', 200],
    ]);
  });

  it('delivers the same to a webhookHandler in-process, with no server at all', async () => {
    const bounces: EmailBouncedEvent[] = [];
    let handle: (request: Request) => Promise<Response> = async () => new Response('', { status: 503 });
    const fake = createFakeResend({
      domains: ['acme.dev'],
      rateLimit: false,
      webhooks: { fetch: (request) => handle(request) },
    });
    const emailId = await registerAndSend(fake, undefined, 'https://app.acme.dev/webhooks/resend', (secret) => {
      handle = webhookHandler(secret, { 'email.bounced': (event) => void bounces.push(event) });
    });
    expect(bounces.map((e) => [e.type, e.data.email_id])).toEqual([['email.bounced', emailId]]);
  });
});
