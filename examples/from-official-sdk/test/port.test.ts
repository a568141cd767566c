import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createResendClient, replyTo } from '@resendkit/client';
import { type FakeResend, createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import { onboard as onboardOfficial } from '../src/app-official.js';
import { onboard as onboardResendkit } from '../src/app-resendkit.js';

const KEY = 're_example_port_1234567890';
const servers: { close(): Promise<void> }[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A fake on a free loopback port; its rate limit is off so the run is not paced by the fake. */
async function fakeServer(): Promise<{ fake: FakeResend; url: string }> {
  const fake = createFakeResend({ seed: 11, rateLimit: false });
  const server = await listen(fake);
  servers.push(server);
  return { fake, url: server.url };
}

/** What the fake stored, without IDs and times, which differ between runs. */
function stored(fake: FakeResend) {
  const emails = fake.state.emails.all().map((email) => {
    const e = email as unknown as Record<string, unknown>;
    return {
      from: e.from,
      to: e.to,
      subject: e.subject,
      html: e.html,
      text: e.text,
      reply_to: e.reply_to,
      scheduled: e.scheduled_at !== null && e.scheduled_at !== undefined,
      tags: e.tags,
      headers: e.headers,
    };
  });
  const contacts = fake.state.contacts.all().map((contact) => {
    const c = contact as unknown as Record<string, unknown>;
    return { email: c.email, first_name: c.first_name, last_name: c.last_name };
  });
  const templates = fake.state.templates.all().map((template) => {
    const t = template as unknown as Record<string, unknown>;
    const variables = (t.variables as { key: string; type: string; fallback_value: unknown }[]).map(
      ({ key, type, fallback_value }) => ({ key, type, fallback_value }),
    );
    return { name: t.name, reply_to: t.reply_to, variables };
  });
  return { emails, contacts, templates };
}

describe('an app written for the official SDK, ported by changing its import and construction', () => {
  it('differs from the original in those two lines only', async () => {
    const official = (await readFile(new URL('../src/app-official.tsx', import.meta.url), 'utf8')).split('\n');
    const ported = (await readFile(new URL('../src/app-resendkit.tsx', import.meta.url), 'utf8')).split('\n');
    expect(ported).toHaveLength(official.length);
    const changed = ported.map((line, i) => [official[i], line]).filter(([before, after]) => before !== after);
    expect(changed).toEqual([
      ["import { Resend } from 'resend';", "import { createResendClient } from '@resendkit/client';"],
      [
        '  const resend = new Resend(apiKey, { baseUrl });',
        '  const resend = createResendClient({ apiKey, baseUrl });',
      ],
    ]);
  });

  it('does against the fake what the original does', async () => {
    const a = await fakeServer();
    const official = await onboardOfficial(KEY, a.url, 'acme-example.dev');
    const b = await fakeServer();
    const ported = await onboardResendkit(KEY, b.url, 'acme-example.dev');

    const withoutIds = ({ welcomeId, batchIds, templateId, ...rest }: typeof official) => ({
      ...rest,
      batch: batchIds.length,
    });
    expect(withoutIds(ported)).toEqual(withoutIds(official));
    expect(official).toMatchObject({
      domain: 'acme-example.dev',
      pages: 2,
      contacts: ['delivered+alan@resend.dev', 'delivered+grace@resend.dev', 'delivered@resend.dev'],
    });
    expect(stored(b.fake)).toEqual(stored(a.fake));
    const welcome = stored(b.fake).emails.find((email) => email.subject === 'Welcome to Acme');
    expect(welcome).toMatchObject({
      reply_to: ['support@acme-example.dev'],
      scheduled: true,
      tags: [{ name: 'kind', value: 'welcome' }],
    });
    expect(String(welcome?.html)).toContain('Welcome, Ada!');
    expect(stored(b.fake).contacts).toContainEqual({
      email: 'delivered+alan@resend.dev',
      first_name: 'Alan',
      last_name: 'Turing',
    });
  });
});

describe('inbound: receive, forward and reply against the fake', () => {
  it('fetches the content of an email the fake received, forwards it and replies in its thread', async () => {
    const { fake, url } = await fakeServer();
    const resend = createResendClient({ apiKey: KEY, baseUrl: url, rateLimit: false });
    const domain = await resend.domains.create({ name: 'acme-example.dev' });
    if (domain.error) throw new Error(domain.error.message);
    await resend.domains.verify(domain.data.id);
    const inbound = fake.receiveEmail({
      from: 'Ada <ada@lovelace.dev>',
      to: ['support@acme-example.dev'],
      subject: 'Help',
      text: 'My engine is stuck.',
    });
    const received = await resend.emails.receiving.get(inbound.id);
    if (received.error) throw new Error(received.error.message);
    expect(received.data).toMatchObject({ subject: 'Help', text: expect.stringContaining('My engine is stuck.') });
    const raw = await resend.emails.receiving.raw(inbound.id);
    expect(new TextDecoder().decode(raw.data)).toContain('Subject: Help');
    const forwarded = await resend.emails.receiving.forward({
      emailId: inbound.id,
      to: 'delivered@resend.dev',
      from: 'support@acme-example.dev',
    });
    expect(forwarded.error).toBeUndefined();
    const reply = await resend.emails.send(
      replyTo(received.data, { from: 'support@acme-example.dev', text: 'On it.' }),
    );
    expect(reply.error).toBeUndefined();
    const sent = fake.state.emails.all().map((email) => email as unknown as Record<string, unknown>);
    expect(sent.map((email) => email.subject)).toEqual(expect.arrayContaining(['Help', 'Re: Help']));
    const answer = sent.find((email) => email.subject === 'Re: Help')!;
    expect(answer.to).toEqual(['Ada <ada@lovelace.dev>']);
    expect(answer.headers).toMatchObject({ 'In-Reply-To': received.data.message_id });
  });
});
