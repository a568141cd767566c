/**
 * A scheduled broadcast goes out once the fake's clock passes its `scheduled_at`, as one sent now
 * goes out: an email per subscribed contact of its segment, the same webhook events (dated its
 * scheduled time), `status: 'sent'` and `sent_at` its time. It had stayed `scheduled` forever. One
 * the sending rules refuse by then is marked `failed` and emails no one, and the request that
 * noticed it is answered as ever. Time is injected through `now`; nothing sleeps.
 */
import { describe, expect, it } from 'vitest';
import { START, HOUR, clockedFake, throughDataFile } from './clocked-fake.js';
import { call } from './helpers.js';

/** A fake on a clock the test moves, a segment of readers, a draft broadcast to them and a webhook. */
async function setup(start = START) {
  const {
    fake,
    clock,
    received,
    types: delivered,
  } = await clockedFake(['email.sent', 'email.delivered', 'email.bounced'], start);
  const segment = (await call(fake, 'POST', '/segments', { body: { name: 'Readers' } })).body.id as string;
  const join = (address: string, extra = {}) =>
    call(fake, 'POST', '/contacts', { body: { email: address, segments: [{ id: segment }], ...extra } });
  await join('delivered+ada@resend.dev');
  await join('bounced@resend.dev');
  await join('delivered+gone@resend.dev', { unsubscribed: true });
  await call(fake, 'POST', '/contacts', { body: { email: 'delivered+outsider@resend.dev' } });
  const draft = (body: Record<string, unknown> = {}) =>
    call(fake, 'POST', '/broadcasts', {
      body: { segment_id: segment, from: 'News <news@acme.dev>', subject: 'Launch', html: '<p>Hi</p>', ...body },
    });
  const types = async () => (await delivered()).sort();
  const status = async (id: string) => (await call(fake, 'GET', `/broadcasts/${id}`)).body.status as string;
  return { fake, clock, received, join, draft, types, status, segment };
}

describe('a scheduled broadcast when its time comes', () => {
  it('emails each subscribed contact of its segment once the clock passes scheduled_at, with the events of a send then', async () => {
    const { fake, clock, received, draft, types, status } = await setup();
    const { body } = await draft({ send: true, scheduled_at: 'in 1 hour' });
    clock.t += HOUR - 1;
    expect(await status(body.id)).toBe('scheduled');
    expect(fake.state.emails.size).toBe(0);
    clock.t += 2 * HOUR;
    const got = (await call(fake, 'GET', `/broadcasts/${body.id}`)).body;
    expect(got).toMatchObject({ status: 'sent', sent_at: '2026-12-01 10:00:00.000000+00' });
    const emails = fake.state.emails.all();
    expect(emails.map((e) => e.to[0]).sort()).toEqual(['bounced@resend.dev', 'delivered+ada@resend.dev']);
    expect(emails.every((e) => (e as { broadcast_id?: string }).broadcast_id === body.id)).toBe(true);
    expect(emails[0]).toMatchObject({ subject: 'Launch', created_at: '2026-12-01 10:00:00.000000+00' });
    expect(await types()).toEqual(['email.bounced', 'email.delivered', 'email.sent', 'email.sent']);
    // Sent at its time, not at the request that noticed it.
    expect(received.every((e) => e.created_at === '2026-12-01T10:00:00.000Z')).toBe(true);
    expect(received[0]!.data.broadcast_id).toBe(body.id);
    const sent = await call(fake, 'GET', `/broadcasts/${body.id}/recipients?type=sent`);
    expect(sent.body.data).toHaveLength(2);
  });

  it('goes out when scheduled through POST /broadcasts/{id}/send, and cancel then refuses it as a sent one', async () => {
    const { fake, clock, draft, status } = await setup();
    const { body } = await draft();
    expect(
      (await call(fake, 'POST', `/broadcasts/${body.id}/send`, { body: { scheduled_at: 'in 2 hours' } })).status,
    ).toBe(200);
    clock.t += 3 * HOUR;
    expect(await status(body.id)).toBe('sent');
    const canceled = await call(fake, 'POST', `/broadcasts/${body.id}/cancel`);
    expect([canceled.status, canceled.body.message]).toEqual([
      422,
      'Only queued or scheduled broadcasts can be canceled.',
    ]);
    expect(fake.state.broadcasts.get(body.id)).toMatchObject({
      status: 'sent',
      sent_at: '2026-12-01 11:00:00.000000+00',
    });
    expect(fake.state.emails.size).toBe(2);
  });

  it('never goes out once canceled back to a draft', async () => {
    const { fake, clock, draft, types, status } = await setup();
    const { body } = await draft({ send: true, scheduled_at: 'in 1 hour' });
    await call(fake, 'POST', `/broadcasts/${body.id}/cancel`);
    clock.t += 2 * HOUR;
    expect(await status(body.id)).toBe('draft');
    expect(fake.state.emails.size).toBe(0);
    expect(await types()).toEqual([]);
  });

  it('goes to the segment as it is at send time, not as it was when scheduled', async () => {
    const { fake, clock, join, draft } = await setup();
    const { body } = await draft({ send: true, scheduled_at: 'in 1 hour' });
    await join('delivered+late@resend.dev');
    const ada = fake.state.contacts.find((c) => c.email === 'delivered+ada@resend.dev')!;
    await call(fake, 'PATCH', `/contacts/${ada.id}`, { body: { unsubscribed: true } });
    clock.t += HOUR;
    expect(fake.state.broadcasts.get(body.id)?.status).toBe('sent');
    expect(
      fake.state.emails
        .all()
        .map((e) => e.to[0])
        .sort(),
    ).toEqual(['bounced@resend.dev', 'delivered+late@resend.dev']);
  });

  it('shows as sent through fake.state without a request', async () => {
    const { fake, clock, draft } = await setup();
    const { body } = await draft({ send: true, scheduled_at: 'in 1 hour' });
    clock.t += HOUR;
    expect(fake.state.broadcasts.get(body.id)?.status).toBe('sent');
    expect(fake.inbox.emails().items).toHaveLength(2);
  });

  it('sends at once when scheduled_at is now or past, keeping the time it was given', async () => {
    const { fake, draft, types } = await setup();
    const { status, body } = await draft({ send: true, scheduled_at: '2026-12-01T08:00:00Z' });
    expect(status).toBe(201);
    expect(fake.state.broadcasts.get(body.id)).toMatchObject({
      status: 'sent',
      scheduled_at: '2026-12-01T08:00:00.000Z',
      sent_at: '2026-12-01 09:00:00.000000+00',
    });
    expect(await types()).toEqual(['email.bounced', 'email.delivered', 'email.sent', 'email.sent']);
  });

  it('goes out when due after being loaded from a data file', async () => {
    const first = await setup();
    const { body } = await first.draft({ send: true, scheduled_at: 'in 1 hour' });
    const second = await setup(START + 2 * HOUR);
    throughDataFile(first.fake, second.fake);
    expect(await second.status(body.id)).toBe('sent');
    expect(second.fake.state.emails.size).toBe(2);
  });

  it('goes out in order of scheduled time', async () => {
    const { fake, clock, draft } = await setup();
    const late = (await draft({ send: true, scheduled_at: 'in 2 hours' })).body.id;
    const early = (await draft({ send: true, scheduled_at: 'in 1 hour' })).body.id;
    clock.t += 3 * HOUR;
    const order = fake.state.emails.all().map((e) => (e as { broadcast_id?: string }).broadcast_id);
    expect(order).toEqual([early, early, late, late]);
  });
});

