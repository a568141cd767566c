import { describe, expect, it } from 'vitest';
import { FakeOptionsError } from '../src/index.js';
import { setup, verified } from './webhook-fixture.js';
import { eventProblems } from './webhook-schema.js';

const EMAIL_EVENTS = [
  'email.sent',
  'email.delivered',
  'email.suppressed',
  'email.opened',
  'email.clicked',
  'email.delivery_delayed',
  'email.failed',
  'email.bounced',
];

describe('events beyond the test addresses', () => {
  it('sends email.suppressed instead of an outcome to an address on the suppression list, with the reason its origin gives', async () => {
    const { fake, received, register, send, call } = setup();
    const { signing_secret } = await register(EMAIL_EVENTS);
    expect((await call('POST', '/suppressions', { email: 'Gone@Acme.dev' })).status).toBe(201);
    const sent = await send(['Ada <gone@acme.dev>', 'ok@acme.dev', 'suppressed+x@resend.dev']);
    await fake.settleWebhooks();

    const events = await verified(received, signing_secret);
    expect(events.map((e) => [e.type, 'to' in e.data ? e.data.to : undefined])).toEqual([
      ['email.sent', ['Ada <gone@acme.dev>', 'ok@acme.dev', 'suppressed+x@resend.dev']],
      ['email.delivered', ['ok@acme.dev']],
      ['email.suppressed', ['suppressed+x@resend.dev']],
      ['email.suppressed', ['Ada <gone@acme.dev>']],
    ]);
    expect(events[3]!.data).toMatchObject({
      suppressed: { type: 'OnAccountSuppressionList', reason: 'previous_bounce' },
    });
    for (const event of events) expect(eventProblems(event), event.type).toEqual([]);
    expect((await call('GET', `/emails/${sent.body.id}`)).body.last_event).toBe('suppressed');
  });

  it('reads a test address the same way for last_event and for the events: any case, only as the whole domain', async () => {
    const { fake, received, register, send, call } = setup();
    const { signing_secret } = await register(['email.delivered', 'email.bounced']);
    const mixed = (await send('Ada <BOUNCED+x@Resend.dev>')).body.id;
    const lookalike = (await send('bounced@resend.dev.acme.dev')).body.id;
    await fake.settleWebhooks();

    const events = await verified(received, signing_secret);
    expect(events.map((e) => [e.type, 'email_id' in e.data ? e.data.email_id : undefined])).toEqual([
      ['email.bounced', mixed],
      ['email.delivered', lookalike],
    ]);
    expect((await call('GET', `/emails/${mixed}`)).body.last_event).toBe('bounced');
    expect((await call('GET', `/emails/${lookalike}`)).body.last_event).toBe('delivered');
  });

  it('sends suppression.added for new entries only and suppression.removed for each removed one', async () => {
    const { fake, received, register, call } = setup();
    const { signing_secret } = await register(['suppression.added', 'suppression.removed']);
    const one = (await call('POST', '/suppressions', { email: 'a@acme.dev' })).body;
    await call('POST', '/suppressions/batch/add', { emails: ['a@acme.dev', 'b@acme.dev', 'c@acme.dev'] });
    await call('POST', '/suppressions/batch/remove', { emails: ['b@acme.dev', 'nobody@acme.dev'] });
    await call('DELETE', `/suppressions/${one.id}`);
    await call('DELETE', '/suppressions/c@acme.dev');
    await fake.settleWebhooks();

    const events = await verified(received, signing_secret);
    expect(events.map((e) => [e.type, 'email' in e.data ? e.data.email : undefined])).toEqual([
      ['suppression.added', 'a@acme.dev'],
      ['suppression.added', 'b@acme.dev'],
      ['suppression.added', 'c@acme.dev'],
      ['suppression.removed', 'b@acme.dev'],
      ['suppression.removed', 'a@acme.dev'],
      ['suppression.removed', 'c@acme.dev'],
    ]);
    expect(events[0]!.data).toMatchObject({ id: one.id, origin: 'manual', source_id: null });
    for (const event of events) expect(eventProblems(event), event.type).toEqual([]);
  });

  it('sends inbox and draft events carrying the IDs, for inboxes addressed by ID or address', async () => {
    const { fake, received, register, call } = setup();
    const types = [
      'inbox.created',
      'inbox.updated',
      'inbox.deleted',
      'inbox.draft.created',
      'inbox.draft.updated',
      'inbox.draft.sent',
      'inbox.draft.deleted',
    ];
    const { signing_secret } = await register(types);
    const inbox = (await call('POST', '/inboxes', { email_address: 'support@acme.dev' })).body;
    await call('PATCH', '/inboxes/support@acme.dev', { name: 'Support' });
    const draft = (
      await call('POST', `/inboxes/${inbox.id}/drafts`, { to: ['ada@acme.dev'], subject: 'Hi', text: 'Hello' })
    ).body;
    await call('PATCH', `/inboxes/${inbox.id}/drafts/${draft.id}`, { subject: 'Hi there' });
    const sent = (await call('POST', `/inboxes/${inbox.id}/drafts/${draft.id}/send`)).body;
    const other = (
      await call('POST', `/inboxes/${inbox.id}/drafts`, { to: ['bob@acme.dev'], subject: 'Later', text: 'x' })
    ).body;
    await call('DELETE', `/inboxes/${inbox.id}/drafts/${other.id}`);
    await call('DELETE', `/inboxes/${inbox.id}`);
    await fake.settleWebhooks();

    const events = await verified(received, signing_secret);
    expect(events.map((e) => e.type)).toEqual([
      'inbox.created',
      'inbox.updated',
      'inbox.draft.created',
      'inbox.draft.updated',
      'inbox.draft.sent',
      'inbox.draft.created',
      'inbox.draft.deleted',
      'inbox.deleted',
    ]);
    for (const event of events) expect(event.data).toMatchObject({ source: 'api', inbox_id: inbox.id });
    expect(events[4]!.data).toMatchObject({ draft_id: draft.id, email_id: sent.email_id, thread_id: sent.thread_id });
    expect(events[6]!.data).toMatchObject({ draft_id: other.id });
    for (const event of events) expect(eventProblems(event), event.type).toEqual([]);
  });
});

