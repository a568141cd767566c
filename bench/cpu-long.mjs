import { createResendClient } from '/work/main/packages/client/dist/index.js';
import { Resend } from '/work/main/bench/node_modules/resend/dist/index.mjs';
const API_KEY = 're_bench_0123456789abcdef';
const EMAIL = { from: 'Acme <hi@acme.dev>', to: 'ada@example.com', subject: 'Hi', text: 'Hello' };
let n = 0;
globalThis.fetch = async () => new Response(`{"id":"4ef9a417-02e9-4d39-ad75-9611e0fcc${String(100 + (n++ % 900))}"}`, { headers: { 'content-type': 'application/json' } });
const url = 'http://127.0.0.1:9';
const which = process.argv[2];
let f;
if (which === 'sdk') { const s = new Resend(API_KEY, { baseUrl: url }); f = () => s.emails.send(EMAIL); }
else { const c = createResendClient({ apiKey: API_KEY, baseUrl: url, rateLimit: false, userAgent: 'bench/1.0', ...(which === 'rk0' ? { timeoutMs: 0 } : {}) }); f = () => c.POST('/emails', { body: EMAIL }); }
for (let i = 0; i < 100000; i++) await f();
