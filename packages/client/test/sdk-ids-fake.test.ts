/**
 * The official SDK's calls with the IDs inside the options, made against the in-process fake of
 * `@resendkit/mock`: each reaches its route with the body the API expects, and the fake's state shows
 * the change.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeResend } from '../../mock/src/index.js';
import { createResendClient } from '../src/index.js';

interface Seen {
  method: string;
  path: string;
  body: unknown;
}

function setup() {
  const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
  const seen: Seen[] = [];
  const fetch = async (request: Request) => {
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const url = new URL(request.url);
    seen.push({
      method: request.method,
      path: decodeURIComponent(url.pathname),
      body: text === '' ? undefined : JSON.parse(text),
    });
    return fake.fetch(request);
  };
  const resend = createResendClient({ apiKey: 're_sdk_ids_fake_key', fetch, rateLimit: false, retry: false });
  return { fake, resend, seen, last: () => seen.at(-1)! };
}

let ctx: ReturnType<typeof setup>;
beforeEach(() => {
  ctx = setup();
});

describe("the SDK's ID-in-options calls against the fake", () => {
  it('emails.update({ id, scheduledAt }) reschedules the email', async () => {
    const { resend, last } = ctx;
    const [inOneHour, inTwoHours] = [1, 2].map((h) => new Date(Date.now() + h * 3_600_000).toISOString());
    const sent = await resend.emails.send({
      from: 'Acme <hi@acme.dev>',
      to: 'delivered@resend.dev',
      subject: 'Later',
      text: 'Hi',
      scheduledAt: inOneHour,
    });
    const id = sent.data!.id;
    const updated = await resend.emails.update({ id, scheduledAt: inTwoHours });
    expect(updated.error).toBeUndefined();
    expect(last()).toEqual({
      method: 'PATCH',
      path: `/emails/${id}`,
      body: { scheduled_at: inTwoHours },
    });
    const { data } = await resend.emails.get(id);
    expect(new Date(data!.scheduled_at!).toISOString()).toBe(inTwoHours);
  });

  it('domains.update({ id, … }) changes the tracking settings', async () => {
    const { resend, last } = ctx;
    const domain = (await resend.domains.list()).data!.data[0]!;
    const updated = await resend.domains.update({ id: domain.id, openTracking: true, clickTracking: true });
    expect(updated.error).toBeUndefined();
    expect(last()).toEqual({
      method: 'PATCH',
      path: `/domains/${domain.id}`,
      body: { open_tracking: true, click_tracking: true },
    });
    const { data } = await resend.domains.get(domain.id);
    expect(data).toMatchObject({ open_tracking: true, click_tracking: true });
  });

  it('topics.update({ id, … }) and contactProperties.update({ id, fallbackValue })', async () => {
    const { resend, seen } = ctx;
    const topic = await resend.topics.create({ name: 'News', defaultSubscription: 'opt_in' });
    const topicId = topic.data!.id;
    expect((await resend.topics.update({ id: topicId, name: 'Newsletter' })).error).toBeUndefined();
    expect((await resend.topics.get(topicId)).data!.name).toBe('Newsletter');
    const property = await resend.contactProperties.create({ key: 'plan', type: 'string', fallbackValue: 'free' });
    const propertyId = property.data!.id;
    const updated = await resend.contactProperties.update({ id: propertyId, fallbackValue: 'pro' });
    expect(updated.error).toBeUndefined();
    expect((await resend.contactProperties.get(propertyId)).data!.fallback_value).toBe('pro');
    expect(seen.filter((s) => s.method === 'PATCH')).toEqual([
      { method: 'PATCH', path: `/topics/${topicId}`, body: { name: 'Newsletter' } },
      { method: 'PATCH', path: `/contact-properties/${propertyId}`, body: { fallback_value: 'pro' } },
    ]);
  });

  it('contacts.get/update/remove({ id | email }) and contacts.segments.add({ contactId, segmentId })', async () => {
    const { resend, last } = ctx;
    const created = await resend.contacts.create({ email: 'ada@example.com', firstName: 'Ada' });
    const contactId = created.data!.id;
    expect((await resend.contacts.get({ email: 'ada@example.com' })).data!.id).toBe(contactId);
    expect(last().path).toBe('/contacts/ada@example.com');

    expect((await resend.contacts.update({ email: 'ada@example.com', lastName: 'Lovelace' })).error).toBeUndefined();
    expect(last()).toEqual({ method: 'PATCH', path: '/contacts/ada@example.com', body: { last_name: 'Lovelace' } });
    expect((await resend.contacts.get({ id: contactId })).data!.last_name).toBe('Lovelace');

    const segment = await resend.segments.create({ name: 'Beta' });
    const segmentId = segment.data!.id;
    expect((await resend.contacts.segments.add({ contactId, segmentId })).error).toBeUndefined();
    expect(last()).toEqual({ method: 'POST', path: `/contacts/${contactId}/segments/${segmentId}`, body: undefined });
    const segments = await resend.contacts.segments.list({ email: 'ada@example.com' });
    expect(segments.data!.data.map((s) => s.id)).toEqual([segmentId]);

    expect((await resend.contacts.remove({ email: 'ada@example.com' })).error).toBeUndefined();
    expect(last()).toMatchObject({ method: 'DELETE', path: '/contacts/ada@example.com' });
    expect((await resend.contacts.get(contactId)).error).toMatchObject({ statusCode: 404 });
  });

  it('contacts.get/update({ …, audienceId }) go to the audience route, as in the SDK', async () => {
    const { resend, last } = ctx;
    const segmentId = (await resend.segments.create({ name: 'Beta' })).data!.id;
    const contactId = (await resend.contacts.create({ email: 'bob@example.com', segments: [{ id: segmentId }] })).data!
      .id;
    const got = await resend.contacts.get({ id: contactId, audienceId: segmentId });
    expect(last().path).toBe(`/audiences/${segmentId}/contacts/${contactId}`);
    expect(got.data?.email).toBe('bob@example.com');
    await resend.contacts.update({ email: 'bob@example.com', audienceId: segmentId, firstName: 'Bob' });
    expect(last()).toEqual({
      method: 'PATCH',
      path: `/audiences/${segmentId}/contacts/bob@example.com`,
      body: { first_name: 'Bob' },
    });
  });

  it('automations.runs.get({ automationId, runId }) reaches the run', async () => {
    const { resend, last } = ctx;
    const [automationId, runId] = [crypto.randomUUID(), crypto.randomUUID()];
    const result = await resend.automations.runs.get({ automationId, runId });
    expect(last()).toMatchObject({ method: 'GET', path: `/automations/${automationId}/runs/${runId}` });
    expect(result.error).toMatchObject({ statusCode: 404 });
  });
});

describe("the SDK's inbox calls against the fake", () => {
  /** An inbox at support@acme.dev with one received thread. */
  async function inboxWithThread() {
    const { resend, fake } = ctx;
    const inboxId = (await resend.inboxes.create({ emailAddress: 'support@acme.dev' })).data!.id;
    fake.receiveEmail({
      from: 'delivered@resend.dev',
      to: 'support@acme.dev',
      subject: 'Invoice',
      text: 'Where is it?',
    });
    const threads = await resend.inboxes.threads.list({ inboxId });
    const threadId = threads.data!.data[0]!.id;
    return { inboxId, threadId };
  }

  it('threads: get, read the emails, reply, mark read (by inbox ID or address)', async () => {
    const { resend, last } = ctx;
    const { inboxId, threadId } = await inboxWithThread();
    const thread = await resend.inboxes.threads.get({ emailAddress: 'support@acme.dev', threadId });
    expect(thread.data!.id).toBe(threadId);
    expect(last().path).toBe(`/inboxes/support@acme.dev/threads/${threadId}`);
    const emails = await resend.inboxes.threads.emails.list({ inboxId, threadId });
    const emailId = emails.data!.data[0]!.id;
    expect((await resend.inboxes.threads.emails.get({ inboxId, threadId, emailId })).data!.id).toBe(emailId);
    const reply = await resend.inboxes.threads.emails.reply({ inboxId, threadId, emailId, text: 'Sent it again.' });
    expect(reply.error).toBeUndefined();
    expect(last()).toEqual({
      method: 'POST',
      path: `/inboxes/${inboxId}/threads/${threadId}/emails/${emailId}/reply`,
      body: { text: 'Sent it again.' },
    });
    expect((await resend.inboxes.threads.update({ inboxId, threadId, read: true })).error).toBeUndefined();
    expect(last()).toEqual({ method: 'PATCH', path: `/inboxes/${inboxId}/threads/${threadId}`, body: { read: true } });
  });

  it('labels: create, put on a thread, rename, take off, delete', async () => {
    const { resend, last } = ctx;
    const { inboxId, threadId } = await inboxWithThread();
    const labelId = (await resend.inboxes.labels.create({ inboxId, name: 'Billing' })).data!.id;
    expect(last()).toEqual({ method: 'POST', path: `/inboxes/${inboxId}/labels`, body: { name: 'Billing' } });
    const added = await resend.inboxes.threads.labels.add({ inboxId, threadId, labels: [labelId] });
    expect(added.error).toBeUndefined();
    expect(last().body).toEqual({ labels: [labelId] });
    expect((await resend.inboxes.labels.update({ inboxId, labelId, name: 'Invoices' })).error).toBeUndefined();
    expect((await resend.inboxes.labels.list({ inboxId })).data!.data.map((l) => l.name)).toEqual(['Invoices']);
    const removed = await resend.inboxes.threads.labels.remove({ inboxId, threadId, labelId });
    expect(removed.error).toBeUndefined();
    expect(last().path).toBe(`/inboxes/${inboxId}/threads/${threadId}/labels/${labelId}`);
    expect((await resend.inboxes.labels.remove({ inboxId, labelId })).error).toBeUndefined();
  });

  it('drafts: create, get, update, send', async () => {
    const { resend, last } = ctx;
    const { inboxId } = await inboxWithThread();
    const draft = await resend.inboxes.drafts.create({
      inboxId,
      to: 'bob@widgets.dev',
      subject: 'Hello',
      text: 'First draft',
    });
    const draftId = draft.data!.id;
    expect(last()).toEqual({
      method: 'POST',
      path: `/inboxes/${inboxId}/drafts`,
      body: { to: 'bob@widgets.dev', subject: 'Hello', text: 'First draft' },
    });
    expect((await resend.inboxes.drafts.update({ inboxId, draftId, text: 'Second draft' })).error).toBeUndefined();
    expect((await resend.inboxes.drafts.get({ emailAddress: 'support@acme.dev', draftId })).data!.text).toBe(
      'Second draft',
    );
    const sent = await resend.inboxes.drafts.send({ inboxId, draftId });
    expect(sent.error).toBeUndefined();
    expect(last()).toMatchObject({ method: 'POST', path: `/inboxes/${inboxId}/drafts/${draftId}/send` });
  });
});
