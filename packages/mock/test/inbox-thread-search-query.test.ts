/**
 * `GET /inboxes/{id}/threads/search` by Resend's documented rules: words matched on their own (all
 * of them, in any case), quoted phrases, `-` exclusion, at most 32 words and 256 characters, and the
 * address, attachment, date, folder, label and read filters; highlights mark what matched.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call } from './helpers.js';

const DAY = 86_400_000;

async function setup() {
  const clock = { t: Date.parse('2026-04-01T10:00:00Z') };
  const fake = createFakeResend({
    rateLimit: false,
    validateResponses: true,
    domains: ['acme.dev'],
    now: () => clock.t,
  });
  const inbox = (await call(fake, 'POST', '/inboxes', { body: { email_address: 'support@acme.dev' } })).body
    .id as string;
  fake.receiveEmail({
    from: 'Ada <ada@other.dev>',
    to: 'support@acme.dev',
    cc: 'boss@other.dev',
    subject: 'Invoice for March',
    text: 'The march invoice is attached.',
    attachments: [{ filename: 'march.pdf', content: 'aGk=' }],
  });
  clock.t += 2 * DAY;
  fake.receiveEmail({ from: 'bob@other.dev', to: 'support@acme.dev', subject: 'Hello there', text: 'A question' });
  const base = `/inboxes/${inbox}/threads`;
  const search = async (query: string) => {
    const answer = await call(fake, 'GET', `${base}/search?${query}`);
    expect(answer.status, answer.text).toBe(200);
    return answer.body.data as { id: string; subject: string; highlights: Record<string, string> }[];
  };
  const subjects = async (query: string) => (await search(query)).map((t) => t.subject).sort();
  return { fake, base, search, subjects };
}

const q = (text: string) => `query=${encodeURIComponent(text)}`;

describe('thread search', () => {
  it('matches each word on its own, in any order and case, and needs all of them', async () => {
    const { subjects } = await setup();
    expect(await subjects(q('invoice march'))).toEqual(['Invoice for March']);
    expect(await subjects(q('MARCH invoice'))).toEqual(['Invoice for March']);
    expect(await subjects(q('invoice question'))).toEqual([]);
  });

  it('matches a quoted phrase as written and excludes threads with a `-word`', async () => {
    const { subjects } = await setup();
    expect(await subjects(q('"march invoice"'))).toEqual(['Invoice for March']);
    expect(await subjects(q('"invoice march"'))).toEqual([]);
    expect(await subjects(q('invoice -march'))).toEqual([]);
    expect(await subjects(q('hello -invoice'))).toEqual(['Hello there']);
    expect(await subjects(q('-"march invoice"'))).toEqual(['Hello there']);
  });

  it('highlights every term that matched in each field it matched', async () => {
    const { search } = await setup();
    const [hit] = await search(q('march "invoice is" pdf -nothing'));
    expect(hit!.highlights).toEqual({
      subject: 'Invoice for <mark>March</mark>',
      body: 'The <mark>march</mark> <mark>invoice is</mark> attached.',
      attachments: '<mark>march</mark>.<mark>pdf</mark>',
    });
  });

  it('refuses more than 32 words or 256 characters with 422 validation_error', async () => {
    const { fake, base } = await setup();
    const words = await call(fake, 'GET', `${base}/search?${q(Array.from({ length: 33 }, () => 'a').join(' '))}`);
    expect([words.status, words.body.name, words.body.message]).toEqual([
      422,
      'validation_error',
      expect.stringContaining('32 words'),
    ]);
    const long = await call(fake, 'GET', `${base}/search?${q('a'.repeat(257))}`);
    expect([long.status, long.body.name]).toEqual([422, 'validation_error']);
    expect(
      (await call(fake, 'GET', `${base}/search?${q(Array.from({ length: 32 }, () => 'a').join(' '))}`)).status,
    ).toBe(200);
  });

  it('keeps only threads whose email is from, to, cc or bcc one of the addresses given', async () => {
    const { subjects } = await setup();
    expect(await subjects('from=bob@other.dev')).toEqual(['Hello there']);
    expect(await subjects('from=ADA@other.dev,nobody@other.dev')).toEqual(['Invoice for March']);
    expect(await subjects('cc=boss@other.dev')).toEqual(['Invoice for March']);
    expect(await subjects('to=support@acme.dev')).toEqual(['Hello there', 'Invoice for March']);
    expect(await subjects('bcc=boss@other.dev')).toEqual([]);
    expect(await subjects(`from=bob@other.dev&${q('invoice')}`)).toEqual([]);
  });

  it('keeps only threads with or without attachments, and with mail between the dates given', async () => {
    const { subjects } = await setup();
    expect(await subjects('has_attachment=true')).toEqual(['Invoice for March']);
    expect(await subjects('has_attachment=false')).toEqual(['Hello there']);
    expect(await subjects('start_date=2026-04-02')).toEqual(['Hello there']);
    expect(await subjects('end_date=2026-04-01')).toEqual(['Invoice for March']);
    expect(await subjects('start_date=2026-04-01T11:00:00Z&end_date=2026-04-03T09:00:00Z')).toEqual([]);
  });

  it('refuses a start or end that is not a date with 422 validation_error', async () => {
    const { fake, base } = await setup();
    const answer = await call(fake, 'GET', `${base}/search?start_date=yesterday`);
    expect([answer.status, answer.body.name]).toEqual([422, 'validation_error']);
  });

  it('keeps only threads in the folders, with the labels and of the read state given', async () => {
    const { fake, base, search, subjects } = await setup();
    const hello = (await search(q('hello')))[0]!.id;
    const inbox = base.split('/')[2];
    const label = (await call(fake, 'POST', `/inboxes/${inbox}/labels`, { body: { name: 'vip' } })).body.id;
    await call(fake, 'PATCH', `${base}/${hello}`, { body: { read: true, folder: 'archive', label_id: label } });
    expect(await subjects('folders=inbox')).toEqual(['Invoice for March']);
    expect(await subjects('folders=archive')).toEqual(['Hello there']);
    expect(await subjects(`labels=${label}`)).toEqual(['Hello there']);
    expect(await subjects('read=false')).toEqual(['Invoice for March']);
    expect(await subjects('')).toEqual(['Hello there', 'Invoice for March']);
  });
});
