/** The bin's `--data` file when it cannot be written: one line on stderr, never a crash with a stack. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnBin, startBin } from './bin-process.js';
import { HEADERS, email } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'resendkit-mock-data-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The exit code, or 'still running' once `ms` have passed (the bin must not serve on regardless). */
function exitWithin(exited: Promise<number | null>, ms: number): Promise<number | null | 'still running'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'still running'>((resolve) => (timer = setTimeout(() => resolve('still running'), ms)));
  return Promise.race([exited, late]).finally(() => clearTimeout(timer));
}

/** Polls `predicate` every 50 ms for up to `ms`. */
async function eventually(predicate: () => boolean, ms: number): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < ms; await new Promise((r) => setTimeout(r, 50))) {
    if (predicate()) return true;
  }
  return predicate();
}

describe('the resendkit-mock bin with a --data file it cannot write', () => {
  it('refuses to start, with exit 1 and one line, when the file is in a folder that does not exist', async (test) => {
    const file = join(dir, 'no-such-folder', 'state.json');
    const { stderr, exited } = spawnBin(test, ['--data', file]);
    expect(await exitWithin(exited, 15_000)).toBe(1);
    expect(stderr()).toMatch(/^--data .*state\.json: cannot write it \(ENOENT.*\)\.\n$/);
  }, 20_000);

  it('says so in one line and keeps serving when a save fails, and exits 1 on SIGTERM', async (test) => {
    const folder = join(dir, 'removed');
    mkdirSync(folder);
    const { child, url, stderr, exited } = await startBin(test, ['--data', join(folder, 'state.json')]);
    rmSync(folder, { recursive: true, force: true });
    const sent = await fetch(`${url}/emails`, {
      method: 'POST',
      headers: { ...HEADERS, 'content-type': 'application/json' },
      body: JSON.stringify(email({ from: 'Acme <onboarding@resend.dev>' })),
    });
    expect(sent.status).toBe(200);
    expect(await eventually(() => /cannot write it/.test(stderr()), 10_000), stderr()).toBe(true);
    expect((await fetch(`${url}/emails`, { headers: HEADERS })).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exitWithin(exited, 10_000)).toBe(1);
    expect(stderr()).not.toMatch(/^\s+at /m);
    expect(stderr()).toMatch(/^--data .*state\.json: cannot write it \(ENOENT.*\)\.$/m);
  }, 30_000);
});
