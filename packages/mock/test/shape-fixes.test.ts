import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call } from './helpers.js';

const fresh = () => createFakeResend({ rateLimit: false, validateResponses: true });

describe('shapes that follow Resend and its SDK', () => {
  it('answers a second claim of a domain with the pending claim and 200', async () => {
    const fake = fresh();
    const first = await call(fake, 'POST', '/domains/claim', { body: { name: 'Taken.dev' } });
    expect(first.status).toBe(201);
    const again = await call(fake, 'POST', '/domains/claim', { body: { name: 'taken.dev' } });
    expect([again.status, again.body.id, again.body.domain_id]).toEqual([200, first.body.id, first.body.domain_id]);
    expect(fake.state.domainClaims.size).toBe(1);
    await call(fake, 'POST', `/domains/${first.body.domain_id}/claim/verify`);
    expect((await call(fake, 'POST', '/domains/claim', { body: { name: 'taken.dev' } })).status).toBe(201);
  });

  it('gives every automation connection a type, default when none was given', async () => {
    const fake = fresh();
    const steps = [
      { key: 'start', type: 'trigger', config: { event_name: 'user.signed_up' } },
      { key: 'wait', type: 'delay', config: { duration: '1 hour' } },
    ];
    const created = await call(fake, 'POST', '/automations', {
      body: { name: 'A', steps, connections: [{ from: 'start', to: 'wait' }] },
    });
    expect(created.status).toBe(201);
    const got = await call(fake, 'GET', `/automations/${created.body.id}`);
    expect(got.body.connections).toEqual([{ from: 'start', to: 'wait', type: 'default' }]);
  });

  it('answers GET /oauth/grants without the removed resource field', async () => {
    const fake = fresh();
    const grants = await call(fake, 'GET', '/oauth/grants');
    expect(grants.body).toEqual({ object: 'list', has_more: false, data: [] });
  });
});

describe('GET /segments/metrics', () => {
  it('counts contacts per segment and once in the totals, and 404s for an unknown segment', async () => {
    const fake = fresh();
    const a = (await call(fake, 'POST', '/segments', { body: { name: 'A' } })).body.id;
    const b = (await call(fake, 'POST', '/segments', { body: { name: 'B' } })).body.id;
    await call(fake, 'POST', '/contacts', { body: { email: 'one@acme.dev', segments: [{ id: a }, { id: b }] } });
    await call(fake, 'POST', '/contacts', {
      body: { email: 'two@acme.dev', unsubscribed: true, segments: [{ id: a }] },
    });
    await call(fake, 'POST', '/contacts', { body: { email: 'three@acme.dev' } });
    const metrics = await call(fake, 'GET', '/segments/metrics?dimensions=segment');
    expect(metrics.body.totals).toEqual({ all_contacts: 2, subscribers: 1, unsubscribers: 1 });
    expect(metrics.body.data).toEqual([
      { id: a, name: 'A', all_contacts: 2, subscribers: 1, unsubscribers: 1 },
      { id: b, name: 'B', all_contacts: 1, subscribers: 1, unsubscribers: 0 },
    ]);
    const onlyB = await call(fake, 'GET', `/segments/metrics?segment_id=${b}&metrics=subscribers`);
    expect(onlyB.body).toMatchObject({ totals: { subscribers: 1 }, data: [] });
    expect((await call(fake, 'GET', '/segments/metrics?segment_id=3c2d5bd4-76a8-4f9e-a9a7-2d1e0c6c1f10')).status).toBe(
      404,
    );
  });
});
