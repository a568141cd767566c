import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { API, HEADERS } from './helpers.js';

const CSV = 'Email,First Name\nsteve@example.org,Steve\n';

async function importContacts(
  fields: Record<string, string | Blob>,
  headers: Record<string, string> = {},
  fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false }),
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const response = await fake.fetch(
    new Request(`${API}/contacts/imports`, { method: 'POST', headers: { ...HEADERS, ...headers }, body: form }),
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the contact import multipart body', () => {
  it('accepts a CSV file with JSON-encoded segments', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const segment = await fake.fetch(
      new Request(`${API}/segments`, {
        method: 'POST',
        headers: { ...HEADERS, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'VIP' }),
      }),
    );
    const { id } = (await segment.json()) as { id: string };
    const { status, body } = await importContacts(
      { file: new Blob([CSV], { type: 'text/csv' }), on_conflict: 'skip', segments: JSON.stringify([{ id }]) },
      {},
      fake,
    );
    expect(status).toBe(201);
    expect(body).toMatchObject({ object: 'contact_import' });
  });

  it('refuses an import without its file', async () => {
    const { status, body } = await importContacts({ on_conflict: 'skip' });
    expect(status).toBe(422);
    expect(body).toEqual({ statusCode: 422, name: 'missing_required_field', message: 'Missing `file` field.' });
  });

  it('names a form field outside its enum', async () => {
    const { status, body } = await importContacts({ file: new Blob([CSV]), on_conflict: 'merge' });
    expect(status).toBe(422);
    expect(body).toMatchObject({ name: 'validation_error' });
    expect(body.message).toContain('`on_conflict`');
  });

  it('refuses a JSON-encoded part that is not JSON', async () => {
    const { status, body } = await importContacts({ file: new Blob([CSV]), segments: '[{"id":' });
    expect(status).toBe(422);
    expect(body.message).toBe('Invalid `segments` field: the form part must be JSON.');
  });

  it('refuses a JSON-encoded part nested deeper than 128 levels, naming the part', async () => {
    const segment = `{"id":"78e7a5c6-9a91-4c63-9d1f-3b9c0b5b9ab6","note":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const { status, body } = await importContacts({ file: new Blob([CSV]), segments: `[${segment}]` });
    expect(status).toBe(422);
    expect(body.message).toBe(
      'Invalid `segments` field: the form part nests arrays and objects deeper than 128 levels.',
    );
  });

  it('refuses a multipart body without a boundary', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
    const response = await fake.fetch(
      new Request(`${API}/contacts/imports`, {
        method: 'POST',
        headers: { ...HEADERS, 'content-type': 'multipart/form-data' },
        body: 'file=x',
      }),
    );
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ message: 'The multipart body has no boundary in its Content-Type.' });
  });
});
