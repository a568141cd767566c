import { describe, expect, it } from 'vitest';
import { createFakeResend, type FakeResend } from '../src/index.js';
import { exampleFor } from '../src/examples.js';
import { bundledSpec, listOperations, requestMedia, type Operation } from '../src/spec.js';
import { HEADERS } from './helpers.js';

const operations = listOperations(bundledSpec);

/** Creates first (so later calls can address what they made), deletes last, deepest first. */
function order(ops: Operation[]): Operation[] {
  const rank = (op: Operation) =>
    op.method === 'DELETE' ? 2 : op.method === 'POST' && !op.template.includes('{') ? 0 : 1;
  return [...ops].sort(
    (a, b) => rank(a) - rank(b) || (rank(a) === 2 ? b.template.split('/').length - a.template.split('/').length : 0),
  );
}

/**
 * The ID of an object created earlier for the collection at `collection` (a template prefix such as
 * `/inboxes/{inbox_id}/drafts`): a domain claim is addressed by its placeholder domain, and a thread's
 * label by a label of the inbox.
 */
function createdFor(collection: string, template: string, created: Map<string, string>): string | undefined {
  if (collection === '/domains' && /\/claim(\/verify)?$/.test(template)) return created.get('/domains/claim#domain_id');
  if (collection.endsWith('/threads/{thread_id}/labels')) return created.get('/inboxes/{inbox_id}/labels');
  // `/webhooks/{id}/events/{event_id}` addresses a delivery, not a custom event of `/events`.
  if (collection.startsWith('/webhooks/') && collection.endsWith('/events')) return created.get('webhooks/events');
  // A nested membership (`/contacts/{contact_id}/segments/{segment_id}`) names a top-level object.
  return created.get(collection) ?? created.get(`/${collection.split('/').pop()}`);
}

/** Remembers what a successful POST created, by its collection template. */
function remember(op: Operation, text: string, created: Map<string, string>): void {
  if (op.method !== 'POST' || !text) return;
  const body = JSON.parse(text) as { id?: unknown; domain_id?: unknown };
  if (typeof body.id === 'string' && !created.has(op.template)) created.set(op.template, body.id);
  if (typeof body.domain_id === 'string') created.set(`${op.template}#domain_id`, body.domain_id);
}

