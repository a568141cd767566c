/**
 * Lists whose mode Resend's docs leave unsaid (cursor parameters accepted, nothing said about a call
 * without `limit`) are taken as always paginated: a page of 20 by default with `has_more`, so a test
 * against the fake catches code that reads one page as the whole list.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

describe('lists the docs leave unsaid', () => {
  it("a sent email's attachments: 20 by default, has_more, the rest on the next page", async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const attachments = Array.from({ length: 25 }, (_, i) => ({ filename: `f${i}.txt`, content: 'aGk=' }));
    const sent = await call(fake, 'POST', '/emails', { body: email({ attachments }) });
    const first = await call(fake, 'GET', `/emails/${sent.body.id}/attachments`);
    expect(first.body.data).toHaveLength(20);
    expect(first.body.has_more).toBe(true);
    const last = first.body.data[19].id;
    const rest = await call(fake, 'GET', `/emails/${sent.body.id}/attachments?after=${last}`);
    expect(rest.body.data).toHaveLength(5);
    expect(rest.body.has_more).toBe(false);
  });

  it("a contact's segments: 20 by default, has_more", async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const contact = await call(fake, 'POST', '/contacts', { body: { email: 'ada@example.com' } });
    for (let i = 0; i < 21; i++) {
      const segment = await call(fake, 'POST', '/segments', { body: { name: `s${i}` } });
      await call(fake, 'POST', `/contacts/${contact.body.id}/segments/${segment.body.id}`);
    }
    const page = await call(fake, 'GET', `/contacts/${contact.body.id}/segments`);
    expect(page.body.data).toHaveLength(20);
    expect(page.body.has_more).toBe(true);
  });
});
