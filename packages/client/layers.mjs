import process from 'node:process';
import createClient from 'openapi-fetch';
import { createResendClient } from './src/index.ts';
const answer = JSON.stringify({ id: '49a3999c-0ce1-4ea6-ab68-afcd6dc2e794' });
globalThis.fetch = async () =>
  new Response(answer, {
    status: 200,
    headers: { 'content-type': 'application/json', 'content-length': String(answer.length) },
  });
const KEY = 're_bench_0123456789abcdef',
  url = 'http://127.0.0.1:1';
const EMAIL = { from: 'Acme <hi@acme.dev>', to: 'ada@example.com', subject: 'Hi', text: 'Hello' };
const mk = (o) =>
  createResendClient({
    apiKey: KEY,
    baseUrl: url,
    userAgent: 'bench/1.0',
    rateLimit: { limit: 1_000_000, windowMs: 10 },
    ...o,
  });
const bare = createClient({ baseUrl: url, headers: { authorization: `Bearer ${KEY}`, 'user-agent': 'bench/1.0' } });
const variants = {
  openapi: () => bare.POST('/emails', { body: EMAIL }),
  all: (
    (c) => () =>
      c.emails.send(EMAIL)
  )(mk({})),
  raw: (
    (c) => () =>
      c.POST('/emails', { body: EMAIL })
  )(mk({})),
  noLimit: (
    (c) => () =>
      c.emails.send(EMAIL)
  )(mk({ rateLimit: false })),
  noRetry: (
    (c) => () =>
      c.emails.send(EMAIL)
  )(mk({ retry: false })),
  noTimeout: (
    (c) => () =>
      c.emails.send(EMAIL)
  )(mk({ timeoutMs: 0 })),
  noIdem: (
    (c) => () =>
      c.emails.send(EMAIL)
  )(mk({ idempotency: false })),
  none: (
    (c) => () =>
      c.POST('/emails', { body: EMAIL })
  )(mk({ rateLimit: false, retry: false, timeoutMs: 0, idempotency: false })),
};
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const res = {};
for (let r = 0; r < 5; r++)
  for (const [k, f] of Object.entries(variants)) {
    for (let i = 0; i < 300; i++) await f();
    const t = cpu();
    for (let i = 0; i < 3000; i++) await f();
    (res[k] ??= []).push((cpu() - t) / 3000);
  }
const med = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
console.log(
  Object.entries(res)
    .map(([k, v]) => `${k} ${med(v).toFixed(1)}`)
    .join(' | '),
);