describe('a scheduled broadcast the sending rules refuse when its time comes', () => {
  it('is marked failed and emails no one once its domain is gone, the request that noticed it answered as ever', async () => {
    const { fake, clock, draft, types } = await setup();
    const { body } = await draft({ send: true, scheduled_at: 'in 1 hour' });
    const domain = fake.state.domains.find((d) => d.name === 'acme.dev')!;
    expect((await call(fake, 'DELETE', `/domains/${domain.id}`)).status).toBe(200);
    clock.t += HOUR;
    const listed = await call(fake, 'GET', '/contacts');
    expect(listed.status).toBe(200);
    expect(fake.state.broadcasts.get(body.id)).toMatchObject({ status: 'failed', sent_at: null });
    expect(fake.state.emails.size).toBe(0);
    expect(await types()).toEqual([]);
    // Not scheduled any more: it is not tried again, and cancel refuses it.
    expect((await call(fake, 'GET', `/broadcasts/${body.id}`)).status).toBe(200);
    expect((await call(fake, 'POST', `/broadcasts/${body.id}/cancel`)).status).toBe(422);
  });

  it('is marked failed once its segment is deleted, other due broadcasts still going out', async () => {
    const { fake, clock, draft, segment } = await setup();
    const doomed = (await draft({ send: true, scheduled_at: 'in 1 hour' })).body.id;
    const other = (await call(fake, 'POST', '/segments', { body: { name: 'Others' } })).body.id as string;
    await call(fake, 'POST', '/contacts', { body: { email: 'delivered+other@resend.dev', segments: [{ id: other }] } });
    const fine = (await draft({ segment_id: other, send: true, scheduled_at: 'in 1 hour' })).body.id;
    expect((await call(fake, 'DELETE', `/segments/${segment}`)).status).toBe(200);
    clock.t += HOUR;
    expect((await call(fake, 'GET', '/broadcasts')).status).toBe(200);
    expect(fake.state.broadcasts.get(doomed)?.status).toBe('failed');
    expect(fake.state.broadcasts.get(fine)?.status).toBe('sent');
    expect(fake.state.emails.all().map((e) => e.to[0])).toEqual(['delivered+other@resend.dev']);
  });
});

