import { createResendClient } from './src/index.ts';
const answer = JSON.stringify({ id: '49a3999c-0ce1-4ea6-ab68-afcd6dc2e794' });
globalThis.fetch = async () =>
  new Response(answer, {
    status: 200,
    headers: { 'content-type': 'application/json', 'content-length': String(answer.length) },
  });
const rk = createResendClient({
  apiKey: 're_bench_0123456789abcdef',
  baseUrl: 'http://127.0.0.1:1',
  rateLimit: { limit: 1_000_000, windowMs: 10 },
  userAgent: 'bench/1.0',
});
const EMAIL = { from: 'Acme <hi@acme.dev>', to: 'ada@example.com', subject: 'Hi', text: 'Hello' };
for (let i = 0; i < 60000; i++) {
  const { data } = await rk.emails.send(EMAIL);
  if (!data) throw 1;
}
