/**
 * Which thread an inbound email joins, pinned rule by rule (and through every change of state),
 * and that finding it does not read every stored email: counted in reads of the stored records'
 * fields (a spy on each record), not in wall time, so the tests hold on a loaded machine.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend, type FakeResend } from '../src/index.js';
import { restore, type Snapshot } from '../src/persist.js';
import type { ReceiveEmailInput, StoredReceivedEmail } from '../src/inbound.js';
import type { FakeStateStore } from '../src/state.js';
import { Collection } from '../src/store.js';
import { call } from './helpers.js';

async function fakeWithInboxes(...addresses: string[]): Promise<{ fake: FakeResend; inboxes: string[] }> {
  const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
  const inboxes: string[] = [];
  for (const email_address of addresses)
    inboxes.push((await call(fake, 'POST', '/inboxes', { body: { email_address } })).body.id as string);
  return { fake, inboxes };
}

function receive(fake: FakeResend, input: Partial<ReceiveEmailInput>): StoredReceivedEmail {
  return fake.receiveEmail({ from: 'ada@example.org', to: 'support@acme.dev', subject: 'Hello', ...input });
}

/** The thread the received email was filed into in `inbox` (the first inbox when not told). */
function threadOf(fake: FakeResend, email: StoredReceivedEmail, inbox?: string): string {
  const message = fake.state.inboxMessages.find(
    (m) => m.email_id === email.id && (inbox === undefined || m.inbox_id === inbox),
  );
  return String(message?.thread_id);
}

/** Counts every read of `field` on the stored records from here on. */
function countReads(records: Iterable<object>, field: string): { readonly count: number } {
  const counter = { count: 0 };
  for (const record of records) {
    const value: unknown = (record as Record<string, unknown>)[field];
    Object.defineProperty(record, field, { enumerable: true, configurable: true, get: () => (counter.count++, value) });
  }
  return counter;
}

describe('threading rules', () => {
  it('joins by In-Reply-To or by any References entry, whatever the subject', async () => {
    const { fake } = await fakeWithInboxes('support@acme.dev');
    const first = receive(fake, { subject: 'Invoice' });
    const other = receive(fake, { subject: 'Other' });
    const byReply = receive(fake, { subject: 'Unrelated', headers: { 'In-Reply-To': first.message_id } });
    const references = `<nobody@else> ${other.message_id} <x@y>`;
    const byReference = receive(fake, { subject: 'Unrelated 2', headers: { References: references } });
    expect(threadOf(fake, byReply)).toBe(threadOf(fake, first));
    expect(threadOf(fake, byReference)).toBe(threadOf(fake, other));
    expect(threadOf(fake, first)).not.toBe(threadOf(fake, other));
  });

  it('joins the thread of the oldest email named when the headers name emails of several threads', async () => {
    const { fake } = await fakeWithInboxes('support@acme.dev');
    const older = receive(fake, { subject: 'A' });
    const newer = receive(fake, { subject: 'B' });
    const both = `${newer.message_id} ${older.message_id}`;
    const reply = receive(fake, { subject: 'C', headers: { 'In-Reply-To': newer.message_id, References: both } });
    expect(threadOf(fake, reply)).toBe(threadOf(fake, older));
  });

  it('matches a Message-ID without angle brackets as text inside the headers, and an empty one always', async () => {
    const { fake } = await fakeWithInboxes('support@acme.dev');
    const bare = receive(fake, { subject: 'Bare', headers: { 'Message-ID': 'abc-1' } });
    const reply = receive(fake, { subject: 'x', headers: { 'In-Reply-To': 'see <abc-12@y>' } });
    expect(threadOf(fake, reply)).toBe(threadOf(fake, bare));
    const empty = receive(fake, { subject: 'Empty id', headers: { 'Message-ID': '' } });
    expect(threadOf(fake, receive(fake, { subject: 'Fresh topic' }))).toBe(threadOf(fake, empty));
  });

  it('joins by subject behind any number of Re:/Fwd:/Fw:/AW:/SV: prefixes, in any case, but not a trashed thread', async () => {
    const { fake, inboxes } = await fakeWithInboxes('support@acme.dev');
    const first = receive(fake, { subject: 'Invoice question' });
    for (const subject of ['RE: invoice question', 'Fwd: Re: Invoice Question ', 'fw: aw: SV: Invoice question'])
      expect(threadOf(fake, receive(fake, { subject }))).toBe(threadOf(fake, first));
    expect(threadOf(fake, receive(fake, { subject: 'Invoice questions' }))).not.toBe(threadOf(fake, first));
    await call(fake, 'DELETE', `/inboxes/${inboxes[0]}/threads/${threadOf(fake, first)}`);
    const after = receive(fake, { subject: 'Re: Invoice question' });
    expect(threadOf(fake, after)).not.toBe(threadOf(fake, first));
    // A header still finds the trashed thread, which stays in the trash.
    const byHeader = receive(fake, { subject: 'x', headers: { 'In-Reply-To': first.message_id } });
    expect(threadOf(fake, byHeader)).toBe(threadOf(fake, first));
    expect(fake.state.inboxThreads.get(threadOf(fake, first))?.folder).toBe('trash');
  });

  it('keeps threads per inbox: neither a header nor a subject joins a thread of another inbox', async () => {
    const { fake, inboxes } = await fakeWithInboxes('support@acme.dev', 'sales@acme.dev');
    const first = receive(fake, { subject: 'Quote' });
    const toSales = receive(fake, {
      to: 'sales@acme.dev',
      subject: 'Quote',
      headers: { 'In-Reply-To': first.message_id },
    });
    expect(threadOf(fake, toSales, inboxes[1])).not.toBe(threadOf(fake, first, inboxes[0]));
    const toBoth = receive(fake, { to: ['support@acme.dev', 'sales@acme.dev'], subject: 'Re: Quote' });
    expect(threadOf(fake, toBoth, inboxes[0])).toBe(threadOf(fake, first, inboxes[0]));
    expect(threadOf(fake, toBoth, inboxes[1])).toBe(threadOf(fake, toSales, inboxes[1]));
  });

  it('joins by the Message-ID of a reply sent from the inbox', async () => {
    const { fake, inboxes } = await fakeWithInboxes('support@acme.dev');
    const first = receive(fake, { subject: 'Help' });
    const thread = threadOf(fake, first);
    const message = fake.state.inboxMessages.find((m) => m.email_id === first.id)!.id;
    const path = `/inboxes/${inboxes[0]}/threads/${thread}/emails/${message}/reply`;
    expect((await call(fake, 'POST', path, { body: { text: 'On it' } })).status).toBe(200);
    const sent = fake.state.inboxMessages.all().at(-1)!.message_id as string;
    expect(threadOf(fake, receive(fake, { subject: 'x', headers: { 'In-Reply-To': sent } }))).toBe(thread);
  });
});

