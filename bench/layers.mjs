import createClient, { createQuerySerializer } from 'openapi-fetch';
import { PlainRequest } from '/work/main/packages/client/src/plain-request.ts';
import { toFetch, fetchSend, withRedirects, withAuth, withTimeout, withRetry, errorMiddleware, pathParamsMiddleware, userAgentMiddleware, idempotencyMiddleware } from '/work/main/packages/client/src/compose.ts';
import { guardCalls } from '/work/main/packages/client/src/call-guard.ts';
const EMAIL = { from: 'Acme <hi@acme.dev>', to: 'ada@example.com', subject: 'Hi', text: 'Hello' };
const KEY = 're_bench_0123456789abcdef';
const base = 'http://127.0.0.1:9';
let n = 0;
globalThis.fetch = async () => new Response(`{"id":"4ef9a417-02e9-4d39-ad75-9611e0fcc${String(100 + (n++ % 900))}"}`, { headers: { 'content-type': 'application/json' } });
const mk = (send, mws = [], guard = false) => { const c = createClient({ baseUrl: base, Request: PlainRequest, fetch: toFetch(send), querySerializer: createQuerySerializer() }); if (mws.length) c.use(...mws); const g = guard ? guardCalls(c, base) : c; return () => g.POST('/emails', { body: EMAIL }); };
const fs = () => fetchSend(undefined, { maxBytes: 1 << 25 });
const variants = {
  fetchSend: () => mk(fs()),
  redirects: () => mk(withRedirects(fs())),
  auth: () => mk(withAuth(withRedirects(fs()), KEY, base)),
  timeout: () => mk(withTimeout(withAuth(withRedirects(fs()), KEY, base), 30000)),
  retry: () => mk(withRetry(withTimeout(withAuth(withRedirects(fs()), KEY, base), 30000))),
  errMw: () => mk(withRetry(withTimeout(withAuth(withRedirects(fs()), KEY, base), 30000)), [errorMiddleware()]),
  allMw: () => mk(withRetry(withTimeout(withAuth(withRedirects(fs()), KEY, base), 30000)), [errorMiddleware(), pathParamsMiddleware(), userAgentMiddleware('bench/1.0'), idempotencyMiddleware()]),
  combined: () => { const ms = [pathParamsMiddleware(), userAgentMiddleware('bench/1.0'), idempotencyMiddleware()]; const one = { onRequest(ctx) { for (const m of ms) { const r = m.onRequest(ctx); if (r instanceof Response) return r; } return undefined; } }; return mk(withRetry(withTimeout(withAuth(withRedirects(fs()), KEY, base), 30000)), [errorMiddleware(), one]); },
  guarded: () => mk(withRetry(withTimeout(withAuth(withRedirects(fs()), KEY, base), 30000)), [errorMiddleware(), pathParamsMiddleware(), userAgentMiddleware('bench/1.0'), idempotencyMiddleware()], true),
};
const names = Object.keys(variants);
const fns = names.map((k) => [k, variants[k]()]);
async function time(f, count) { const c = process.cpuUsage(); for (let i = 0; i < count; i++) { const r = await f(); if (!r.data?.id) throw new Error('no id ' + JSON.stringify(r.error)); } const u = process.cpuUsage(c); return (u.user + u.system) / count; }
for (const [, f] of fns) await time(f, 3000);
const samples = Object.fromEntries(names.map((k) => [k, []]));
for (let r = 0; r < 15; r++) for (const [k, f] of fns) samples[k].push(await time(f, 2000));
let prev = 0;
for (const k of names) { const s = samples[k].sort((a, b) => a - b); const m = s[7]; console.log(k.padEnd(10), 'median', m.toFixed(1), '  +', (m - prev).toFixed(1)); prev = m; }
