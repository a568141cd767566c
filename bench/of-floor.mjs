import createClient, { createQuerySerializer } from 'openapi-fetch';
import { PlainRequest } from '/work/main/packages/client/src/plain-request.ts';
const EMAIL = { from: 'Acme <hi@acme.dev>', to: 'ada@example.com', subject: 'Hi', text: 'Hello' };
let n = 0;
const stub = async () => new Response(`{"id":"4ef9a417-02e9-4d39-ad75-9611e0fcc${String(100 + (n++ % 900))}"}`, { headers: { 'content-type': 'application/json' } });
const variants = {
  stubjson: () => async () => ({ data: await (await stub()).json() }),
  ofPlain: () => { const c = createClient({ baseUrl: 'http://127.0.0.1:9', Request: PlainRequest, fetch: stub, querySerializer: createQuerySerializer() }); return () => c.POST('/emails', { body: EMAIL }); },
  ofPlainMw: () => { const c = createClient({ baseUrl: 'http://127.0.0.1:9', Request: PlainRequest, fetch: stub, querySerializer: createQuerySerializer() }); c.use({ onRequest() {} }, { onRequest() {} }, { onResponse() {} }); return () => c.POST('/emails', { body: EMAIL }); },
};
const names = Object.keys(variants);
const fns = names.map((k) => [k, variants[k]()]);
async function time(f, count) { const c = process.cpuUsage(); for (let i = 0; i < count; i++) { const r = await f(); if (!r.data?.id) throw new Error('no id'); } const u = process.cpuUsage(c); return (u.user + u.system) / count; }
for (const [, f] of fns) await time(f, 3000);
const samples = Object.fromEntries(names.map((k) => [k, []]));
for (let r = 0; r < 15; r++) for (const [k, f] of fns) samples[k].push(await time(f, 2000));
for (const k of names) { const s = samples[k].sort((a, b) => a - b); console.log(k.padEnd(10), 'median', s[7].toFixed(1)); }
