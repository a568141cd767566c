import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call } from './helpers.js';

const fresh = () => createFakeResend({ rateLimit: false, validateResponses: true });

describe('contacts are addressed by email whatever its case', () => {
  it('refuses a second contact whose email differs only in case', async () => {
    const fake = fresh();
    expect((await call(fake, 'POST', '/contacts', { body: { email: 'ada@acme.dev' } })).status).toBe(201);
    const again = await call(fake, 'POST', '/contacts', { body: { email: 'Ada@ACME.dev' } });
    expect(again.status).toBe(422);
    expect(again.body).toMatchObject({ statusCode: 422, name: 'validation_error' });
    expect(fake.state.contacts.size).toBe(1);
  });

  it('finds, updates and deletes a contact by its email in another case, keeping the case it was given', async () => {
    const fake = fresh();
    const id = (await call(fake, 'POST', '/contacts', { body: { email: 'Ada@acme.dev' } })).body.id as string;
    const got = await call(fake, 'GET', '/contacts/ADA@ACME.DEV');
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ id, email: 'Ada@acme.dev' });
    expect((await call(fake, 'PATCH', '/contacts/ada@acme.dev', { body: { first_name: 'Ada' } })).status).toBe(200);
    expect((await call(fake, 'GET', '/contacts/ada@acme.dev/topics')).status).toBe(200);
    expect((await call(fake, 'DELETE', '/contacts/ada@ACME.dev')).status).toBe(200);
    expect(fake.state.contacts.size).toBe(0);
  });

  it('finds an audience member by its email in another case', async () => {
    const fake = fresh();
    const audience = (await call(fake, 'POST', '/audiences', { body: { name: 'Readers' } })).body.id as string;
    await call(fake, 'POST', `/audiences/${audience}/contacts`, { body: { email: 'ada@acme.dev' } });
    expect((await call(fake, 'GET', `/audiences/${audience}/contacts/ADA@acme.dev`)).status).toBe(200);
  });

  it('updates, not duplicates, a contact an import names in another case', async () => {
    const fake = fresh();
    await call(fake, 'POST', '/contacts', { body: { email: 'ada@acme.dev' } });
    const form = new FormData();
    form.set('file', new Blob(['email,first_name\nADA@acme.dev,Ada\n'], { type: 'text/csv' }), 'c.csv');
    const res = await fake.fetch(
      new Request('https://api.resend.com/contacts/imports', {
        method: 'POST',
        headers: { authorization: 'Bearer re_test_123456', 'user-agent': 'resendkit-mock-tests/1.0' },
        body: form,
      }),
    );
    expect(res.status).toBe(201);
    expect(fake.state.contacts.size).toBe(1);
    expect(fake.state.contacts.all()[0]).toMatchObject({ email: 'ada@acme.dev', first_name: 'Ada' });
  });
});
