/**
 * `pnpm demo`: with no RESEND_API_KEY, runs against the in-process fake; with one, against the real
 * API (RESEND_FROM sets the sender, DEMO_COUNT how many emails the batch phase sends).
 * Exits 0 only when every email was sent exactly once.
 */
import { runDemo } from './demo.js';
import { runWorkers, workersFlag } from './workers.js';

const env = process.env;
// `--workers N`: the multi-process demo of one limit shared through Redis (needs REDIS_URL).
const workers = workersFlag(process.argv.slice(2));
if (workers !== undefined) {
  process.exitCode = await runWorkers(workers);
  process.exit();
}

const apiKey = env.RESEND_API_KEY?.trim() || undefined;
const count = env.DEMO_COUNT ? Number(env.DEMO_COUNT) : undefined;

if (apiKey) {
  console.log(`Running against the real Resend API${env.RESEND_BASE_URL ? ` at ${env.RESEND_BASE_URL}` : ''}.`);
} else {
  console.log('No RESEND_API_KEY: running against @resendkit/mock in-process (5 requests/s, a few injected faults).');
}

const summary = await runDemo({
  ...(apiKey ? { apiKey } : {}),
  ...(apiKey && env.RESEND_FROM ? { from: env.RESEND_FROM } : {}),
  ...(count !== undefined && Number.isInteger(count) && count > 0 ? { total: count } : {}),
});
process.exitCode = summary.exactlyOnce ? 0 : 1;
