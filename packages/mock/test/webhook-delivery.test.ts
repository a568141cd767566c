import { webhookHandler } from '@resendkit/webhooks';
import { describe, expect, it } from 'vitest';
import { createFakeResend, type StoredWebhookDelivery } from '../src/index.js';
import { setup, verified } from './webhook-fixture.js';
import { eventProblems } from './webhook-schema.js';

describe('webhook delivery by the fake', () => {
  it('returns a real whsec_ secret and delivers email.sent then the outcome each test address asks for, signed', async () => {
    const { fake, received, register, send } = setup();
    const { signing_secret } = await register();
    expect(signing_secret).toMatch(/^whsec_[A-Za-z0-9+/=]+$/);
    await send(['bounced+signup@resend.dev', 'delivered@resend.dev', 'complained+x@resend.dev', 'ada@acme.dev']);
    await fake.settleWebhooks();
    const events = await verified(received, signing_secret);
    expect(events.map((e) => [e.type, e.data && 'to' in e.data ? e.data.to : undefined])).toEqual([
      ['email.sent', ['bounced+signup@resend.dev', 'delivered@resend.dev', 'complained+x@resend.dev', 'ada@acme.dev']],
      ['email.delivered', ['delivered@resend.dev', 'complained+x@resend.dev', 'ada@acme.dev']],
      ['email.bounced', ['bounced+signup@resend.dev']],
      ['email.complained', ['complained+x@resend.dev']],
    ]);
    const bounced = events[2]!;
    if (bounced.type !== 'email.bounced') expect.unreachable();
    else
      expect(bounced.data).toMatchObject({
        subject: 'Hello',
        tags: { category: 'welcome' },
        bounce: { type: 'Permanent' },
      });
    // Every attempt of one message carries the same svix-id: the recorded delivery's ID.
    expect(received.map((r) => r.headers.get('svix-id'))).toEqual(fake.state.webhookDeliveries.all().map((d) => d.id));
  });

  it('sends only the event types a webhook subscribed to, and nothing to a disabled webhook', async () => {
    const { fake, received, register, send, call } = setup();
    const bounces = await register(['email.bounced']);
    const disabled = await register(['email.sent']);
    expect((await call('PATCH', `/webhooks/${disabled.id}`, { status: 'disabled' })).status).toBe(200);
    await send('bounced@resend.dev');
    await send('delivered@resend.dev');
    await fake.settleWebhooks();
    expect((await verified(received, bounces.signing_secret)).map((e) => e.type)).toEqual(['email.bounced']);
    expect(fake.state.webhookDeliveries.all().filter((d) => d.webhook_id === disabled.id)).toEqual([]);
  });

  it('produces payloads that validate against the spec for email, contact, domain and topic events', async () => {
    const { fake, received, register, send, call } = setup();
    const { signing_secret } = await register([
      'email.sent',
      'email.delivered',
      'email.bounced',
      'email.complained',
      'email.scheduled',
      'contact.created',
      'contact.updated',
      'contact.deleted',
      'contact.topics.updated',
      'domain.created',
      'domain.updated',
      'domain.deleted',
      'topic.created',
      'topic.updated',
      'topic.deleted',
    ]);
    await send(['bounced@resend.dev', 'complained@resend.dev']);
    await call('POST', '/emails', {
      from: 'a@acme.dev',
      to: 'delivered@resend.dev',
      subject: 'Later',
      text: 'x',
      scheduled_at: 'in 1 hour',
    });
    const contact = (await call('POST', '/contacts', { email: 'ada@acme.dev', first_name: 'Ada' })).body;
    await call('PATCH', `/contacts/${contact.id}`, { last_name: 'Lovelace' });
    const topic = (await call('POST', '/topics', { name: 'News', default_subscription: 'opt_in' })).body;
    await call('PATCH', `/topics/${topic.id}`, { name: 'Newsletter' });
    expect(
      (await call('PATCH', `/contacts/${contact.id}/topics`, { topics: [{ id: topic.id, subscription: 'opt_out' }] }))
        .status,
    ).toBe(200);
    await call('DELETE', `/contacts/${contact.id}`);
    await call('DELETE', `/topics/${topic.id}`);
    const domain = (await call('POST', '/domains', { name: 'news.acme.dev' })).body;
    await call('PATCH', `/domains/${domain.id}`, { open_tracking: true });
    await call('DELETE', `/domains/${domain.id}`);
    await fake.settleWebhooks();

    const events = await verified(received, signing_secret);
    expect(events.map((e) => e.type)).toEqual([
      'email.sent',
      'email.delivered',
      'email.bounced',
      'email.complained',
      'email.scheduled',
      'contact.created',
      'contact.updated',
      'topic.created',
      'topic.updated',
      'contact.topics.updated',
      'contact.deleted',
      'topic.deleted',
      'domain.created',
      'domain.updated',
      'domain.deleted',
    ]);
    expect(eventProblems({ type: 'email.bounced', created_at: 'x', data: {} } as never)).not.toEqual([]);
    for (const event of events) expect(eventProblems(event), event.type).toEqual([]);
    const deleted = events.find((e) => e.type === 'contact.deleted');
    expect(deleted?.data).toMatchObject({
      id: contact.id,
      email: 'ada@acme.dev',
      first_name: 'Ada',
      last_name: 'Lovelace',
    });
  });

  it('retries a failing endpoint with backoff, records every attempt, and shows them through the API', async () => {
    const { fake, received, register, send, call } = setup(
      (_r, n) => new Response(n < 3 ? 'busy' : 'ok', { status: n < 3 ? 503 : 200 }),
      { retryDelaysMs: [5, 10, 10] },
    );
    const webhook = await register(['email.sent']);
    await send('delivered@resend.dev');
    await fake.settleWebhooks();
    expect(received).toHaveLength(3);
    expect(new Set(received.map((r) => r.headers.get('svix-id'))).size).toBe(1);

    const list = await call('GET', `/webhooks/${webhook.id}/events`);
    expect(list.body.data).toEqual([
      {
        id: received[0]!.headers.get('svix-id'),
        type: 'email.sent',
        created_at: expect.any(String),
        status: 'success',
      },
    ]);
    const eventId = list.body.data[0].id as string;
    const one = await call('GET', `/webhooks/${webhook.id}/events/${eventId}`);
    expect(one.body).toMatchObject({
      object: 'webhook_event',
      id: eventId,
      status: 'success',
      next_attempt_at: null,
      payload: { type: 'email.sent' },
    });
    const attempts = await call('GET', `/webhooks/${webhook.id}/events/${eventId}/attempts`);
    expect(
      attempts.body.data.map((a: { http_status_code: number; response: string }) => [a.http_status_code, a.response]),
    ).toEqual([
      [200, 'ok'],
      [503, 'busy'],
      [503, 'busy'],
    ]);
    expect(attempts.body.data[0].id).toMatch(/^atmpt_/);
  });

  it('gives up after the last retry and counts a timeout as a failed attempt', async () => {
    const { fake, register, send } = setup(() => new Promise<Response>(() => {}), {
      retryDelaysMs: [5],
      timeoutMs: 20,
    });
    await register(['email.sent']);
    await send('delivered@resend.dev');
    await fake.settleWebhooks();
    const [delivery] = fake.state.webhookDeliveries.all() as StoredWebhookDelivery[];
    expect(delivery).toMatchObject({ status: 'failed', next_attempt_at: null });
    expect(delivery!.attempts.map((a) => [a.http_status_code, a.response])).toEqual([
      [0, 'No answer: no answer within 20 ms'],
      [0, 'No answer: no answer within 20 ms'],
    ]);
  });

  it('replay re-delivers the same message once, leaving the retry schedule alone', async () => {
    const { fake, received, register, send, call } = setup();
    const webhook = await register(['email.sent']);
    await send('delivered@resend.dev');
    await fake.settleWebhooks();
    const id = fake.state.webhookDeliveries.all()[0]!.id;
    expect((await call('POST', `/webhooks/${webhook.id}/events/${id}/replay`)).body).toEqual({
      object: 'webhook_event',
      id,
    });
    await fake.settleWebhooks();
    expect(received.map((r) => r.headers.get('svix-id'))).toEqual([id, id]);
    expect(fake.state.webhookDeliveries.get(id)!.attempts.map((a) => a.replay)).toEqual([false, true]);
    expect((await call('POST', `/webhooks/${webhook.id}/events/msg_nope/replay`)).status).toBe(404);
  });

  it('signs with both the old and the new secret after a rotation', async () => {
    const { fake, received, register, send, call } = setup();
    const webhook = await register(['email.sent']);
    const rotated = await call('POST', `/webhooks/${webhook.id}/signing-secret/rotate`);
    const fresh = rotated.body.signing_secret as string;
    expect(fresh).not.toBe(webhook.signing_secret);
    await send('delivered@resend.dev');
    await fake.settleWebhooks();
    expect(received[0]!.headers.get('svix-signature')!.split(' ')).toHaveLength(2);
    await expect(verified(received, webhook.signing_secret)).resolves.toHaveLength(1);
    await expect(verified(received, fresh)).resolves.toHaveLength(1);
  });

  it('accepts plain http only for loopback endpoints', async () => {
    const { call } = setup();
    const refused = await call('POST', '/webhooks', {
      endpoint: 'http://hooks.acme.dev/resend',
      events: ['email.sent'],
    });
    expect(refused).toMatchObject({
      status: 422,
      body: { name: 'validation_error', message: expect.stringContaining('loopback') },
    });
    for (const endpoint of ['http://127.0.0.1:4000/hook', 'http://localhost/hook', 'https://hooks.acme.dev/resend']) {
      expect((await call('POST', '/webhooks', { endpoint, events: ['email.sent'] })).status, endpoint).toBe(201);
    }
  });

  it('delivers in-process to a webhookHandler, which receives a verified, typed email.bounced', async () => {
    const bounces: string[][] = [];
    let handle: (request: Request) => Promise<Response> = async () => new Response('not ready', { status: 503 });
    const { fake, register, send } = setup((request) => handle(request));
    const { signing_secret } = await register(['email.bounced']);
    handle = webhookHandler(signing_secret, { 'email.bounced': (event) => void bounces.push(event.data.to) });
    await send('bounced+in-process@resend.dev');
    await fake.settleWebhooks();
    expect(bounces).toEqual([['bounced+in-process@resend.dev']]);
    expect(fake.state.webhookDeliveries.all()[0]!.status).toBe('success');
  });

  it('refuses bad delivery options with a FakeOptionsError naming the option', () => {
    expect(() => createFakeResend({ domains: ['acme.dev'], webhooks: { retryDelaysMs: [-1] } })).toThrow(
      expect.objectContaining({ option: 'webhooks.retryDelaysMs' }),
    );
    expect(() => createFakeResend({ domains: ['acme.dev'], webhooks: { timeoutMs: 0 } })).toThrow(
      expect.objectContaining({ option: 'webhooks.timeoutMs' }),
    );
  });
});
