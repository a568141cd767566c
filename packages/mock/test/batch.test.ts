import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

const fresh = () => createFakeResend({ domains: ['acme.dev'], rateLimit: false, validateResponses: true });
const attachment = { filename: 'a.txt', content: 'aGk=' };

describe('POST /emails/batch', () => {
  it('refuses attachments with 422 validation_error and sends nothing', async () => {
    const fake = fresh();
    const res = await call(fake, 'POST', '/emails/batch', { body: [email(), email({ attachments: [attachment] })] });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ name: 'validation_error' });
    expect(res.body.message).toContain('attachments');
    expect(res.body.message).toContain('email 1');
    expect(fake.state.emails.size).toBe(0);
  });

  it('is strict by default: one bad address fails the whole batch', async () => {
    const fake = fresh();
    const res = await call(fake, 'POST', '/emails/batch', { body: [email(), email({ to: 'not-an-address' })] });
    expect(res.status).toBe(422);
    expect(fake.state.emails.size).toBe(0);
  });

  it('with x-batch-validation: permissive sends the valid emails and reports the others by index', async () => {
    const fake = fresh();
    const body = [
      email({ subject: 'a' }),
      email({ to: 'not-an-address' }),
      email({ subject: 'c' }),
      email({ attachments: [attachment] }),
    ];
    const res = await call(fake, 'POST', '/emails/batch', { body, headers: { 'x-batch-validation': 'permissive' } });
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(2);
    expect(res.body.errors.map((e: { index: number }) => e.index)).toEqual([1, 3]);
    expect(res.body.errors[0].message).toContain('`to`');
    expect(res.body.data.map((d: { id: string }) => fake.state.emails.get(d.id)?.subject)).toEqual(['a', 'c']);
  });

  it('accepts scheduled_at per email and stores them as scheduled', async () => {
    const fake = fresh();
    const res = await call(fake, 'POST', '/emails/batch', { body: [email({ scheduled_at: 'in 1 hour' }), email()] });
    expect(res.status).toBe(200);
    const [first, second] = res.body.data.map((d: { id: string }) => fake.state.emails.get(d.id)!);
    expect(first.last_event).toBe('scheduled');
    expect(first.scheduled_at).not.toBeNull();
    expect(second.last_event).toBe('delivered');
  });

  it('refuses an unknown x-batch-validation value', async () => {
    const res = await call(fresh(), 'POST', '/emails/batch', {
      body: [email()],
      headers: { 'x-batch-validation': 'lenient' },
    });
    expect(res.status).toBe(422);
  });
});