describe('threading through changes of state', () => {
  it('forgets every thread on reset and threads anew', async () => {
    const { fake } = await fakeWithInboxes('support@acme.dev');
    const old = receive(fake, { subject: 'Before reset' });
    fake.reset();
    await call(fake, 'POST', '/inboxes', { body: { email_address: 'support@acme.dev' } });
    const byHeader = receive(fake, { subject: 'New', headers: { 'In-Reply-To': old.message_id } });
    const bySubject = receive(fake, { subject: 'Re: Before reset' });
    expect(fake.state.inboxThreads.size).toBe(2);
    expect(threadOf(fake, receive(fake, { subject: 'Re: New' }))).toBe(threadOf(fake, byHeader));
    expect(threadOf(fake, bySubject)).not.toBe(threadOf(fake, byHeader));
  });

  it('threads replies to emails restored from a --data snapshot', async () => {
    const { fake } = await fakeWithInboxes('support@acme.dev');
    const first = receive(fake, { subject: 'Kept' });
    const collections = Object.fromEntries(
      Object.entries(fake.state as FakeStateStore)
        .filter(([, c]) => c instanceof Collection)
        .map(([name, c]) => [name, structuredClone((c as Collection<{ id: string }>).all())]),
    );
    const snapshot: Snapshot = { format: 'resendkit-mock-data', version: 1, starts: 1, collections };
    const restored = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
    restore(restored, snapshot);
    const byHeader = receive(restored, { subject: 'x', headers: { 'In-Reply-To': first.message_id } });
    expect(threadOf(restored, byHeader)).toBe(threadOf(fake, first));
    expect(threadOf(restored, receive(restored, { subject: 'Re: kept' }))).toBe(threadOf(fake, first));
  });

  it('starts new threads once the inbox that held them is deleted and made again', async () => {
    const { fake, inboxes } = await fakeWithInboxes('support@acme.dev');
    const first = receive(fake, { subject: 'Gone' });
    expect((await call(fake, 'DELETE', `/inboxes/${inboxes[0]}`)).status).toBe(200);
    const again = (await call(fake, 'POST', '/inboxes', { body: { email_address: 'support@acme.dev' } })).body.id;
    const reply = receive(fake, { subject: 'Re: Gone', headers: { 'In-Reply-To': first.message_id } });
    expect(fake.state.inboxThreads.get(threadOf(fake, reply))?.inbox_id).toBe(again);
    expect(fake.state.inboxThreads.size).toBe(1);
  });
});

describe('threading with many emails stored', () => {
  it('files each received email reading a bounded number of stored emails and threads, not all of them', async () => {
    const { fake } = await fakeWithInboxes('support@acme.dev');
    const stored = 2_000;
    const firsts = Array.from({ length: stored }, (_, i) => receive(fake, { subject: `Topic ${i}` }));
    const ids = countReads(fake.state.inboxMessages, 'message_id');
    const subjects = countReads(fake.state.inboxThreads, 'subject');
    for (let i = 0; i < 100; i++) {
      const headers = i % 2 === 0 ? { 'In-Reply-To': firsts[i]!.message_id } : undefined;
      const reply = receive(fake, { subject: `Re: Topic ${i}`, ...(headers && { headers }) });
      expect(threadOf(fake, reply)).toBe(threadOf(fake, firsts[i]!));
    }
    // Scanning read every stored email's Message-ID and every thread's subject per email received:
    // 100 × 2 000 reads each. A lookup reads the few with the same key.
    expect(ids.count + subjects.count).toBeLessThan(20 * 100);
  });
});
