import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

const fresh = () => createFakeResend({ domains: ['acme.dev'], rateLimit: false });
const recipients = (count: number) => Array.from({ length: count }, (_, i) => `delivered+${i}@resend.dev`);

// `to` is a string or a list: a list that breaks the list's rules must be told so, not "must be string".
describe('422 messages for fields that take a string or a list', () => {
  it('says a `to` list of 51 addresses has more than 50 items', async () => {
    const res = await call(fresh(), 'POST', '/emails', { body: email({ to: recipients(51) }) });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      name: 'validation_error',
      message: 'Invalid `to` field: must NOT have more than 50 items.',
    });
  });

  it('says an empty `to` list has fewer than 1 item', async () => {
    const res = await call(fresh(), 'POST', '/emails', { body: email({ to: [] }) });
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('Invalid `to` field: must NOT have fewer than 1 items.');
  });

  it('still names both kinds when `to` is neither', async () => {
    const res = await call(fresh(), 'POST', '/emails', { body: email({ to: 5 }) });
    expect(res.body.message).toBe('Invalid `to` field: must be string or array.');
  });
});
