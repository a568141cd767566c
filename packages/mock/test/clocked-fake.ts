/**
 * For tests of what happens when the fake's clock passes a time: a fake whose `now` the test moves,
 * with a webhook endpoint receiving the events named, and a copy of a fake through a `--data` file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FakeResend, createFakeResend } from '../src/index.js';
import { readSnapshot, restore, writeSnapshot } from '../src/persist.js';
import { call } from './helpers.js';

/** 2026-12-01 09:00 UTC: where the clock starts unless a test says otherwise. */
export const START = Date.parse('2026-12-01T09:00:00Z');
export const HOUR = 3_600_000;

/** One webhook event as the endpoint received it. */
export interface ReceivedEvent {
  type: string;
  created_at: string;
  data: { email_id: string; to?: string[]; broadcast_id?: string };
}

/** A fake at `start` (`clock.t`, moved by the test) whose endpoint receives `events`; `types()` waits for deliveries. */
export async function clockedFake(events: string[], start = START) {
  const clock = { t: start };
  const received: ReceivedEvent[] = [];
  const fake = createFakeResend({
    domains: ['acme.dev'],
    rateLimit: false,
    validateResponses: true,
    now: () => clock.t,
    webhooks: { fetch: async (request) => (received.push(await request.json()), new Response('ok')) },
  });
  await call(fake, 'POST', '/webhooks', { body: { endpoint: 'https://hooks.acme.dev/r', events } });
  const types = async () => (await fake.settleWebhooks(), received.map((e) => e.type));
  return { fake, clock, received, types };
}

/** Loads what `from` stored into `to` through a data file, as the bin's `--data` does across a restart. */
export function throughDataFile(from: FakeResend, to: FakeResend): void {
  const dir = mkdtempSync(join(tmpdir(), 'resendkit-mock-clocked-'));
  try {
    const file = join(dir, 'data.json');
    writeSnapshot(file, from, 1);
    restore(to, readSnapshot(file)!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
