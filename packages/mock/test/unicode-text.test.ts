/**
 * Text in any script, emoji included, goes through the fake as it was given: files named in it
 * download, display names in the raw message stay display names, and no cut of it leaves half a
 * surrogate pair behind.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

const fresh = () => createFakeResend({ domains: ['acme.dev'], rateLimit: false });

/** True when `text` holds a lone surrogate (what a cut through a pair leaves), or U+FFFD in its place. */
const broken = (text: string) =>
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|\ufffd/.test(text);

/** The text of an RFC 2047 `=?UTF-8?B?…?=` word. */
const decodeWord = (word: string) =>
  new TextDecoder().decode(Uint8Array.from(atob(/^=\?UTF-8\?B\?(.*)\?=$/.exec(word)![1]!), (c) => c.charCodeAt(0)));

describe('text in any script through the fake', () => {
  it('serves an attachment named with emoji and non-Latin letters, its name in filename*', async () => {
    const fake = fresh();
    const received = fake.receiveEmail({
      from: 'a@example.org',
      to: 'support@acme.dev',
      subject: 's',
      text: 'hi',
      attachments: [{ filename: 'отчёт 😀.txt', content: 'aGk=' }],
    });
    const meta = await call(fake, 'GET', `/emails/receiving/${received.id}/attachments/${received.attachments[0]!.id}`);
    const file = await fake.fetch(new Request(meta.body.download_url as string));
    expect(file.status).toBe(200);
    expect(await file.text()).toBe('hi');
    const disposition = file.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="[ -~]*"; filename\*=UTF-8''[!#$&+\-.^_`|~0-9A-Za-z%]+$/);
    const encoded = /filename\*=UTF-8''(.*)$/.exec(disposition)![1]!;
    expect(decodeURIComponent(encoded)).toBe('отчёт 😀.txt');
  });

  it('writes a non-ASCII display name in From as an encoded word before the plain address', () => {
    const { raw } = fresh().receiveEmail({
      from: '"Zoë Ünïcode" <z@example.org>',
      to: 'support@acme.dev',
      subject: 's',
      text: 'hi',
    });
    const from = raw.split('\r\n').find((line) => line.startsWith('From: '))!;
    const [, word, address] = /^From: (\S+) <(.*)>$/.exec(from) ?? [];
    expect(address).toBe('z@example.org');
    expect(decodeWord(word!)).toBe('Zoë Ünïcode');
  });

  it("keeps a surrogate pair whole at the request log's 64 KiB cut", async () => {
    const fake = fresh();
    // The body's JSON text puts an emoji across the 65 536th character.
    const prefix = JSON.stringify(email({ html: '' })).indexOf('"html":""') + '"html":"'.length;
    await call(fake, 'POST', '/emails', { body: email({ html: `${'x'.repeat(65_535 - prefix)}${'😀'.repeat(10)}` }) });
    const body = fake.state.requests.get(1)!.requestBody;
    expect(body).toMatch(/more characters not kept\)$/);
    expect(broken(body)).toBe(false);
  });

  it("keeps a surrogate pair whole in a duplicated broadcast's name", async () => {
    const fake = fresh();
    const segment = (await call(fake, 'POST', '/segments', { body: { name: 'all' } })).body.id;
    const created = await call(fake, 'POST', '/broadcasts', {
      body: { name: `${'n'.repeat(69)}🎉`, segment_id: segment, from: 'a@acme.dev', subject: 's', html: '<p>h</p>' },
    });
    const copy = await call(fake, 'POST', `/broadcasts/${created.body.id}/duplicate`);
    // A copy's name is cut to 70 characters: here the cut falls inside the emoji.
    const { name } = (await call(fake, 'GET', `/broadcasts/${copy.body.id}`)).body;
    expect(broken(name as string)).toBe(false);
    expect(name).toBe('n'.repeat(69));
  });

  it('marks a search hit on the right letters when lower-casing changes the text length', async () => {
    const fake = fresh();
    const inbox = (await call(fake, 'POST', '/inboxes', { body: { email_address: 'support@acme.dev' } })).body.id;
    fake.receiveEmail({ from: 'a@example.org', to: 'support@acme.dev', subject: 'İstanbul trip', text: 'x' });
    const found = await call(fake, 'GET', `/inboxes/${inbox}/threads/search?query=trip`);
    expect(found.body.data[0].highlights.subject).toBe('İstanbul <mark>trip</mark>');
  });
});
