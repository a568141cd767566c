/**
 * `pnpm demo`: with no RESEND_API_KEY, runs against the in-process fake; with one, against the real
 * API (RESEND_FROM sets the sender, DEMO_COUNT how many emails the batch phase sends).
 * `pnpm demo --inbox` runs against the fake's local server and keeps its web inbox open until Ctrl-C.
 * Exits 0 only when every email was sent exactly once.
 */
import { runDemo } from './demo.js';
import { runWorkers, workersFlag } from './workers.js';
import { runQueueDemo } from './queue-demo.js';
import { DemoUsageError, parseDemoArgs, runInboxDemo, type DemoArgs } from './inbox.js';

const env = process.env;
// `--queue [--workers N]`: a BullMQ queue drained by N worker processes (see queue-demo.ts).
if (process.argv.includes('--queue')) {
  process.exitCode = await runQueueDemo(workersFlag(process.argv.slice(2)) ?? 4);
  process.exit();
}
// `--workers N`: the multi-process demo of one limit shared through Redis (needs REDIS_URL).
const workers = workersFlag(process.argv.slice(2));
if (workers !== undefined) {
  process.exitCode = await runWorkers(workers);
  process.exit();
}

const apiKey = env.RESEND_API_KEY?.trim() || undefined;
const count = env.DEMO_COUNT ? Number(env.DEMO_COUNT) : undefined;
const total = count !== undefined && Number.isInteger(count) && count > 0 ? { total: count } : {};

let args: DemoArgs;
try {
  args = parseDemoArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof DemoUsageError)) throw error;
  console.error(error.message);
  process.exit(2);
}

if (args.inbox) {
  if (apiKey) {
    console.error('--inbox shows what the fake received: unset RESEND_API_KEY to run it.');
    process.exit(2);
  }
  console.log("Running against @resendkit/mock's local server with its inbox (5 requests/s, a few injected faults).");
  const summary = await runInboxDemo(total);
  process.exitCode = summary.exactlyOnce ? 0 : 1;
} else {
  if (apiKey) {
    console.log(`Running against the real Resend API${env.RESEND_BASE_URL ? ` at ${env.RESEND_BASE_URL}` : ''}.`);
  } else {
    console.log('No RESEND_API_KEY: running against @resendkit/mock in-process (5 requests/s, a few injected faults).');
  }
  const summary = await runDemo({
    ...(apiKey ? { apiKey } : {}),
    ...(apiKey && env.RESEND_FROM ? { from: env.RESEND_FROM } : {}),
    ...total,
  });
  process.exitCode = summary.exactlyOnce ? 0 : 1;
}
