import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call } from './helpers.js';

const fresh = () => createFakeResend({ rateLimit: false, validateResponses: true });
const bothDisabled = { sending: 'disabled', receiving: 'disabled' };

describe('domain capabilities', () => {
  it('refuses creating a domain with sending and receiving both disabled, with 422 validation_error', async () => {
    const fake = fresh();
    const res = await call(fake, 'POST', '/domains', { body: { name: 'acme.dev', capabilities: bothDisabled } });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ name: 'validation_error' });
    expect(res.body.message).toContain('capabilities');
    expect(fake.state.domains.size).toBe(0);
  });

  it('refuses an update that would leave neither capability enabled, and changes nothing', async () => {
    const fake = fresh();
    const { body: domain } = await call(fake, 'POST', '/domains', { body: { name: 'acme.dev' } });
    const res = await call(fake, 'PATCH', `/domains/${domain.id}`, {
      body: { open_tracking: true, capabilities: { sending: 'disabled' } },
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ name: 'validation_error' });
    const after = await call(fake, 'GET', `/domains/${domain.id}`);
    expect(after.body).toMatchObject({
      open_tracking: false,
      capabilities: { sending: 'enabled', receiving: 'disabled' },
    });
  });
});
