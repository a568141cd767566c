/** `GET /inboxes/{id}/threads` applies its `read` and `labels` filters, beside `folders`. */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call } from './helpers.js';

async function setup() {
  const fake = createFakeResend({ rateLimit: false, validateResponses: true, domains: ['acme.dev'] });
  const inbox = (await call(fake, 'POST', '/inboxes', { body: { email_address: 'support@acme.dev' } })).body
    .id as string;
  const base = `/inboxes/${inbox}/threads`;
  for (const subject of ['Invoice', 'Hello', 'Refund'])
    fake.receiveEmail({ from: 'ada@example.org', to: 'support@acme.dev', subject, text: subject });
  const ids = Object.fromEntries(
    (await call(fake, 'GET', base)).body.data.map((t: { id: string; subject: string }) => [t.subject, t.id]),
  ) as Record<string, string>;
  const label = async (name: string) =>
    (await call(fake, 'POST', `/inboxes/${inbox}/labels`, { body: { name } })).body.id as string;
  const subjects = async (query: string) =>
    (await call(fake, 'GET', `${base}?${query}`)).body.data.map((t: { subject: string }) => t.subject).sort();
  return { fake, base, ids, label, subjects };
}

describe('thread list filters', () => {
  it('lists only read or only unread threads with `read`', async () => {
    const { fake, base, ids, subjects } = await setup();
    await call(fake, 'PATCH', `${base}/${ids.Hello}`, { body: { read: true } });
    expect(await subjects('read=false')).toEqual(['Invoice', 'Refund']);
    expect(await subjects('read=true')).toEqual(['Hello']);
  });

  it('lists only threads carrying any of the `labels` given, within the folders asked for', async () => {
    const { fake, base, ids, label, subjects } = await setup();
    const [vip, billing, unused] = [await label('vip'), await label('billing'), await label('unused')];
    await call(fake, 'PATCH', `${base}/${ids.Hello}`, { body: { label_id: vip } });
    await call(fake, 'PATCH', `${base}/${ids.Invoice}`, { body: { label_id: billing } });
    await call(fake, 'PATCH', `${base}/${ids.Refund}`, { body: { label_id: billing, folder: 'archive' } });
    expect(await subjects(`labels=${vip}`)).toEqual(['Hello']);
    expect(await subjects(`labels=${vip},${billing}`)).toEqual(['Hello', 'Invoice']);
    expect(await subjects(`labels=${billing}&folders=inbox,archive`)).toEqual(['Invoice', 'Refund']);
    expect(await subjects(`labels=${unused}`)).toEqual([]);
    expect(await subjects(`labels=${billing}&read=true`)).toEqual([]);
  });
});
