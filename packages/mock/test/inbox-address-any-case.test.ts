/**
 * An inbox's address matches in any case, as a contact's email does: in paths, against a new
 * inbox, and for mail received (an inbox a `--data` file stored in capitals included).
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call } from './helpers.js';

describe('inbox addresses in any case', () => {
  it('finds an inbox by its address in another case, and refuses a second inbox for it', async () => {
    const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'], validateResponses: true });
    const id = (await call(fake, 'POST', '/inboxes', { body: { email_address: 'support@acme.dev' } })).body.id;
    expect((await call(fake, 'GET', '/inboxes/Support@ACME.dev')).body.id).toBe(id);
    expect((await call(fake, 'PATCH', '/inboxes/SUPPORT@acme.dev', { body: { name: 'Help' } })).status).toBe(200);
    expect((await call(fake, 'POST', '/inboxes', { body: { email_address: 'SUPPORT@acme.dev' } })).status).toBe(422);
  });

  it('routes mail to an inbox stored with capitals, and refuses a duplicate of it', async () => {
    const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'], validateResponses: true });
    const id = (await call(fake, 'POST', '/inboxes', { body: { email_address: 'help@acme.dev' } })).body.id;
    // As a `--data` file written by hand (or by an older version) may hold it.
    fake.state.inboxes.get(id)!.email_address = 'Help@Acme.dev';
    fake.receiveEmail({ from: 'ada@other.dev', to: 'HELP@acme.dev', subject: 'Hi', text: 'x' });
    expect((await call(fake, 'GET', `/inboxes/${id}/threads`)).body.data).toHaveLength(1);
    expect((await call(fake, 'POST', '/inboxes', { body: { email_address: 'help@acme.dev' } })).status).toBe(422);
  });
});