/** A grant from a real OAuth flow (the spec's example code and client were never issued by this fake). */
async function grantFromFlow(fake: FakeResend, created: Map<string, string>): Promise<void> {
  const post = (path: string, body: unknown) =>
    fake.fetch(
      new Request(`https://api.resend.com${path}`, {
        method: 'POST',
        headers: { ...HEADERS, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
  const redirect = 'http://127.0.0.1/cb';
  const client = (await (await post('/oauth/register', { client_name: 'walk', redirect_uris: [redirect] })).json()) as {
    client_id: string;
  };
  const verifier = 'v'.repeat(43);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const challenge = btoa(String.fromCharCode(...digest))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  const query = new URLSearchParams({
    client_id: client.client_id,
    response_type: 'code',
    redirect_uri: redirect,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  const authorize = await fake.fetch(
    new Request(`https://api.resend.com/oauth/authorize?${query}`, { headers: HEADERS }),
  );
  const code = new URL(authorize.headers.get('location')!).searchParams.get('code');
  await post('/oauth/token', {
    grant_type: 'authorization_code',
    client_id: client.client_id,
    code,
    redirect_uri: redirect,
    code_verifier: verifier,
  });
  const grant = fake.state.oauthGrants.all()[0];
  if (grant) created.set('/oauth/grants', grant.id);
}

/** Objects no POST creates (automation runs, threads, attachments, received emails) are found through their list. */
async function fillFromLists(fake: FakeResend, created: Map<string, string>): Promise<void> {
  await grantFromFlow(fake, created);
  const received = fake.receiveEmail({
    from: 'Ada <ada@example.org>',
    to: 'support@acme.dev',
    subject: 'Invoice',
    text: 'Hi',
    attachments: [{ filename: 'a.txt', content: 'aGk=' }],
  });
  created.set('/emails/receiving', received.id);
  for (const op of operations.filter(
    (o) =>
      o.method === 'GET' && /\/(runs|threads|attachments|logs)$|\/threads\/\{thread_id\}\/emails$/.test(o.template),
  )) {
    const response = await fake.fetch(exampleRequest(op, created));
    const first = ((await response.json()) as { data?: { id: string }[] }).data?.[0];
    if (first) created.set(op.template, first.id);
  }
}

function exampleRequest(op: Operation, created: Map<string, string>, scheduleEmails = false): Request {
  const segments = op.template.split('/');
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const path = segments
    .map((segment, i) => {
      const name = /^\{(.+)\}$/.exec(segment)?.[1];
      if (!name) return segment;
      const param = pathParams.find((p) => p.name === name);
      const value =
        createdFor(segments.slice(0, i).join('/'), op.template, created) ??
        param?.example ??
        exampleFor(bundledSpec, param?.schema ?? {});
      return encodeURIComponent(String(value));
    })
    .join('/');
  const query = new URLSearchParams();
  for (const p of op.parameters.filter((p) => p.in === 'query' && p.required)) {
    const value = p.example ?? exampleFor(bundledSpec, p.schema);
    query.set(p.name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const headers = new Headers(HEADERS);
  let body: BodyInit | undefined;
  const media = requestMedia(bundledSpec, op, null) ?? requestMedia(bundledSpec, op, 'multipart/form-data');
  if (media) {
    const named = media.media.examples as Record<string, { value?: unknown }> | undefined;
    const example =
      media.media.example ?? Object.values(named ?? {})[0]?.value ?? exampleFor(bundledSpec, media.media.schema ?? {});
    // Reschedule and cancel only apply to scheduled emails, so the stateful walk schedules the one it sends.
    if (scheduleEmails && op.method === 'POST' && op.template === '/emails')
      Object.assign(example as object, { scheduled_at: 'in 1 hour' });
    // The spec's example time has passed: the email would go out then, and cancel would refuse it.
    if (scheduleEmails && op.method === 'PATCH' && op.template === '/emails/{email_id}')
      Object.assign(example as object, { scheduled_at: 'in 2 hours' });
    // Likewise a broadcast: scheduled for a time past, it goes out at once, and cancel would refuse it.
    if (scheduleEmails && op.method === 'POST' && op.template === '/broadcasts/{broadcast_id}/send')
      Object.assign(example as object, { scheduled_at: 'in 1 hour' });
    // Scheduling checks what a send checks, so the broadcast needs a segment that exists.
    const segment = created.get('/segments');
    if (scheduleEmails && op.method === 'POST' && op.template === '/broadcasts' && segment)
      Object.assign(example as object, { segment_id: segment });
    // An unknown topic is refused too, so the contact's topic choices name the topic created.
    const topic = created.get('/topics');
    if (scheduleEmails && op.method === 'PATCH' && op.template === '/contacts/{contact_id}/topics' && topic) {
      const choices = (example as { topics: { id: string }[] }).topics;
      Object.assign(example as object, { topics: choices.map((choice) => ({ ...choice, id: topic })) });
    }
    // A contact (or import) naming a segment or topic that does not exist is refused: the walk
    // names the ones it created, or none yet.
    if (op.method === 'POST' && (op.template === '/contacts' || op.template === '/contacts/imports')) {
      const named = example as { segments?: unknown; topics?: { subscription: string }[] };
      if (segment) named.segments = [{ id: segment }];
      else delete named.segments;
      if (topic && named.topics) named.topics = named.topics.map((t) => ({ ...t, id: topic }));
      else delete named.topics;
    }
    // A draft send is a send: the sending rules refuse the examples' `example.com` recipients.
    if (['POST', 'PATCH'].includes(op.method) && /\/drafts(\/\{draft_id\})?$/.test(op.template))
      Object.assign(example as object, { to: 'delivered@resend.dev' });
    const label = created.get('/inboxes/{inbox_id}/labels');
    if (label && op.template.endsWith('/threads/{thread_id}/labels'))
      Object.assign(example as object, { labels: [label] });
    if (media.type.includes('multipart')) {
      const form = new FormData();
      for (const [k, v] of Object.entries(example as Record<string, unknown>))
        form.set(k, typeof v === 'string' ? v : JSON.stringify(v));
      body = form;
    } else {
      headers.set('content-type', media.type);
      body = JSON.stringify(example);
    }
  }
  const qs = query.size ? `?${query}` : '';
  return new Request(`https://api.resend.com${path}${qs}`, { method: op.method, headers, body });
}

/** After `POST /webhooks`, sends one email so `/webhooks/{id}/events/{event_id}` has an event to address. */
async function deliverOneEvent(fake: ReturnType<typeof createFakeResend>, created: Map<string, string>): Promise<void> {
  const body = JSON.stringify({
    from: 'Acme <onboarding@acme.dev>',
    to: 'delivered@resend.dev',
    subject: 'Hi',
    text: 'hi',
  });
  await fake.fetch(
    new Request('https://api.resend.com/emails', {
      method: 'POST',
      headers: { ...HEADERS, 'content-type': 'application/json' },
      body,
    }),
  );
  await fake.settleWebhooks();
  const delivery = fake.state.webhookDeliveries.all()[0];
  if (delivery) created.set('webhooks/events', delivery.id);
}

// Deliveries are answered in-process: no test reaches the network.
const webhooks = { fetch: () => new Response('ok') };

describe('every operation in the bundled spec', () => {
  it('has operations to check', () => {
    expect(operations.length).toBeGreaterThan(3);
  });

  it('answers each one with neither 404, 405 nor a 5xx when called with the spec examples', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, validateResponses: true, webhooks });
    const created = new Map<string, string>();
    const failures: string[] = [];
    let filled = false;
    for (const op of order(operations)) {
      if (!filled && !(op.method === 'POST' && !op.template.includes('{')))
        filled = (await fillFromLists(fake, created), true);
      const response = await fake.fetch(exampleRequest(op, created));
      const text = await response.text();
      if ([404, 405].includes(response.status) || response.status >= 500)
        failures.push(`${op.method} ${op.template} → ${response.status} ${text}`);
      if (response.ok) remember(op, text, created);
      if (response.ok && op.method === 'POST' && op.template === '/webhooks') await deliverOneEvent(fake, created);
    }
    expect(failures).toEqual([]);
  }, 30_000);

  it('answers every operation with a 2xx or 3xx when the examples address objects created first', async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, validateResponses: true, webhooks });
    const created = new Map<string, string>();
    const failures: string[] = [];
    let filled = false;
    for (const op of order(operations)) {
      if (!filled && !(op.method === 'POST' && !op.template.includes('{')))
        filled = (await fillFromLists(fake, created), true);
      const response = await fake.fetch(exampleRequest(op, created, true));
      const text = await response.text();
      // The spec's example client and code were never issued here: refusing them is right (oauth-flow.test.ts and
      // oauth-access-tokens.test.ts cover success; revoking names that client too, so it is refused as unknown).
      const unissued =
        ['/oauth/authorize', '/oauth/token', '/oauth/revoke'].includes(op.template) &&
        [400, 401].includes(response.status);
      if (response.status >= 400 && !unissued)
        failures.push(`${op.method} ${op.template} → ${response.status} ${text}`);
      if (response.ok) remember(op, text, created);
      if (response.ok && op.method === 'POST' && op.template === '/webhooks') await deliverOneEvent(fake, created);
    }
    expect(failures).toEqual([]);
  }, 30_000);
});
