/**
 * A `--data` path that is not a regular file is refused at start, exit 1 with one line naming the
 * path and what it is: a FIFO blocked the start waiting for a writer, and /dev/zero was read without
 * end, its memory growing. Each case runs the bin as a child process, so a hang fails the test (by
 * its timeout) instead of blocking the test worker.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataFileError, readSnapshot } from '../src/persist.js';
import { runBin } from './bin-process.js';

const dir = mkdtempSync(join(tmpdir(), 'resendkit-mock-not-regular-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A FIFO in `dir`, or why none could be made (no `mkfifo` command, e.g. on Windows). */
function makeFifo(): { path: string } | { reason: string } {
  const path = join(dir, 'pipe');
  const made = spawnSync('mkfifo', [path]);
  if (made.error) return { reason: `mkfifo cannot run here (${made.error.message})` };
  if (made.status !== 0) return { reason: `mkfifo failed: ${made.stderr.toString().trim()}` };
  return { path };
}

const fifo = makeFifo();

/** Runs the bin with `--data path` and checks its one-line refusal. */
async function expectRefused(test: Parameters<typeof runBin>[0], path: string, kind: string): Promise<void> {
  const { code, stderr } = await runBin(test, ['--data', path]);
  expect(code).toBe(1);
  expect(stderr).toBe(`--data ${path}: ${kind}, not a regular file; it was left untouched, give the path of a file.\n`);
}

describe('a --data path that is not a regular file', () => {
  it('refuses a FIFO without waiting for a writer', async (test) => {
    if ('reason' in fifo) return test.skip(`no FIFO: ${fifo.reason}`);
    await expectRefused(test, fifo.path, 'a FIFO (named pipe)');
    expect(existsSync(fifo.path)).toBe(true);
  }, 20_000);

  it('refuses a character device such as /dev/zero without reading it', async (test) => {
    if (!existsSync('/dev/zero')) return test.skip('no /dev/zero on this system');
    await expectRefused(test, '/dev/zero', 'a character device');
  }, 20_000);

  it('refuses a directory, naming it as one', () => {
    expect(() => readSnapshot(dir)).toThrow(
      new DataFileError(
        `--data ${dir}: a directory, not a regular file; it was left untouched, give the path of a file.`,
      ),
    );
  });

  it('still starts from no file at all', () => {
    expect(readSnapshot(join(dir, 'absent.json'))).toBeUndefined();
  });
});
