/**
 * The `starts` count of a `--data` file picks the ID stream of the next start. A count that is not a
 * whole number of 0 or more (a file edited by hand) is refused like any other corrupt data file: it
 * once became a seed the fake refused, reported as a usage error about a --seed never given.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataFileError, readSnapshot } from '../src/persist.js';
import { runBin } from './bin-process.js';

const dir = mkdtempSync(join(tmpdir(), 'resendkit-mock-starts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const dataFile = (name: string, starts: unknown): string => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ format: 'resendkit-mock-data', version: 1, starts, collections: {} }));
  return file;
};

describe('a --data file start count', () => {
  it.each([
    ['huge', 1e308],
    ['negative', -5],
    ['fractional', 1.5],
    ['text', 'x'],
  ])('refuses a %s count as not a data file', (name, starts) => {
    expect(() => readSnapshot(dataFile(`${name}.json`, starts))).toThrow(DataFileError);
  });

  it('reads a file without a count as never started', () => {
    const file = join(dir, 'no-count.json');
    writeFileSync(file, JSON.stringify({ format: 'resendkit-mock-data', version: 1, collections: {} }));
    expect(readSnapshot(file)?.starts).toBe(0);
  });

  it('makes the bin exit 1 naming the file, leaving it untouched', async (test) => {
    const file = dataFile('huge-bin.json', 1e308);
    const before = readFileSync(file, 'utf8');
    const { code, stderr } = await runBin(test, ['--data', file]);
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^--data .*huge-bin\.json: not a resendkit-mock data file.*left untouched/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe(before);
  }, 20_000);
});
