/**
 * A fake restored from a `--data` snapshot may draw from the ID stream an earlier run used (the bin
 * picks each start's seed from the file's start count, which a `--seed` can repeat). New IDs used
 * to repeat stored ones, and `insert` replaced the stored record with the new one; `--domain`'s
 * domains, seeded before the restore, were added again beside the stored ones. New IDs now skip
 * every stored one, and a seeded domain is kept only for a name the snapshot does not hold.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend, type FakeResend, type FakeResendOptions } from '../src/index.js';
import { restore, type Snapshot } from '../src/persist.js';
import { call, email } from './helpers.js';

const fakeWith = (options: FakeResendOptions = {}) =>
  createFakeResend({ seed: 9, domains: ['acme.dev'], rateLimit: false, ...options });

/** A snapshot of `from`'s collections named (all when none are), as a data file holds them. */
function snapshotOf(from: FakeResend, names?: string[]): Snapshot {
  const collections = Object.fromEntries(
    Object.entries(from.state)
      .filter(([name, value]) => typeof value?.all === 'function' && (names ?? [name]).includes(name))
      .map(([name, value]) => [name, JSON.parse(JSON.stringify(value.all()))]),
  );
  return { format: 'resendkit-mock-data', version: 1, starts: 1, collections };
}

/** The same calls on every fake: a webhook, then an email (and its `email.sent` delivery). */
async function sendOne(fake: FakeResend, subject: string): Promise<string> {
  await call(fake, 'POST', '/webhooks', { body: { endpoint: 'https://h.test/x', events: ['email.sent'] } });
  const sent = await call(fake, 'POST', '/emails', { body: email({ subject }) });
  await fake.settleWebhooks();
  return sent.body.id;
}

describe('a fake restored with the seed of the run that stored the records', () => {
  const webhooks = { fetch: () => new Response('ok') };

  it('gives a new email an ID of its own, where it took the stored email’s ID and replaced it', async () => {
    const first = fakeWith({ webhooks });
    const stored = await sendOne(first, 'first');
    const again = fakeWith({ webhooks });
    restore(again, snapshotOf(first, ['emails']));
    const id = await sendOne(again, 'second');
    expect(id).not.toBe(stored);
    expect(again.state.emails.newestFirst().map((e) => e.subject)).toEqual(['second', 'first']);
  });

  it('gives a new webhook delivery an ID of its own, where it replaced the stored delivery', async () => {
    const first = fakeWith({ webhooks });
    await sendOne(first, 'first');
    const again = fakeWith({ webhooks });
    restore(again, snapshotOf(first, ['webhookDeliveries']));
    await sendOne(again, 'second');
    const subjects = again.state.webhookDeliveries.all().map((d) => (d.payload.data as { subject: string }).subject);
    expect(subjects).toEqual(['first', 'second']);
  });
});

describe('the domains a restored fake was given', () => {
  it('keeps the stored domain of a name, where the seeded copy was added beside it', async () => {
    const first = fakeWith({ seed: 1 });
    const again = fakeWith({ seed: 2, domains: ['acme.dev', 'new.dev'] });
    restore(again, snapshotOf(first));
    const listed = (await call(again, 'GET', '/domains')).body.data;
    expect(listed.map((d: { name: string }) => d.name)).toEqual(['new.dev', 'acme.dev']);
    expect(listed[1].id).toBe(first.state.domains.all()[0]!.id);
  });

  it('keeps a seeded domain whose ID a stored one holds, where the stored one replaced it', async () => {
    const first = fakeWith({ domains: ['a.dev'] });
    const again = fakeWith({ domains: ['b.dev'] });
    restore(again, snapshotOf(first));
    const domains = again.state.domains.all();
    expect(domains.map((d) => d.name)).toEqual(['a.dev', 'b.dev']);
    expect(domains[1]!.id).not.toBe(domains[0]!.id);
  });
});
