import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

const fresh = () => createFakeResend({ domains: ['acme.dev'], rateLimit: false, validateResponses: true });
const permissive = { 'x-batch-validation': 'permissive' };

describe('POST /emails/batch with x-batch-validation: permissive', () => {
  it('reports an email missing a required field by its index and sends the others', async () => {
    const fake = fresh();
    const body = [
      email({ subject: 'a' }),
      { from: 'Acme <onboarding@acme.dev>', subject: 'b' },
      email({ subject: 'c' }),
    ];
    const res = await call(fake, 'POST', '/emails/batch', { body, headers: permissive });
    expect(res.status).toBe(200);
    expect(res.body.data.map((d: { id: string }) => fake.state.emails.get(d.id)?.subject)).toEqual(['a', 'c']);
    expect(res.body.errors).toEqual([{ index: 1, message: 'Missing `[1].to` field.' }]);
  });

  it('reports an email of the wrong shape by its index and sends the others', async () => {
    const fake = fresh();
    const body = [email({ to: 5 }), email({ subject: 'b' }), 'not an email'];
    const res = await call(fake, 'POST', '/emails/batch', { body, headers: permissive });
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.errors.map((e: { index: number }) => e.index)).toEqual([0, 2]);
    expect(res.body.errors[0].message).toContain('`[0].to`');
    expect(res.body.errors[1].message).toContain('`[2]`');
  });

  it('still refuses the whole batch when the array itself is invalid', async () => {
    const fake = fresh();
    const body = [...Array.from({ length: 100 }, () => email()), { subject: 'no sender' }];
    const res = await call(fake, 'POST', '/emails/batch', { body, headers: permissive });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ name: 'validation_error' });
    expect(fake.state.emails.size).toBe(0);
  });
});