describe('why a scheduled broadcast failed', () => {
  it('keeps the refusal as failure_reason in fake.state, the API answer showing only the status', async () => {
    const { fake, clock, draft } = await setup();
    const { body } = await draft({ send: true, scheduled_at: 'in 1 hour' });
    const domain = fake.state.domains.find((d) => d.name === 'acme.dev')!;
    await call(fake, 'DELETE', `/domains/${domain.id}`);
    clock.t += HOUR;
    expect(fake.state.broadcasts.get(body.id)).toMatchObject({
      status: 'failed',
      failure_reason: 'The `acme.dev` domain is not verified. Please, add and verify your domain.',
    });
    const got = await call(fake, 'GET', `/broadcasts/${body.id}`);
    expect(got.body.status).toBe('failed');
    expect(got.body).not.toHaveProperty('failure_reason');
  });

  it('keeps the missing segment as the failure_reason once its segment is deleted', async () => {
    const { fake, clock, draft, segment } = await setup();
    const { body } = await draft({ send: true, scheduled_at: 'in 1 hour' });
    await call(fake, 'DELETE', `/segments/${segment}`);
    clock.t += HOUR;
    expect(fake.state.broadcasts.get(body.id)?.failure_reason).toContain('no segment to send to');
  });

  it('has no failure_reason when sent, nor on a copy of a failed one', async () => {
    const { fake, clock, draft } = await setup();
    const sent = (await draft({ send: true, scheduled_at: 'in 1 hour' })).body.id as string;
    clock.t += HOUR;
    expect(fake.state.broadcasts.get(sent)).toMatchObject({ status: 'sent', failure_reason: null });
    const failed = (await draft({ send: true, scheduled_at: 'in 1 hour' })).body.id as string;
    await call(fake, 'DELETE', `/domains/${fake.state.domains.find((d) => d.name === 'acme.dev')!.id}`);
    clock.t += HOUR;
    const copy = (await call(fake, 'POST', `/broadcasts/${failed}/duplicate`)).body.id as string;
    expect(fake.state.broadcasts.get(copy)).toMatchObject({ status: 'draft', failure_reason: null });
  });
});

describe('a broadcast the sending rules refuse when it is scheduled', () => {
  /** A fake whose segment holds `address`, and a draft from `from` to it. */
  async function refusedSetup(from: string, address: string) {
    const { fake } = await clockedFake([]);
    const segment = (await call(fake, 'POST', '/segments', { body: { name: 'Readers' } })).body.id as string;
    await call(fake, 'POST', '/contacts', { body: { email: address, segments: [{ id: segment }] } });
    const body = { segment_id: segment, from, subject: 'Launch', html: '<p>Hi</p>' };
    const draft = async () => (await call(fake, 'POST', '/broadcasts', { body })).body.id as string;
    return { fake, body, draft };
  }

  it.each([
    ['its from domain is not verified', 'News <news@unverified.dev>', 'delivered@resend.dev', 403],
    ['resend.dev sends to someone else', 'onboarding@resend.dev', 'ada@acme.dev', 403],
    ['a recipient is at example.com', 'News <news@acme.dev>', 'ada@example.com', 422],
  ])(
    'refuses scheduling when %s, with the answer an immediate send gets, leaving a draft',
    async (_case, from, address, status) => {
      const { fake, body, draft } = await refusedSetup(from, address);
      const now = await call(fake, 'POST', `/broadcasts/${await draft()}/send`, { body: {} });
      expect([now.status, now.body.name]).toEqual([status, 'validation_error']);
      const id = await draft();
      const later = await call(fake, 'POST', `/broadcasts/${id}/send`, { body: { scheduled_at: 'in 1 hour' } });
      expect(later.body).toEqual(now.body);
      expect(fake.state.broadcasts.get(id)).toMatchObject({ status: 'draft', scheduled_at: null });
      const created = await call(fake, 'POST', '/broadcasts', {
        body: { ...body, send: true, scheduled_at: 'in 1 hour' },
      });
      expect(created.body).toEqual(now.body);
      expect(fake.state.broadcasts.all().filter((b) => b.status === 'scheduled')).toEqual([]);
    },
  );

  it('refuses scheduling to a segment that is gone, as an immediate send is refused', async () => {
    const { fake, draft } = await refusedSetup('News <news@acme.dev>', 'delivered@resend.dev');
    const id = await draft();
    await call(fake, 'DELETE', `/segments/${fake.state.broadcasts.get(id)!.segment_id}`);
    const now = await call(fake, 'POST', `/broadcasts/${id}/send`, { body: {} });
    const later = await call(fake, 'POST', `/broadcasts/${id}/send`, { body: { scheduled_at: 'in 1 hour' } });
    expect(now.status).toBe(422);
    expect(later.body).toEqual(now.body);
    expect(fake.state.broadcasts.get(id)?.status).toBe('draft');
  });
});
