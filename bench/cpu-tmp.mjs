// CPU per call with fetch stubbed; variants selected by argv
import { createResendClient } from '/work/main/packages/client/dist/index.js';
import createClient from 'openapi-fetch';
import { Resend } from '/work/main/bench/node_modules/resend/dist/index.mjs';
const API_KEY = 're_bench_0123456789abcdef';
const EMAIL = { from: 'Acme <hi@acme.dev>', to: 'ada@example.com', subject: 'Hi', text: 'Hello' };
let n = 0;
globalThis.fetch = async () => new Response(`{"id":"4ef9a417-02e9-4d39-ad75-9611e0fcc${String(100 + (n++ % 900))}"}`, { headers: { 'content-type': 'application/json' } });
const url = 'http://127.0.0.1:9';
const variants = {
  sdk: () => { const s = new Resend(API_KEY, { baseUrl: url }); return () => s.emails.send(EMAIL); },
  rk: () => { const c = createResendClient({ apiKey: API_KEY, baseUrl: url, rateLimit: false, userAgent: 'bench/1.0' }); return () => c.POST('/emails', { body: EMAIL }); },
  rk0: () => { const c = createResendClient({ apiKey: API_KEY, baseUrl: url, rateLimit: false, userAgent: 'bench/1.0', timeoutMs: 0 }); return () => c.POST('/emails', { body: EMAIL }); },
  allon: () => { const c = createResendClient({ apiKey: API_KEY, baseUrl: url, rateLimit: { limit: 1_000_000, windowMs: 10 }, userAgent: 'bench/1.0' }); return () => c.emails.send(EMAIL); },
  of: () => { const c = createClient({ baseUrl: url, headers: { authorization: `Bearer ${API_KEY}`, 'user-agent': 'bench/1.0' } }); return () => c.POST('/emails', { body: EMAIL }); },
  rkmin: () => { const c = createResendClient({ apiKey: API_KEY, baseUrl: url, rateLimit: false, userAgent: 'bench/1.0', timeoutMs: 0, retry: false, idempotency: false }); return () => c.POST('/emails', { body: EMAIL }); },
};
const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(variants);
const fns = names.map((k) => [k, variants[k]()]);
async function time(f, count) { const c = process.cpuUsage(); for (let i = 0; i < count; i++) { const r = await f(); if (!r.data?.id) throw new Error('no id ' + JSON.stringify(r.error)); } const u = process.cpuUsage(c); return (u.user + u.system) / count; }
for (const [, f] of fns) await time(f, 3000);
const samples = Object.fromEntries(names.map((k) => [k, []]));
for (let r = 0; r < 21; r++) for (const [k, f] of fns) samples[k].push(await time(f, 2000));
for (const k of names) { const s = samples[k].sort((a, b) => a - b); console.log(k.padEnd(8), "median", s[10].toFixed(1), "min", s[0].toFixed(1)); }
