import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { call, email } from './helpers.js';

const fake = () => createFakeResend({ domains: ['acme.dev'], rateLimit: false });

describe('request validation against the spec', () => {
  it('answers 422 missing_required_field naming the missing field', async () => {
    const { status, body } = await call(fake(), 'POST', '/emails', { body: { from: 'a@acme.dev', subject: 'x' } });
    expect(status).toBe(422);
    expect(body).toEqual({ statusCode: 422, name: 'missing_required_field', message: 'Missing `to` field.' });
  });

  it('answers 422 validation_error naming a field of the wrong type', async () => {
    const { status, body } = await call(fake(), 'POST', '/emails', { body: email({ to: 42 }) });
    expect(status).toBe(422);
    expect(body.name).toBe('validation_error');
    expect(body.message).toContain('`to`');
  });

  it('names nested fields with their index', async () => {
    const { body } = await call(fake(), 'POST', '/emails', {
      body: email({ tags: [{ name: 'ok', value: 'not ok!' }] }),
    });
    expect(body.name).toBe('validation_error');
    expect(body.message).toContain('`tags[0].value`');
  });

  it('answers 422 missing_required_field for a batch item without `to`', async () => {
    const { status, body } = await call(fake(), 'POST', '/emails/batch', {
      body: [email(), { from: 'a@acme.dev', subject: 's' }],
    });
    expect(status).toBe(422);
    expect(body.name).toBe('missing_required_field');
    expect(body.message).toContain('[1].to');
  });

  it('refuses a batch of more than 100 emails and stores none', async () => {
    const f = fake();
    const { status, body } = await call(f, 'POST', '/emails/batch', {
      body: Array.from({ length: 101 }, () => email()),
    });
    expect(status).toBe(422);
    expect(body.name).toBe('validation_error');
    expect(f.state.emails.size).toBe(0);
  });

  it('refuses a malformed `from` address with validation_error', async () => {
    const { status, body } = await call(fake(), 'POST', '/emails', { body: email({ from: 'not an address' }) });
    expect(status).toBe(422);
    expect(body.message).toContain('`from`');
  });

  it('answers invalid_attachment when an attachment has neither content nor path', async () => {
    const { status, body } = await call(fake(), 'POST', '/emails', {
      body: email({ attachments: [{ filename: 'a.txt' }] }),
    });
    expect(status).toBe(422);
    expect(body.name).toBe('invalid_attachment');
  });

  it('answers 422 validation_error for a body that is not JSON', async () => {
    const { status, body } = await call(fake(), 'POST', '/emails', {
      body: '{"from":',
      headers: { 'content-type': 'application/json' },
    });
    expect(status).toBe(422);
    expect(body.name).toBe('validation_error');
  });

  it('answers 422 invalid_parameter for a path parameter that is not a UUID', async () => {
    const { status, body } = await call(fake(), 'GET', '/emails/not-a-uuid');
    expect(status).toBe(422);
    expect(body).toMatchObject({ name: 'invalid_parameter' });
    expect(body.message).toContain('`email_id`');
  });

  it('answers 422 validation_error naming a query parameter out of range', async () => {
    const { status, body } = await call(fake(), 'GET', '/emails?limit=abc');
    expect(status).toBe(422);
    expect(body.name).toBe('validation_error');
    expect(body.message).toContain('`limit`');
  });

  it('answers 404 not_found for an unknown path', async () => {
    const { status, body } = await call(fake(), 'GET', '/nothing-here');
    expect(status).toBe(404);
    expect(body.name).toBe('not_found');
  });

  it('answers 405 method_not_allowed for a known path with the wrong method', async () => {
    const { status, body, headers } = await call(fake(), 'PUT', '/emails');
    expect(status).toBe(405);
    expect(body.name).toBe('method_not_allowed');
    expect(headers.get('allow')).toContain('POST');
  });

  it('routes literal segments before parameters (/emails/batch is not an email id)', async () => {
    const { status, body } = await call(fake(), 'GET', '/emails/batch');
    expect(status).toBe(405);
    expect(body.name).toBe('method_not_allowed');
  });

  it('answers 404 not_found for a well-formed id that does not exist', async () => {
    const { status, body } = await call(fake(), 'GET', '/emails/4ef9a417-02e9-4d39-ad75-9611e0fcc33c');
    expect(status).toBe(404);
    expect(body.name).toBe('not_found');
  });
});