describe('fake.simulateEmailEvent', () => {
  it('sends an open and a click (the first link of the html, or the one given) and moves last_event', async () => {
    const { fake, received, register, send, call } = setup();
    const { signing_secret } = await register([
      'email.opened',
      'email.clicked',
      'email.delivery_delayed',
      'email.failed',
    ]);
    const { id } = (await send('ada@acme.dev', { html: '<p><a href="https://acme.dev/welcome?x=1">Start</a></p>' }))
      .body;
    fake.simulateEmailEvent(id, 'email.opened');
    fake.simulateEmailEvent(id, 'email.clicked');
    fake.simulateEmailEvent(id, 'email.clicked', { click: { link: 'https://acme.dev/pricing' } });
    expect((await call('GET', `/emails/${id}`)).body.last_event).toBe('clicked');
    fake.simulateEmailEvent(id, 'email.delivery_delayed');
    fake.simulateEmailEvent(id, 'email.failed', { failed: { reason: 'reached_daily_quota' } });
    await fake.settleWebhooks();

    const events = await verified(received, signing_secret);
    expect(events.map((e) => e.type)).toEqual([
      'email.opened',
      'email.clicked',
      'email.clicked',
      'email.delivery_delayed',
      'email.failed',
    ]);
    expect(events.map((e) => (e.type === 'email.clicked' ? e.data.click.link : undefined))).toEqual([
      undefined,
      'https://acme.dev/welcome?x=1',
      'https://acme.dev/pricing',
      undefined,
      undefined,
    ]);
    expect(events[2]!.data).toMatchObject({
      email_id: id,
      click: { ipAddress: '127.0.0.1', userAgent: 'resendkit-mock' },
    });
    for (const event of events) expect(eventProblems(event), event.type).toEqual([]);
    expect((await call('GET', `/emails/${id}`)).body.last_event).toBe('failed');
  });

  it('refuses an unknown email, a scheduled one, another event type and non-object data, naming the argument', async () => {
    const { fake, send } = setup();
    const scheduled = (await send('ada@acme.dev', { scheduled_at: 'in 1 hour' })).body.id;
    const sent = (await send('ada@acme.dev')).body.id;
    const refusals: [() => void, string, RegExp][] = [
      [
        () => fake.simulateEmailEvent('4ef9a417-02e9-4d39-ad75-9611e0fcc33c', 'email.opened'),
        'emailId',
        /no email with ID/,
      ],
      [() => fake.simulateEmailEvent(scheduled, 'email.opened'), 'emailId', /is scheduled/],
      [() => fake.simulateEmailEvent(sent, 'email.sent' as never), 'type', /must be one of/],
      [() => fake.simulateEmailEvent(sent, 'email.opened', [] as never), 'data', /plain object/],
    ];
    for (const [attempt, option, message] of refusals) {
      expect(attempt).toThrow(FakeOptionsError);
      expect(attempt).toThrow(expect.objectContaining({ option, message: expect.stringMatching(message) }));
    }
  });
});
