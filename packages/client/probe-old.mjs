// Temporary local probe (not committed): µs per POST /emails for each client on this runtime.
import createClient from 'openapi-fetch';
import { Resend } from 'resend';
import { createResendClient } from '/tmp/oldclient/packages/client/src/index.ts';
const url = `http://127.0.0.1:${process.env.PORT ?? (globalThis.Deno ? Deno.env.get('PORT') : '')}`;
const KEY = 're_bench_0123456789abcdef';
const EMAIL = { from: 'Acme <hi@acme.dev>', to: 'ada@example.com', subject: 'Hi', text: 'Hello' };
const stub = globalThis.process?.env?.STUB ?? (globalThis.Deno ? Deno.env.get('STUB') : undefined);
const answer = JSON.stringify({ id: '49a3999c-0ce1-4ea6-ab68-afcd6dc2e794' });
const stubFetch = async () =>
  new Response(answer, {
    status: 200,
    headers: { 'content-type': 'application/json', 'content-length': String(answer.length) },
  });
if (stub) globalThis.fetch = stubFetch;
const bare = createClient({ baseUrl: url, headers: { authorization: `Bearer ${KEY}`, 'user-agent': 'bench/1.0' } });
const rk = createResendClient({
  apiKey: KEY,
  baseUrl: url,
  rateLimit: { limit: 1_000_000, windowMs: 10 },
  userAgent: 'bench/1.0',
});
const sdk = new Resend(KEY, { baseUrl: url });
const clients = {
  openapi: async () => {
    const { data } = await bare.POST('/emails', { body: EMAIL });
    if (!data?.id) throw new Error('x');
  },
  resendkit: async () => {
    const { data, error } = await rk.emails.send(EMAIL);
    if (!data?.id) throw new Error(error?.message);
  },
  sdk: async () => {
    const { data, error } = await sdk.emails.send(EMAIL);
    if (!data?.id) throw new Error(error?.message);
  },
};
const N = Number(globalThis.process?.env?.N ?? 400),
  R = 9;
const results = Object.fromEntries(Object.keys(clients).map((k) => [k, []]));
for (const fn of Object.values(clients)) for (let i = 0; i < 300; i++) await fn();
import process from 'node:process';
const now = stub
  ? () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    }
  : () => performance.now();
for (let r = 0; r < R; r++) {
  const names = Object.keys(clients);
  names.push(...names.splice(0, r % names.length));
  for (const name of names) {
    const t = now();
    for (let i = 0; i < N; i++) await clients[name]();
    results[name].push(((now() - t) * 1000) / N);
  }
}
const med = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
const m = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, med(v)]));
const rt = globalThis.Bun
  ? `bun ${Bun.version}`
  : globalThis.Deno
    ? `deno ${Deno.version.deno}`
    : `node ${process.versions.node}`;
console.log(
  `${rt.padEnd(14)} ${stub ? 'CPU ' : 'loop'} transport=${rk.transport} rk ${m.resendkit.toFixed(1)}µs sdk ${m.sdk.toFixed(1)} openapi ${m.openapi.toFixed(1)} | rk/sdk ${(m.resendkit / m.sdk).toFixed(2)} rk/openapi ${(m.resendkit / m.openapi).toFixed(2)}`,
);
