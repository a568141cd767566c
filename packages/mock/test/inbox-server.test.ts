/** The inbox over HTTP: served by listen() beside the API, its JSON API for scripts, its guards. */
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { exposedWarning, isLoopback } from '../src/inbox/exposure.js';
import { listen, type FakeServer } from '../src/server.js';
import { HEADERS, email } from './helpers.js';

const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
let server: FakeServer;
beforeAll(async () => {
  server = await listen(fake);
});
afterAll(() => server.close());

const send = (body: unknown) =>
  fetch(`${server.url}/emails`, {
    method: 'POST',
    headers: { ...HEADERS, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const inboxJson = async (path: string, init?: RequestInit) =>
  (await fetch(`${server.inboxUrl}api/${path}`, init)).json() as Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A raw GET with a chosen Host header (fetch will not let a test forge it). */
function getWithHost(path: string, host: string): Promise<number> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('inbox on the local server', () => {
  it('serves the page under /_inbox/ on the API port, with a strict content security policy', async () => {
    expect(server.inboxUrl).toBe(`${server.url}/_inbox/`);
    const page = await fetch(server.inboxUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of ['app.js', 'app.css']) expect((await fetch(`${server.inboxUrl}${asset}`)).status).toBe(200);
    expect((await fetch(`${server.url}/_inbox`, { redirect: 'manual' })).headers.get('location')).toBe('/_inbox/');
  });

  it('answers the JSON API for scripts and does not log its own requests', async () => {
    const before = fake.state.requests.size;
    const sent = (await (await send(email({ subject: 'for scripts' }))).json()) as { id: string };
    const list = await inboxJson('emails?q=scripts');
    expect(list.items.map((e: { id: string }) => e.id)).toEqual([sent.id]);
    expect((await inboxJson(`emails/${sent.id}`)).api).toMatchObject({
      id: sent.id,
      object: 'email',
      subject: 'for scripts',
    });
    const requests = await inboxJson('requests');
    expect(requests.items[0]).toMatchObject({ method: 'POST', path: '/emails', status: 200 });
    expect((await inboxJson(`requests/${requests.items[0].id}`)).requestBody).toContain('for scripts');
    expect(await inboxJson('deliveries')).toEqual({ total: 0, offset: 0, items: [] });
    expect(fake.state.requests.size).toBe(before + 1);
    expect((await fetch(`${server.inboxUrl}api/nope`)).status).toBe(404);
  });

  it('downloads an attachment with its name', async () => {
    const sent = (await (
      await send(
        email({ attachments: [{ filename: 'report "q3".txt', content: Buffer.from('numbers').toString('base64') }] }),
      )
    ).json()) as { id: string };
    const file = await fetch(`${server.inboxUrl}api/emails/${sent.id}/attachments/0`);
    expect(file.headers.get('content-disposition')).toContain("filename*=UTF-8''report%20%22q3%22.txt");
    expect(file.headers.get('content-disposition')).toContain('filename="report _q3_.txt"');
    expect(await file.text()).toBe('numbers');
  });

  it('cancels a scheduled email and clears everything with DELETE /_inbox/api', async () => {
    const sent = (await (await send(email({ scheduled_at: 'in 2 hours' }))).json()) as { id: string };
    expect((await fetch(`${server.inboxUrl}api/emails/${sent.id}/cancel`, { method: 'POST' })).status).toBe(200);
    expect((await fetch(`${server.inboxUrl}api/emails/${sent.id}/cancel`, { method: 'POST' })).status).toBe(409);
    expect(fake.state.emails.get(sent.id)!.last_event).toBe('canceled');
    expect(await inboxJson('', { method: 'DELETE' })).toEqual({ cleared: true });
    expect((await inboxJson('emails')).total).toBe(0);
    expect((await inboxJson('requests')).total).toBe(0);
  });

  it('pushes a server-sent event when a request is answered', async () => {
    const events = await fetch(`${server.inboxUrl}api/events`);
    expect(events.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = events.body!.pipeThrough(new TextDecoderStream()).getReader();
    await send(email());
    let seen = '';
    while (!seen.includes('"kind":"request"')) seen += (await reader.read()).value ?? '';
    await reader.cancel();
    expect(seen).toMatch(/data: \{"kind":"request","id":\d+\}/);
  });

  it('refuses other hosts (DNS rebinding) and other origins (cross-site requests)', async () => {
    expect(await getWithHost('/_inbox/api/emails', 'evil.example')).toBe(403);
    expect(await getWithHost('/_inbox/api/emails', `localhost:${new URL(server.url).port}`)).toBe(200);
    const cross = await fetch(`${server.inboxUrl}api`, {
      method: 'DELETE',
      headers: { origin: 'https://evil.example' },
    });
    expect(cross.status).toBe(403);
  });
});

describe('binding', () => {
  it('treats only loopback hosts as private and warns loudly about others', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1']) expect(isLoopback(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.5', 'example.com']) expect(isLoopback(host)).toBe(false);
    expect(exposedWarning('0.0.0.0')).toMatch(/^WARNING: .*0\.0\.0\.0[\s\S]*read its inbox/);
  });

  it('the bin prints the inbox URL next to the API URL', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/bin.ts'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const lines: string[] = [];
      const reader = createInterface({ input: child.stdout! });
      await new Promise<void>((resolve) => reader.on('line', (line) => lines.push(line) === 2 && resolve()));
      const api = /http:\/\/127\.0\.0\.1:\d+/.exec(lines[0]!)![0];
      expect(lines[1]).toBe(`Inbox (emails, requests, webhooks): ${api}/_inbox/`);
      expect((await fetch(`${api}/_inbox/`)).status).toBe(200);
    } finally {
      child.kill('SIGKILL');
    }
  }, 30_000);
});
