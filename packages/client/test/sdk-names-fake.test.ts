/**
 * SDK option names that a migrating user's code passes as written, against the in-process fake of
 * `@resendkit/mock`: each must reach the API under the API's name, since the API ignores a name it
 * does not know and the call would succeed doing something else.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../../mock/src/index.js';
import { createResendClient } from '../src/index.js';

function setup() {
  const fake = createFakeResend({ rateLimit: false });
  const seen: Request[] = [];
  const fetch = (request: Request) => {
    seen.push(request.clone());
    return fake.fetch(request);
  };
  const resend = createResendClient({ apiKey: 're_sdk_names_fake_key', fetch, rateLimit: false, retry: false });
  return { resend, seen };
}

describe("the SDK's option names against the fake", () => {
  it('contacts.imports.create sends columnMap and onConflict as the form fields column_map and on_conflict', async () => {
    const { resend, seen } = setup();
    const file = new Blob(['Mail,Given\nada@acme.dev,Ada\n'], { type: 'text/csv' });
    const created = await resend.contacts.imports.create({
      file,
      columnMap: { email: 'Mail', firstName: 'Given' },
      onConflict: 'skip',
    });
    const form = await seen.at(-1)!.formData();
    expect([...form.keys()].sort()).toEqual(['column_map', 'file', 'on_conflict']);
    expect(JSON.parse(String(form.get('column_map')))).toEqual({ email: 'Mail', first_name: 'Given' });
    expect(form.get('on_conflict')).toBe('skip');
    const { data } = await resend.contacts.imports.get(created.data!.id);
    expect(data!.counts).toMatchObject({ created: 1, failed: 0 });
  });

  it("contacts.list({ audienceId }) lists that audience's contacts only, as the SDK does", async () => {
    const { resend, seen } = setup();
    const segment = (await resend.segments.create({ name: 'Beta' })).data!.id;
    await resend.contacts.create({ email: 'in@acme.dev', segments: [{ id: segment }] });
    await resend.contacts.create({ email: 'out@acme.dev' });
    const { data, error } = await resend.contacts.list({ audienceId: segment });
    expect(error).toBeUndefined();
    expect(new URL(seen.at(-1)!.url).searchParams.get('segment_id')).toBe(segment);
    expect(data!.data.map((c) => c.email)).toEqual(['in@acme.dev']);
  });

  it('inboxes.threads.list and automations.runs.list send an array filter as one comma-separated value, as the spec and the SDK do', async () => {
    const { resend, seen } = setup();
    const inboxId = '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e';
    await resend.inboxes.threads.list({ inboxId, folders: ['inbox', 'archive'] });
    expect(new URL(seen.at(-1)!.url).searchParams.getAll('folders')).toEqual(['inbox,archive']);
    await resend.automations.runs.list({ automationId: inboxId, status: ['running', 'failed'] });
    expect(new URL(seen.at(-1)!.url).searchParams.getAll('status')).toEqual(['running,failed']);
  });

  it('contacts.list refuses segmentId together with audienceId, with nothing sent', async () => {
    const { resend, seen } = setup();
    const id = '78261eea-8f8b-4381-83c6-79fa7120f1cf';
    const { error } = await resend.contacts.list({ segmentId: id, audienceId: id });
    expect(error).toMatchObject({ name: 'invalid_option', statusCode: null });
    expect(seen).toHaveLength(0);
  });
});
