/**
 * The quota count in a `--data` file. The file kept the emails but not the count, so a fake
 * restarted from it had used nothing today: a daily quota already used up let sends through again.
 * The count is kept with the UTC day and month it belongs to, and rolls over on load as it would
 * have running.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFakeResend, type QuotaOptions } from '../src/index.js';
import { DataFileError, readSnapshot, restore } from '../src/persist.js';
import { startBin } from './bin-process.js';
import { START, throughDataFile } from './clocked-fake.js';
import { HEADERS, call, email } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'resendkit-mock-data-quota-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DAY = 24 * 3_600_000;

/** A fake whose clock reads `clock.t`, with `quota`. */
const fakeAt = (clock: { t: number }, quota: QuotaOptions) =>
  createFakeResend({ domains: ['acme.dev'], rateLimit: false, validateResponses: true, quota, now: () => clock.t });

const send = (fake: ReturnType<typeof createFakeResend>) => call(fake, 'POST', '/emails', { body: email() });

describe('the quota count in a --data file', () => {
  it('refuses the next send over the daily quota after the bin restarts with the same file', async (test) => {
    const file = join(dir, 'restart.json');
    const args = ['--data', file, '--domain', 'acme.dev', '--daily-quota', '1'];
    const post = (url: string) =>
      fetch(`${url}/emails`, {
        method: 'POST',
        headers: { ...HEADERS, 'content-type': 'application/json' },
        body: JSON.stringify(email()),
      });
    const first = await startBin(test, args);
    expect((await post(first.url)).status).toBe(200);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const second = await startBin(test, args);
    const refused = await post(second.url);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ name: 'daily_quota_exceeded' });
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 30_000);

  it('keeps counting the same UTC day after a restart', async () => {
    const clock = { t: START };
    const before = fakeAt(clock, { daily: 1 });
    expect((await send(before)).status).toBe(200);
    const after = fakeAt(clock, { daily: 1 });
    throughDataFile(before, after);
    expect(after.settings().usage).toEqual({ daily: 1, monthly: 1 });
    const refused = await send(after);
    expect([refused.status, refused.body.name]).toEqual([429, 'daily_quota_exceeded']);
  });

  it('does not count a saved count from yesterday today, but counts it in the month', async () => {
    const clock = { t: START };
    const before = fakeAt(clock, { daily: 2, monthly: 3 });
    expect((await send(before)).status).toBe(200);
    expect((await send(before)).status).toBe(200);
    clock.t = START + DAY;
    const after = fakeAt(clock, { daily: 2, monthly: 3 });
    throughDataFile(before, after);
    expect(after.settings().usage).toEqual({ daily: 0, monthly: 2 });
    expect((await send(after)).status).toBe(200);
    const refused = await send(after);
    expect([refused.status, refused.body.name]).toEqual([429, 'monthly_quota_exceeded']);
  });

  it('does not count a saved count from last month', async () => {
    const clock = { t: Date.parse('2026-11-30T23:59:00Z') };
    const before = fakeAt(clock, { monthly: 1 });
    expect((await send(before)).status).toBe(200);
    clock.t = Date.parse('2026-12-01T00:00:01Z');
    const after = fakeAt(clock, { monthly: 1 });
    throughDataFile(before, after);
    expect(after.settings().usage).toEqual({ daily: 0, monthly: 0 });
    expect((await send(after)).status).toBe(200);
  });

  it('loads a file written before the count was saved with nothing counted', async () => {
    const file = join(dir, 'older.json');
    writeFileSync(file, JSON.stringify({ format: 'resendkit-mock-data', version: 1, starts: 1, collections: {} }));
    const snapshot = readSnapshot(file)!;
    expect(snapshot).not.toHaveProperty('quota');
    const fake = fakeAt({ t: START }, { daily: 1 });
    restore(fake, snapshot);
    expect(fake.settings().usage).toEqual({ daily: 0, monthly: 0 });
    expect((await send(fake)).status).toBe(200);
  });

  it.each([
    ['a count that is no whole number', { day: '2026-12-01', month: '2026-12', daily: 1.5, monthly: 2 }],
    ['a negative count', { day: '2026-12-01', month: '2026-12', daily: 0, monthly: -1 }],
    ['a day outside its month', { day: '2026-11-30', month: '2026-12', daily: 0, monthly: 0 }],
    ['a day that is no date', { day: 'today', month: '2026-12', daily: 0, monthly: 0 }],
    ['no object', 'full'],
  ])('refuses a file whose quota has %s, naming the field', (name, quota) => {
    const file = join(dir, `bad-${name.replace(/\W+/g, '-')}.json`);
    const data = { format: 'resendkit-mock-data', version: 1, starts: 1, quota, collections: {} };
    writeFileSync(file, JSON.stringify(data));
    expect(() => readSnapshot(file)).toThrow(DataFileError);
    expect(() => readSnapshot(file)).toThrow(/field "quota" must be .*left untouched/);
  });
});
