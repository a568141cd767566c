/**
 * A worker process for the multi-process tests. Reads its job from the WORKER env var (JSON):
 * - `send`: `count` emails through a client whose limiter uses the Redis store, its clock skewed by
 *   `skewMs`; prints one JSON line `{ ok, errors }`.
 * - `hold`: takes `count` slots straight from the store and never releases them; prints `held`,
 *   then idles until killed.
 */
import { createResendClient } from '@resendkit/client';
import { redisRateLimitStore } from '../../src/index.js';
import { type ClientKind, openClient } from './clients.js';

interface Job {
  mode: 'send' | 'hold';
  kind: ClientKind;
  redisUrl: string;
  key: string;
  baseUrl: string;
  id: string;
  count: number;
  limit: number;
  windowMs: number;
  leaseMs?: number;
  skewMs?: number;
}

const job = JSON.parse(process.env.WORKER ?? '{}') as Job;
const redis = await openClient(job.kind, job.redisUrl);
const store = redisRateLimitStore(redis.client, { key: job.key, leaseMs: job.leaseMs ?? 5000 });

if (job.mode === 'hold') {
  for (let i = 0; i < job.count; i++) {
    const r = await store.tryAcquire(0, job.limit, job.windowMs);
    if (r.slot === undefined) throw new Error('hold: no slot');
  }
  process.stdout.write('held\n');
  setInterval(() => {}, 1000);
} else {
  const resend = createResendClient({
    apiKey: 're_test_0123456789abcdef',
    baseUrl: job.baseUrl,
    rateLimit: { store, limit: job.limit, windowMs: job.windowMs, now: () => Date.now() + (job.skewMs ?? 0) },
  });
  const results = await Promise.all(
    Array.from({ length: job.count }, (_, i) =>
      resend.POST('/emails', {
        body: {
          from: 'Acme <hi@acme.dev>',
          to: `delivered+${job.id}-${i}@resend.dev`,
          subject: `${job.id} #${i}`,
          text: 'Hi',
        },
        headers: { 'Idempotency-Key': `${job.id}-${i}` },
      }),
    ),
  );
  const errors = results.flatMap((r) => (r.error ? [r.error.name] : []));
  process.stdout.write(`${JSON.stringify({ ok: results.length - errors.length, errors })}\n`);
  await store.settled();
  await redis.close();
}
