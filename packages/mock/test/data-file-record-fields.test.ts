/**
 * A `--data` file's records are checked field by field when loaded. A record written by hand with a
 * field of the wrong kind (`to: 42`, `attachments: "x"`, a contact's `email: 42`) used to load, then
 * made a later request answer 500 ("The fake failed: …") or show placeholder values. It is now
 * refused like any other corrupt data file; records the fake itself saved still load back.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFakeResend, type FakeResend } from '../src/index.js';
import { DataFileError, readSnapshot, restore, writeSnapshot } from '../src/persist.js';
import { runBin } from './bin-process.js';
import { call, email } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'resendkit-mock-fields-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fresh = () => createFakeResend({ seed: 3, domains: ['acme.dev'], rateLimit: false });

/** A fake with at least one record of every checked kind, made through the API as a user would. */
async function populated(): Promise<FakeResend> {
  const fake = fresh();
  const attachment = { filename: 'a.txt', content: Buffer.from('hi').toString('base64') };
  const full = { cc: 'cc@acme.dev', bcc: ['bcc@acme.dev'], reply_to: 'r@acme.dev', text: 'Hi' };
  const extras = { tags: [{ name: 'kind', value: 'test' }], headers: { 'X-Entity': '1' }, attachments: [attachment] };
  await call(fake, 'POST', '/emails', { body: email({ ...full, ...extras }), headers: { 'idempotency-key': 'k-1' } });
  await call(fake, 'POST', '/emails', { body: email({ scheduled_at: 'in 1 hour' }) });
  await call(fake, 'POST', '/emails/batch', { body: [email(), email({ to: 'other@resend.dev' })] });
  const segment = await call(fake, 'POST', '/segments', { body: { name: 'All' } });
  await call(fake, 'POST', '/contacts', { body: { email: 'plain@acme.dev' } });
  await call(fake, 'POST', '/contacts', {
    body: { email: 'named@acme.dev', first_name: 'Ada', last_name: 'L', unsubscribed: true },
  });
  for (const contact of ['plain', 'named'])
    await call(fake, 'POST', `/contacts/${contact}@acme.dev/segments/${segment.body.id}`);
  const broadcast = await call(fake, 'POST', '/broadcasts', {
    body: {
      segment_id: segment.body.id,
      from: 'Acme <hi@acme.dev>',
      subject: 'News',
      html: '<p>n</p>',
      reply_to: ['r@acme.dev'],
    },
  });
  await call(fake, 'POST', `/broadcasts/${broadcast.body.id}/send`, { body: {} });
  fake.receiveEmail({
    from: 'in@example.org',
    to: 'hi@acme.dev',
    subject: 'Inbound',
    text: 'hello',
    attachments: [attachment],
  });
  return fake;
}

/** Writes a data file holding `collections`, in the one-line form a person would write. */
function dataFile(name: string, collections: Record<string, unknown[]>): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ format: 'resendkit-mock-data', version: 1, starts: 1, collections }));
  return file;
}

/** The records the fake writes, to make wrong ones from by changing one field. */
async function stored(): Promise<{ email: Record<string, unknown>; contact: Record<string, unknown> }> {
  const fake = await populated();
  return {
    email: { ...fake.state.emails.all()[0]! },
    contact: { ...fake.state.contacts.all()[0]! },
  };
}

describe('a --data file record with a field of the wrong kind', () => {
  it('is refused at load, where it loaded and made GET /emails/{id}/attachments answer 500', async () => {
    const { email: sent } = await stored();
    const file = dataFile('crash.json', { emails: [{ ...sent, attachments: 'x' }] });
    expect(() => readSnapshot(file)).toThrow(DataFileError);
  });

  it.each([
    ['emails', 'to', 42, 'an array of strings', 'the number 42'],
    ['emails', 'to', ['a@acme.dev', 7], 'an array of strings', 'an array with an item of another kind'],
    ['emails', 'created_at', 1_700_000_000, 'a string', 'the number 1700000000'],
    ['emails', 'tags', 'kind:test', 'an array of objects', 'a string'],
    ['emails', 'attachments', {}, 'an array of objects', 'an object'],
    ['emails', 'cc', 'cc@acme.dev', 'an array of strings or null', 'a string'],
    ['emails', 'headers', [], 'an object or null', 'an array with an item of another kind'],
    ['contacts', 'email', 42, 'a string', 'the number 42'],
    ['contacts', 'unsubscribed', 'no', 'a boolean', 'a string'],
    ['contacts', 'segment_ids', null, 'an array of strings', 'null'],
  ])(
    'refuses %s with %s of the wrong kind, naming file, record and field',
    async (name, field, value, expected, got) => {
      const records = await stored();
      const record = name === 'emails' ? records.email : records.contact;
      const file = dataFile(`${name}-${field}.json`, { [name]: [record, { ...record, id: 'hand-1', [field]: value }] });
      const before = readFileSync(file, 'utf8');
      expect(() => readSnapshot(file)).toThrow(DataFileError);
      expect(() => readSnapshot(file)).toThrow(
        `--data ${file}: ${name}[1] (id "hand-1"): field "${field}" must be ${expected} (got ${got}); it was left untouched, move it away or fix it.`,
      );
      expect(readFileSync(file, 'utf8')).toBe(before);
    },
  );

  it('makes the bin exit 1 with that one line, leaving the file untouched', async (test) => {
    const { contact } = await stored();
    const file = dataFile('bin.json', { contacts: [{ ...contact, email: 42 }] });
    const before = readFileSync(file, 'utf8');
    const { code, stderr } = await runBin(test, ['--data', file]);
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^--data .*bin\.json: contacts\[0\] \(id ".+"\): field "email" must be a string/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe(before);
  }, 20_000);

  it('still loads records without a checked field, and collections the table does not list', () => {
    const file = dataFile('loose.json', { emails: [{ id: 'e-1', subject: 'x' }], domains: [{ id: 'd-1', name: 5 }] });
    expect(readSnapshot(file)?.collections.emails).toEqual([{ id: 'e-1', subject: 'x' }]);
  });
});

describe('a state the fake saved', () => {
  it('loads back with every record as it was', async () => {
    const fake = await populated();
    expect(fake.state.emails.size).toBe(5);
    expect(fake.state.contacts.size).toBe(2);
    expect(fake.state.receivedEmails.size).toBe(1);
    const file = join(dir, 'round-trip.json');
    writeSnapshot(file, fake, 1);
    const again = fresh();
    restore(again, readSnapshot(file)!);
    for (const name of ['emails', 'contacts', 'receivedEmails', 'segments', 'broadcasts'] as const) {
      expect(JSON.parse(JSON.stringify(again.state[name].all())), name).toEqual(
        JSON.parse(JSON.stringify(fake.state[name].all())),
      );
    }
    const attachments = await call(again, 'GET', `/emails/${fake.state.emails.all()[0]!.id}/attachments`);
    expect(attachments.status).toBe(200);
  });
});
