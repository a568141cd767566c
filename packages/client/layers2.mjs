import process from 'node:process';
import createClient from 'openapi-fetch';
import {
  fetchSend,
  toFetch,
  withAuth,
  withRetry,
  withTimeout,
  withRateLimit,
  RateLimiter,
  withRedirects,
  errorMiddleware,
  idempotencyMiddleware,
  userAgentMiddleware,
  pathParamsMiddleware,
} from './src/compose.ts';
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
const mk = (send, mws = []) => {
  const c = createClient({ baseUrl: url, fetch: toFetch(send) });
  if (mws.length) c.use(...mws);
  return () => c.POST('/emails', { body: EMAIL });
};
const wire = fetchSend();
const lim = new RateLimiter({ limit: 1e6, windowMs: 10 });
const bare = createClient({ baseUrl: url, headers: { authorization: `Bearer ${KEY}` } });
const rk = createResendClient({ apiKey: KEY, baseUrl: url, rateLimit: { limit: 1e6, windowMs: 10 } });
const variants = {
  openapi: () => bare.POST('/emails', { body: EMAIL }),
  wire: mk(wire),
  redirects: mk(withRedirects(wire)),
  auth: mk(withAuth(withRedirects(wire), KEY, url)),
  timeout: mk(withTimeout(withAuth(withRedirects(wire), KEY, url), 30000)),
  limit: mk(withRateLimit(withTimeout(withAuth(withRedirects(wire), KEY, url), 30000), lim)),
  retry: mk(withRetry(withRateLimit(withTimeout(withAuth(withRedirects(wire), KEY, url), 30000), lim))),
  mws: mk(withRetry(withRateLimit(withTimeout(withAuth(withRedirects(wire), KEY, url), 30000), lim)), [
    errorMiddleware(),
    pathParamsMiddleware(),
    userAgentMiddleware(),
    idempotencyMiddleware(),
  ]),
  clientRaw: () => rk.POST('/emails', { body: EMAIL }),
  clientMethod: () => rk.emails.send(EMAIL),
};
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const res = {};
for (let r = 0; r < 7; r++)
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
