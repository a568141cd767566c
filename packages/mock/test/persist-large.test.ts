/**
 * The bin's `--data` file with large records: saved and loaded a record at a time. One string of the
 * whole state cannot exceed V8's longest string (~512 MB on Node 20: 14 emails with a 39 MB
 * attachment each), so each save failed; the tests count the longest string built or parsed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, expect, it, vi } from 'vitest';
import { createFakeResend, type FakeResend } from '../src/index.js';
import { readSnapshot, restore, writeSnapshot } from '../src/persist.js';
import { call, email } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'resendkit-mock-persist-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const ATTACHMENT = 'QUFB'.repeat(256 * 1024); // 1 MiB of base64

async function fakeWithBigEmails(count: number): Promise<FakeResend> {
  const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
  for (let i = 0; i < count; i++) {
    const body = email({ subject: `#${i}`, attachments: [{ filename: `${i}.bin`, content: ATTACHMENT }] });
    expect((await call(fake, 'POST', '/emails', { body })).status).toBe(200);
  }
  return fake;
}

/** The length of the longest string `method` returned or was given while `run` ran. */
function longestString(method: 'stringify' | 'parse', run: () => void): number {
  let longest = 0;
  const original = JSON[method] as (text: unknown, ...rest: unknown[]) => unknown;
  vi.spyOn(JSON, method).mockImplementation((value: unknown, ...rest: unknown[]) => {
    const result = original(value, ...rest);
    const text = method === 'stringify' ? result : value;
    if (typeof text === 'string') longest = Math.max(longest, text.length);
    return result as never;
  });
  run();
  vi.restoreAllMocks();
  return longest;
}

it('saves the state without building one string of all of it', async () => {
  const fake = await fakeWithBigEmails(4);
  const file = join(dir, 'save.json');
  const longest = longestString('stringify', () => writeSnapshot(file, fake, 1));

  expect(longest).toBeGreaterThan(ATTACHMENT.length); // one email, attachment included
  expect(longest).toBeLessThan(2 * ATTACHMENT.length); // never the four together
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { collections: { emails: { subject: string }[] } };
  expect(saved.collections.emails.map((e) => e.subject)).toEqual(['#0', '#1', '#2', '#3']);
});

it('loads a saved state without parsing one string of all of it, and restores every record', async () => {
  const fake = await fakeWithBigEmails(4);
  const file = join(dir, 'load.json');
  writeSnapshot(file, fake, 3);

  let snapshot: ReturnType<typeof readSnapshot>;
  const longest = longestString('parse', () => (snapshot = readSnapshot(file)));
  expect(longest).toBeLessThan(2 * ATTACHMENT.length);
  expect(snapshot!.starts).toBe(3);

  const loaded = createFakeResend({ rateLimit: false });
  restore(loaded, snapshot!);
  expect(loaded.state.emails.all()).toEqual(fake.state.emails.all());
  expect(loaded.state.domains.all()).toEqual(fake.state.domains.all());
});

it('still loads a data file written as one line or pretty-printed by hand', () => {
  const record = { id: 'e1', object: 'email', subject: 'Kept' };
  for (const [name, text] of [
    [
      'one-line.json',
      JSON.stringify({ format: 'resendkit-mock-data', version: 1, starts: 2, collections: { emails: [record] } }),
    ],
    [
      'pretty.json',
      JSON.stringify(
        { format: 'resendkit-mock-data', version: 1, starts: 2, collections: { emails: [record] } },
        null,
        2,
      ),
    ],
  ]) {
    const file = join(dir, name!);
    writeFileSync(file, text!);
    expect(readSnapshot(file)?.collections.emails).toEqual([record]);
  }
});
