/**
 * The bin's `--data` saves under steady traffic: a change is on disk within the save delay of it,
 * however busy the fake; an email the fake received is such a change too, with no request after it
 * (a process killed before the next request or a clean exit had lost it).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, expect, it, vi } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { persistOnChange } from '../src/persist.js';
import { call, email } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'resendkit-mock-persist-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());

it('writes the first change within the save delay even when another change comes every 100 ms', async () => {
  vi.useFakeTimers();
  const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
  const file = join(dir, 'steady.json');
  persistOnChange(file, fake, 1, (error) => expect.unreachable(error.message), 200);
  // Three seconds of traffic, one email every 100 ms: a save that waits for a quiet moment never comes.
  for (let i = 0; i < 30; i++) {
    expect((await call(fake, 'POST', '/emails', { body: email({ subject: `#${i}` }) })).status).toBe(200);
    await vi.advanceTimersByTimeAsync(100);
    if (i === 2) expect(existsSync(file), 'saved within 300 ms of the first email').toBe(true);
  }
  await vi.advanceTimersByTimeAsync(200);
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { collections: { emails: unknown[] } };
  expect(saved.collections.emails).toHaveLength(30);
});

it('writes a received email to the data file within the save delay, with no request after it', async () => {
  vi.useFakeTimers();
  const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
  const file = join(dir, 'received.json');
  persistOnChange(file, fake, 1, (error) => expect.unreachable(error.message), 200);
  const received = fake.receiveEmail({ from: 'ada@example.org', to: 'support@acme.dev', subject: 'Help', text: 'Hi' });
  await vi.advanceTimersByTimeAsync(250);
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { collections: Record<string, { id: string }[]> };
  expect(
    Object.values(saved.collections)
      .flat()
      .map((r) => r.id),
  ).toContain(received.id);
});
