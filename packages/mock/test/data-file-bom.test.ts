/**
 * A `--data` file that starts with a UTF-8 byte order mark (as some Windows editors save JSON) is
 * read as if the mark were not there; it was refused as "not valid JSON". Files are written back
 * without one.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/fake.js';
import { readSnapshot, restore, writeSnapshot } from '../src/persist.js';
import { startBin } from './bin-process.js';

const BOM = '\uFEFF';
const dir = mkdtempSync(join(tmpdir(), 'resendkit-mock-bom-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const record = { id: 'a1b2c3', name: 'kept' };
const handWritten = JSON.stringify({
  format: 'resendkit-mock-data',
  version: 1,
  starts: 1,
  collections: { topics: [record] },
});

describe('a --data file starting with a byte order mark', () => {
  it('reads a hand-written file with a byte order mark', () => {
    const file = join(dir, 'hand-written.json');
    writeFileSync(file, `${BOM}${handWritten}`);
    expect(readSnapshot(file)).toEqual({
      format: 'resendkit-mock-data',
      version: 1,
      starts: 1,
      collections: { topics: [record] },
    });
  });

  it('reads a file the fake wrote, saved again with a byte order mark', () => {
    const file = join(dir, 'saved-again.json');
    const fake = createFakeResend();
    restore(fake, { format: 'resendkit-mock-data', version: 1, starts: 0, collections: { topics: [record] } });
    writeSnapshot(file, fake, 4);
    writeFileSync(file, `${BOM}${readFileSync(file, 'utf8')}`);
    const snapshot = readSnapshot(file);
    expect(snapshot?.starts).toBe(4);
    expect(snapshot?.collections.topics).toEqual([record]);
  });

  it('makes the bin start from it and write the file back without the mark', async (test) => {
    const file = join(dir, 'bin.json');
    writeFileSync(file, `${BOM}${handWritten}`);
    const { child, exited } = await startBin(test, ['--data', file]);
    // The bin writes the file once before it prints its URL, so it has been rewritten by now.
    const written = readFileSync(file, 'utf8');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(written.startsWith(BOM)).toBe(false);
    expect(readSnapshot(file)?.collections.topics).toEqual([record]);
    expect(readSnapshot(file)?.starts).toBe(2);
  }, 20_000);
});
