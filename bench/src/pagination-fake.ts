/**
 * Child-process entry for the pagination benchmark: a fake (no rate limit) holding N emails, served
 * on 127.0.0.1, in its own process so the parent's heap figures are the consumer's alone.
 * Prints one JSON line `{ url, seedMs }` when ready; exits when stdin closes.
 *
 * There is no public way to seed the fake's state, so the emails are sent with `sendAll` through
 * the fake's in-process `fetch` (no HTTP) with the limiter off.
 */
import { createResendClient, sendAll } from '@resendkit/client';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';

const items = Number(process.argv[2] ?? '100000');
const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
const seeder = createResendClient({
  apiKey: 're_bench_0123456789abcdef',
  rateLimit: false,
  retry: false,
  userAgent: 'bench-seed/1.0',
  fetch: (request) => fake.fetch(request),
});
const start = performance.now();
const emails = Array.from({ length: items }, (_, i) => ({
  from: 'Acme <news@acme.dev>',
  to: `delivered+reader${i}@resend.dev`,
  subject: `page item #${i}`,
  text: 'Hi',
}));
const report = await sendAll(seeder, emails, { concurrency: 8 });
if (report.sent !== items) throw new Error(`seeding sent ${report.sent} of ${items}`);
const seedMs = performance.now() - start;
const { url, close } = await listen(fake);
process.stdout.write(`${JSON.stringify({ url, seedMs })}\n`);
process.stdin.resume();
process.stdin.on('end', () => void close().then(() => process.exit(0)));
