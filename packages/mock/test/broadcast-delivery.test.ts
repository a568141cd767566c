import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call } from './helpers.js';

async function setup(domains = ['acme.dev']) {
  const deliveries: { type: string; data: Record<string, unknown> }[] = [];
  const fake = createFakeResend({
    rateLimit: false,
    validateResponses: true,
    domains,
    webhooks: { fetch: async (r) => (deliveries.push(await r.json()), new Response('ok')) },
  });
  await call(fake, 'POST', '/webhooks', {
    body: { endpoint: 'https://hooks.acme.dev/b', events: ['email.sent', 'email.bounced'] },
  });
  const segment = (await call(fake, 'POST', '/segments', { body: { name: 'Readers' } })).body.id as string;
  const topic = (await call(fake, 'POST', '/topics', { body: { name: 'News', default_subscription: 'opt_in' } })).body
    .id as string;
  for (const [address, extra] of [
    ['delivered+ada@resend.dev', {}],
    ['bounced@resend.dev', {}],
    ['delivered+gone@resend.dev', { unsubscribed: true }],
    ['delivered+quiet@resend.dev', { topics: [{ id: topic, subscription: 'opt_out' }] }],
  ] as const) {
    await call(fake, 'POST', '/contacts', { body: { email: address, segments: [{ id: segment }], ...extra } });
  }
  await call(fake, 'POST', '/contacts', { body: { email: 'delivered+outsider@resend.dev' } });
  const broadcast = (
    await call(fake, 'POST', '/broadcasts', {
      body: {
        segment_id: segment,
        topic_id: topic,
        from: 'News <news@acme.dev>',
        subject: 'Launch',
        html: '<a href="https://acme.dev/launch">Launch</a>',
      },
    })
  ).body.id as string;
  return { fake, broadcast, deliveries };
}

describe('sending a broadcast', () => {
  it('emails every subscribed contact of its segment, with webhooks, recipients and clicked links read from state', async () => {
    const { fake, broadcast, deliveries } = await setup();
    expect((await call(fake, 'POST', `/broadcasts/${broadcast}/send`, { body: {} })).status).toBe(200);
    const emails = fake.state.emails.all();
    expect(emails.map((e) => e.to[0]).sort()).toEqual(['bounced@resend.dev', 'delivered+ada@resend.dev']);
    expect(
      emails.every((e) => e.subject === 'Launch' && (e as { broadcast_id?: string }).broadcast_id === broadcast),
    ).toBe(true);

    await fake.settleWebhooks();
    expect(deliveries.map((d) => d.type).sort()).toEqual(['email.bounced', 'email.sent', 'email.sent']);
    expect(deliveries[0]!.data).toMatchObject({ broadcast_id: broadcast, message_id: expect.stringMatching(/^<.+>$/) });

    const sent = await call(fake, 'GET', `/broadcasts/${broadcast}/recipients?type=sent`);
    expect(sent.body.data).toHaveLength(2);
    const bounced = await call(fake, 'GET', `/broadcasts/${broadcast}/recipients?type=bounced`);
    expect(bounced.body.data).toEqual([
      expect.objectContaining({ email: 'bounced@resend.dev', bounce_type: 'permanent', count: 1 }),
    ]);

    const ada = emails.find((e) => e.to[0] === 'delivered+ada@resend.dev')!;
    fake.simulateEmailEvent(ada.id, 'email.clicked');
    fake.simulateEmailEvent(ada.id, 'email.clicked');
    const clicked = await call(fake, 'GET', `/broadcasts/${broadcast}/recipients?type=clicked`);
    expect(clicked.body.data).toEqual([
      expect.objectContaining({
        email: 'delivered+ada@resend.dev',
        count: 2,
        clicked_links: [{ url: 'https://acme.dev/launch', clicks: 2 }],
      }),
    ]);
    const links = await call(fake, 'GET', `/broadcasts/${broadcast}/clicked-links`);
    expect(links.body.data).toEqual([
      { id: expect.any(String), url: 'https://acme.dev/launch', clicks: 2, unique_clicks: 1 },
    ]);
    expect((await call(fake, 'GET', `/broadcasts/${broadcast}/clicked-links`)).body.data[0].id).toBe(
      links.body.data[0].id,
    );

    const metrics = await call(fake, 'GET', `/emails/metrics?metrics=sent,bounced&broadcast_id=${broadcast}`);
    expect(metrics.body.totals).toEqual({ sent: 2, bounced: 1 });
  });

  it('refuses a from on an unverified domain and sends nothing, scheduled or not', async () => {
    const { fake, broadcast } = await setup([]);
    const refused = await call(fake, 'POST', `/broadcasts/${broadcast}/send`, { body: {} });
    expect([refused.status, refused.body.name]).toEqual([403, 'validation_error']);
    expect(fake.state.broadcasts.get(broadcast)?.status).toBe('draft');
    expect(fake.state.emails.size).toBe(0);
    const later = await call(fake, 'POST', `/broadcasts/${broadcast}/send`, { body: { scheduled_at: 'in 1 hour' } });
    expect([later.status, later.body.name]).toEqual([403, 'validation_error']);
    expect(fake.state.broadcasts.get(broadcast)?.status).toBe('draft');
    expect(fake.state.emails.size).toBe(0);
  });

  it('answers 404 for the recipients and links of an unknown broadcast', async () => {
    const { fake } = await setup();
    const id = '3c2d5bd4-76a8-4f9e-a9a7-2d1e0c6c1f10';
    expect((await call(fake, 'GET', `/broadcasts/${id}/recipients?type=sent`)).status).toBe(404);
    expect((await call(fake, 'GET', `/broadcasts/${id}/clicked-links`)).status).toBe(404);
  });
});
