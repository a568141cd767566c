/**
 * The official `resend` SDK driven against the fake for every method it has. The methods are
 * listed by walking the `Resend` instance (resource objects and their prototype methods), so a
 * method added in a newer SDK fails this test until a call for it is written below.
 */
import { createHash, createHmac } from 'node:crypto';
import { Resend } from 'resend';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { listen, type FakeServer } from '../src/server.js';

/** Every method reachable from a Resend instance, as dotted paths (`inboxes.threads.labels.add`). */
function sdkMethods(root: object): string[] {
  const found: string[] = [];
  const walk = (obj: object, path: string, ancestors: Set<object>) => {
    for (
      let proto = Object.getPrototypeOf(obj);
      proto && proto !== Object.prototype;
      proto = Object.getPrototypeOf(proto)
    ) {
      for (const name of Object.getOwnPropertyNames(proto)) {
        if (name !== 'constructor' && typeof (obj as Record<string, unknown>)[name] === 'function')
          found.push(path ? `${path}.${name}` : name);
      }
    }
    for (const [key, value] of Object.entries(obj)) {
      if (
        value &&
        typeof value === 'object' &&
        Object.getPrototypeOf(value) !== Object.prototype &&
        !(value instanceof Headers) &&
        !ancestors.has(value)
      ) {
        walk(value as object, path ? `${path}.${key}` : key, new Set([...ancestors, value as object]));
      }
    }
  };
  walk(root, '', new Set([root]));
  return [...new Set(found)].sort();
}

// The official SDK reads RESEND_BASE_URL once, in its constructor.
function sdkAt(url: string): Resend {
  const previous = process.env.RESEND_BASE_URL;
  process.env.RESEND_BASE_URL = url;
  try {
    return new Resend('re_sdk_every_method_123');
  } finally {
    if (previous === undefined) delete process.env.RESEND_BASE_URL;
    else process.env.RESEND_BASE_URL = previous;
  }
}

/** What a call returned: the SDK's `{ data, error }`, or a plain value for local helpers. */
type Outcome = { data?: unknown; error?: { name?: string } | null } | unknown;
interface Step {
  /** The SDK method, e.g. `contacts.segments.add`. */
  method: string;
  call(r: Resend, ids: Record<string, string>): Promise<Outcome> | Outcome;
  /** Remember `data.id` (or `pick(data)`) under this name for later steps. */
  save?: string;
  pick?(data: any): string; // eslint-disable-line @typescript-eslint/no-explicit-any -- SDK result shapes vary
  /** The documented error name this deliberately bad call must return. */
  error?: string;
  /** A local helper with no request: check its value instead. */
  local?(value: unknown): void;
}

/** Private TypeScript members are still methods of the SDK at run time; this reaches them. */
const open = (o: object) => o as unknown as Record<string, (...args: unknown[]) => unknown>;

const from = 'Acme <onboarding@acme.dev>';
const to = 'delivered@resend.dev';
const hello = Buffer.from('hello').toString('base64');
const whsec = `whsec_${Buffer.from('a-test-signing-secret-of-32-bytes!').toString('base64')}`;
const steps: Step[] = [
  // Low-level request methods on the client itself.
  {
    method: 'post',
    call: (r) =>
      r.post('/emails', { from: 'Acme <onboarding@resend.dev>', to, subject: 'low level', html: '<p>x</p>' }),
    save: 'lowEmail',
  },
  { method: 'get', call: (r, ids) => r.get(`/emails/${ids.lowEmail}`) },
  {
    method: 'patch',
    call: (r) => r.patch('/emails/00000000-0000-4000-8000-000000000000', { scheduled_at: 'in 1 hour' }),
    error: 'not_found',
  },
  {
    method: 'put',
    call: (r) =>
      r.put('/inboxes/nobody%40acme.dev/threads/0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d/labels', {
        labels: ['5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e'],
      }),
    error: 'not_found',
  },
  { method: 'delete', call: (r) => r.delete('/api-keys/00000000-0000-4000-8000-000000000000'), error: 'not_found' },
  {
    method: 'fetchRequest',
    call: (r) => open(r).fetchRequest!('/emails', { method: 'GET', headers: open(r).headers }),
  },
  {
    method: 'logError',
    call: (r) => open(r).logError!({ name: 'not_found', message: 'x', statusCode: 404 }, '/x', 404),
    local: (v) => expect(v).toBeUndefined(),
  },

  {
    method: 'domains.create',
    call: (r) => r.domains.create({ name: 'acme.dev', region: 'eu-west-1' }),
    save: 'domain',
  },
  { method: 'domains.list', call: (r) => r.domains.list({ limit: 10 }) },
  { method: 'domains.get', call: (r, ids) => r.domains.get(ids.domain!) },
  {
    method: 'domains.update',
    call: (r, ids) => r.domains.update({ id: ids.domain!, openTracking: true, tls: 'enforced' }),
  },
  { method: 'domains.verify', call: (r, ids) => r.domains.verify(ids.domain!) },
  {
    method: 'domains.claims.create',
    call: (r) => r.domains.claims.create({ name: 'taken.dev' }),
    save: 'claimDomain',
    pick: (d) => d.domain_id,
  },
  { method: 'domains.claims.get', call: (r, ids) => r.domains.claims.get(ids.claimDomain!) },
  { method: 'domains.claims.verify', call: (r, ids) => r.domains.claims.verify(ids.claimDomain!) },

  {
    method: 'emails.send',
    call: (r) =>
      r.emails.send({
        from,
        to,
        subject: 'Hello',
        html: '<p>Hi</p>',
        tags: [{ name: 'kind', value: 'test' }],
        attachments: [{ filename: 'hello.txt', content: hello }],
      }),
    save: 'email',
  },
  {
    method: 'emails.create',
    call: (r) => r.emails.create({ from, to, subject: 'Later', text: 'Hi', scheduledAt: 'in 1 hour' }),
    save: 'scheduled',
  },
  { method: 'emails.get', call: (r, ids) => r.emails.get(ids.email!) },
  { method: 'emails.list', call: (r) => r.emails.list({ limit: 5 }) },
  {
    method: 'emails.update',
    call: (r, ids) =>
      r.emails.update({ id: ids.scheduled!, scheduledAt: new Date(Date.now() + 7_200_000).toISOString() }),
  },
  { method: 'emails.cancel', call: (r, ids) => r.emails.cancel(ids.scheduled!) },
  { method: 'emails.share', call: (r, ids) => r.emails.share(ids.email!, { expiresIn: '2 hours' }) },
  {
    method: 'emails.metrics',
    call: (r) => r.emails.metrics({ metrics: ['sent', 'delivered'], dimensions: ['period'] } as never),
  },
  {
    method: 'emails.attachments.list',
    call: (r, ids) => r.emails.attachments.list({ emailId: ids.email! }),
    save: 'attachment',
    pick: (d) => d.data[0].id,
  },
  {
    method: 'emails.attachments.get',
    call: (r, ids) => r.emails.attachments.get({ emailId: ids.email!, id: ids.attachment! }),
  },
  {
    method: 'batch.send',
    call: (r) =>
      r.batch.send(
        [
          { from, to, subject: 'b1', text: 'x' },
          { from, to: 'nope', subject: 'b2', text: 'x' },
        ],
        { batchValidation: 'permissive' },
      ),
    local: undefined,
  },
  {
    method: 'batch.create',
    call: (r) =>
      r.batch.create([
        { from, to, subject: 'b3', text: 'x', attachments: [{ filename: 'a.txt', content: 'aGk=' }] } as never,
      ]),
    error: 'validation_error',
  },

  {
    method: 'emails.receiving.list',
    call: (r) => r.emails.receiving.list({ limit: 2 }),
    save: 'received',
    pick: (d) => d.data[0].id,
  },
  {
    method: 'emails.receiving.get',
    call: (r, ids) => r.emails.receiving.get(ids.received!),
    save: 'rawUrl',
    pick: (d) => d.raw.download_url,
  },
  {
    method: 'emails.receiving.attachments.list',
    call: (r, ids) => r.emails.receiving.attachments.list({ emailId: ids.received! }),
    save: 'receivedAttachment',
    pick: (d) => d.data[0].id,
  },
  {
    method: 'emails.receiving.attachments.get',
    call: (r, ids) => r.emails.receiving.attachments.get({ emailId: ids.received!, id: ids.receivedAttachment! }),
  },
  {
    method: 'emails.receiving.forward',
    call: (r, ids) => r.emails.receiving.forward({ emailId: ids.received!, to, from }),
  },
  {
    method: 'emails.receiving.forwardPassthrough',
    call: (r, ids) =>
      open(r.emails.receiving).forwardPassthrough!(
        { raw: { download_url: ids.rawUrl } } as never,
        { to, from, subject: 'Fwd' },
        {},
      ),
  },
  {
    method: 'emails.receiving.forwardWrapped',
    call: (r, ids) =>
      open(r.emails.receiving).forwardWrapped!(
        { raw: { download_url: ids.rawUrl } } as never,
        { to, from, subject: 'Fwd', text: 'See below' },
        {},
      ),
  },
  {
    method: 'emails.receiving.downloadRaw',
    call: async (r, ids) => {
      const { content, error } = (await open(r.emails.receiving).downloadRaw!(ids.rawUrl)) as {
        content: ArrayBuffer;
        error: unknown;
      };
      return { error, text: new TextDecoder().decode(content) };
    },
    local: (v) => expect(v).toMatchObject({ error: null, text: expect.stringContaining('Subject: Invoice') }),
  },

  { method: 'segments.create', call: (r) => r.segments.create({ name: 'Beta users' }), save: 'segment' },
  { method: 'segments.list', call: (r) => r.segments.list() },
  { method: 'segments.get', call: (r, ids) => r.segments.get(ids.segment!) },
  { method: 'segments.update', call: (r, ids) => r.segments.update(ids.segment!, { name: 'Beta testers' }) },
  {
    method: 'topics.create',
    call: (r) => r.topics.create({ name: 'Product news', defaultSubscription: 'opt_in' }),
    save: 'topic',
  },
  { method: 'topics.list', call: (r) => r.topics.list() },
  { method: 'topics.get', call: (r, ids) => r.topics.get(ids.topic!) },
  { method: 'topics.update', call: (r, ids) => r.topics.update({ id: ids.topic!, description: 'Monthly' }) },
  {
    method: 'contactProperties.create',
    call: (r) => r.contactProperties.create({ key: 'plan', type: 'string', fallbackValue: 'free' }),
    save: 'property',
  },
  { method: 'contactProperties.list', call: (r) => r.contactProperties.list() },
  { method: 'contactProperties.get', call: (r, ids) => r.contactProperties.get(ids.property!) },
  {
    method: 'contactProperties.update',
    call: (r, ids) => r.contactProperties.update({ id: ids.property!, fallbackValue: 'trial' }),
  },

  {
    method: 'contacts.create',
    call: (r, ids) => r.contacts.create({ email: 'ada@acme.dev', firstName: 'Ada', segments: [{ id: ids.segment! }] }),
    save: 'contact',
  },
  { method: 'contacts.list', call: (r, ids) => r.contacts.list({ segmentId: ids.segment! }) },
  { method: 'contacts.get', call: (r) => r.contacts.get({ email: 'ada@acme.dev' }) },
  { method: 'contacts.update', call: (r, ids) => r.contacts.update({ id: ids.contact!, lastName: 'Lovelace' }) },
  { method: 'contacts.segments.list', call: (r, ids) => r.contacts.segments.list({ contactId: ids.contact! }) },
  {
    method: 'contacts.segments.add',
    call: (r, ids) => r.contacts.segments.add({ email: 'ada@acme.dev', segmentId: ids.segment! }),
  },
  {
    method: 'contacts.segments.remove',
    call: (r, ids) => r.contacts.segments.remove({ contactId: ids.contact!, segmentId: ids.segment! }),
  },
  {
    method: 'contacts.topics.update',
    call: (r, ids) =>
      r.contacts.topics.update({ id: ids.contact!, topics: [{ id: ids.topic!, subscription: 'opt_out' }] }),
  },
  { method: 'contacts.topics.list', call: (r, ids) => r.contacts.topics.list({ id: ids.contact! }) },
  {
    method: 'contacts.imports.create',
    call: (r) =>
      r.contacts.imports.create({
        file: new Blob(['Email,First Name\ngrace@acme.dev,Grace\n'], { type: 'text/csv' }),
        columnMap: { email: 'Email', firstName: 'First Name' },
      } as never),
    save: 'import',
  },
  { method: 'contacts.imports.list', call: (r) => r.contacts.imports.list() },
  { method: 'contacts.imports.get', call: (r, ids) => r.contacts.imports.get(ids.import!) },
  {
    method: 'contacts.imports.buildColumnMap',
    call: (r) => open(r.contacts.imports).buildColumnMap!({ email: 'E', firstName: 'F' } as never),
    local: (v) => expect(v).toMatchObject({ email: 'E', first_name: 'F' }),
  },
  {
    method: 'contacts.imports.appendField',
    call: (r) => {
      const form = new FormData();
      open(r.contacts.imports).appendField!(form, 'on_conflict', 'skip');
      return form.get('on_conflict');
    },
    local: (v) => expect(v).toBe('skip'),
  },
  {
    method: 'contacts.imports.buildCreateFormData',
    call: (r) =>
      open(r.contacts.imports).buildCreateFormData!({ file: new Blob(['Email\n']), onConflict: 'skip' } as never),
    local: (v) => expect((v as FormData).get('on_conflict')).toBe('skip'),
  },
  { method: 'audiences.create', call: (r) => r.audiences.create({ name: 'Legacy' }), save: 'audience' },
  { method: 'audiences.list', call: (r) => r.audiences.list() },
  { method: 'audiences.get', call: (r, ids) => r.audiences.get(ids.audience!) },
  { method: 'audiences.update', call: (r, ids) => r.audiences.update(ids.audience!, { name: 'Legacy users' }) },

  {
    method: 'templates.create',
    call: (r) =>
      r.templates.create({
        name: 'welcome',
        alias: 'welcome',
        html: '<p>Hi {{{NAME}}}, you are {{{AGE}}}</p>',
        variables: [
          { key: 'NAME', type: 'string', fallbackValue: 'friend' },
          { key: 'AGE', type: 'number', fallbackValue: 30 },
        ],
      } as never),
    save: 'template',
  },
  {
    method: 'templates.performCreate',
    call: (r) => open(r.templates).performCreate!({ name: 'second', html: '<p>x</p>' } as never, {}),
  },
  { method: 'templates.list', call: (r) => r.templates.list() },
  { method: 'templates.get', call: (r) => r.templates.get('welcome') },
  { method: 'templates.update', call: (r, ids) => r.templates.update(ids.template!, { subject: 'Welcome!' } as never) },
  { method: 'templates.publish', call: (r, ids) => r.templates.publish(ids.template!) },
  { method: 'templates.duplicate', call: (r, ids) => r.templates.duplicate(ids.template!), save: 'templateCopy' },

  {
    method: 'broadcasts.create',
    call: (r, ids) =>
      r.broadcasts.create({ segmentId: ids.segment!, from, subject: 'News', html: '<p>News</p>', name: 'November' }),
    save: 'broadcast',
  },
  { method: 'broadcasts.list', call: (r) => r.broadcasts.list() },
  { method: 'broadcasts.get', call: (r, ids) => r.broadcasts.get(ids.broadcast!) },
  { method: 'broadcasts.update', call: (r, ids) => r.broadcasts.update(ids.broadcast!, { subject: 'News!' }) },
  { method: 'broadcasts.duplicate', call: (r, ids) => r.broadcasts.duplicate(ids.broadcast!), save: 'broadcastCopy' },
  { method: 'broadcasts.send', call: (r, ids) => r.broadcasts.send(ids.broadcastCopy!, { scheduledAt: 'in 1 hour' }) },
  { method: 'broadcasts.cancel', call: (r, ids) => r.broadcasts.cancel(ids.broadcastCopy!) },
  {
    method: 'broadcasts.recipients',
    call: (r, ids) => r.broadcasts.recipients(ids.broadcast!, { type: 'bounced', bounceType: 'permanent' } as never),
  },
  { method: 'broadcasts.clickedLinks', call: (r, ids) => r.broadcasts.clickedLinks(ids.broadcast!) },

  {
    method: 'events.create',
    call: (r) => r.events.create({ name: 'user.signed_up', schema: { plan: 'string' } } as never),
    save: 'event',
  },
  { method: 'events.list', call: (r) => r.events.list() },
  { method: 'events.get', call: (r) => r.events.get('user.signed_up') },
  {
    method: 'events.update',
    call: (r, ids) => r.events.update(ids.event!, { schema: { plan: 'string', seats: 'number' } } as never),
  },
  {
    method: 'automations.create',
    call: (r, ids) =>
      r.automations.create({
        name: 'Welcome',
        status: 'enabled',
        steps: [
          { key: 'start', type: 'trigger', config: { eventName: 'user.signed_up' } },
          { key: 'welcome', type: 'send_email', config: { template: { id: ids.template! } } },
        ],
        connections: [{ from: 'start', to: 'welcome' }],
      } as never),
    save: 'automation',
  },
  {
    method: 'events.send',
    call: (r) => r.events.send({ event: 'user.signed_up', email: 'ada@acme.dev', payload: { plan: 'pro' } } as never),
  },
  { method: 'automations.list', call: (r) => r.automations.list({ status: 'enabled' } as never) },
  { method: 'automations.get', call: (r, ids) => r.automations.get(ids.automation!) },
  { method: 'automations.update', call: (r, ids) => r.automations.update(ids.automation!, { name: 'Welcome series' }) },
  {
    method: 'automations.runs.list',
    call: (r, ids) => r.automations.runs.list({ automationId: ids.automation!, status: 'completed' } as never),
    save: 'run',
    pick: (d) => d.data[0].id,
  },
  {
    method: 'automations.runs.get',
    call: (r, ids) => r.automations.runs.get({ automationId: ids.automation!, runId: ids.run! }),
  },
  {
    method: 'automations.duplicate',
    call: (r, ids) => r.automations.duplicate(ids.automation!),
    save: 'automationCopy',
  },
  { method: 'automations.stop', call: (r, ids) => r.automations.stop(ids.automation!) },

  { method: 'suppressions.add', call: (r) => r.suppressions.add({ email: 'gone@acme.dev' }), save: 'suppression' },
  { method: 'suppressions.list', call: (r) => r.suppressions.list({ origin: 'manual' } as never) },
  { method: 'suppressions.get', call: (r) => r.suppressions.get('gone@acme.dev') },
  { method: 'suppressions.batch.add', call: (r) => r.suppressions.batch.add({ emails: ['a@acme.dev', 'b@acme.dev'] }) },
  {
    method: 'suppressions.batch.remove',
    call: (r) => r.suppressions.batch.remove({ emails: ['a@acme.dev'] } as never),
  },

  {
    method: 'apiKeys.create',
    call: (r) => r.apiKeys.create({ name: 'CI', permission: 'sending_access' }),
    save: 'apiKey',
  },
  { method: 'apiKeys.list', call: (r) => r.apiKeys.list() },
  { method: 'apiKeys.update', call: (r, ids) => r.apiKeys.update(ids.apiKey!, { name: 'CI key' } as never) },
  {
    method: 'webhooks.create',
    // One email after the endpoint exists gives `webhooks.events.*` a delivery to address.
    call: async (r) => {
      const created = await r.webhooks.create({ endpoint: 'https://hooks.acme.dev/resend', events: ['email.sent'] });
      await r.emails.send({ from, to, subject: 'For the webhook', html: '<p>x</p>' });
      return created;
    },
    save: 'webhook',
  },
  { method: 'webhooks.list', call: (r) => r.webhooks.list() },
  { method: 'webhooks.get', call: (r, ids) => r.webhooks.get(ids.webhook!) },
  { method: 'webhooks.update', call: (r, ids) => r.webhooks.update(ids.webhook!, { status: 'disabled' } as never) },
  { method: 'webhooks.rotateSigningSecret', call: (r, ids) => r.webhooks.rotateSigningSecret(ids.webhook!) },
  {
    method: 'webhooks.events.list',
    // An email sent now is delivered to the (re-enabled) webhook, so the list has an event.
    call: async (r, ids) => {
      await r.webhooks.update(ids.webhook!, { status: 'enabled' } as never);
      await r.emails.send({ from, to, subject: 'for the webhook', text: 'x' });
      await fakeUnderTest.settleWebhooks();
      return r.webhooks.events.list({ webhookId: ids.webhook! });
    },
    save: 'webhookEvent',
    pick: (d) => d.data[0]?.id ?? 'msg_none',
  },
  {
    method: 'webhooks.events.get',
    call: (r, ids) => r.webhooks.events.get({ webhookId: ids.webhook!, eventId: ids.webhookEvent! }),
  },
  {
    method: 'webhooks.events.replay',
    call: (r, ids) => r.webhooks.events.replay({ webhookId: ids.webhook!, eventId: ids.webhookEvent! }),
  },
  {
    method: 'webhooks.events.attempts.list',
    call: (r, ids) => r.webhooks.events.attempts.list({ webhookId: ids.webhook!, eventId: ids.webhookEvent! }),
  },
  {
    method: 'webhooks.verify',
    call: (r) => {
      const payload = JSON.stringify({
        type: 'email.sent',
        created_at: '2026-11-29T12:00:00.000Z',
        data: { email_id: 'x' },
      });
      const timestamp = String(Math.floor(Date.now() / 1000));
      const key = Buffer.from(whsec.slice(6), 'base64');
      const signature = `v1,${createHmac('sha256', key).update(`msg_1.${timestamp}.${payload}`).digest('base64')}`;
      return r.webhooks.verify({ payload, headers: { id: 'msg_1', timestamp, signature }, webhookSecret: whsec });
    },
    local: (v) => expect(v).toMatchObject({ type: 'email.sent' }),
  },
  { method: 'logs.list', call: (r) => r.logs.list(), save: 'log', pick: (d) => d.data[0].id },
  { method: 'logs.get', call: (r, ids) => r.logs.get(ids.log!) },
  {
    method: 'oauthGrants.list',
    // A grant exists once a client has been through the flow (register, authorize, token).
    call: async (r) => {
      await oauthFlow(fakeUnderTest);
      return r.oauthGrants.list();
    },
    save: 'grant',
    pick: (d) => d.data[0].id,
  },
  { method: 'oauthGrants.revoke', call: (r, ids) => r.oauthGrants.revoke(ids.grant!) },
  { method: 'usage.get', call: (r) => r.usage.get() },

  {
    method: 'inboxes.create',
    call: (r) =>
      r.inboxes.create({ emailAddress: 'support@acme.dev', name: 'Support', fromName: 'Acme Support' } as never),
    save: 'inbox',
  },
  { method: 'inboxes.list', call: (r) => r.inboxes.list() },
  { method: 'inboxes.get', call: (r) => r.inboxes.get('support@acme.dev') },
  { method: 'inboxes.update', call: (r, ids) => r.inboxes.update(ids.inbox!, { name: 'Help desk' } as never) },
  { method: 'inboxes.agent.get', call: (r, ids) => r.inboxes.agent.get({ inboxId: ids.inbox! }) },
  {
    method: 'inboxes.agent.update',
    call: (r, ids) => r.inboxes.agent.update({ inboxId: ids.inbox!, tone: 'friendly' } as never),
  },
  {
    method: 'inboxes.labels.create',
    call: (r, ids) => r.inboxes.labels.create({ inboxId: ids.inbox!, name: 'Billing', color: 'orange' } as never),
    save: 'label',
  },
  { method: 'inboxes.labels.list', call: (r, ids) => r.inboxes.labels.list({ inboxId: ids.inbox! }) },
  {
    method: 'inboxes.labels.update',
    call: (r, ids) => r.inboxes.labels.update({ inboxId: ids.inbox!, labelId: ids.label!, color: 'teal' } as never),
  },
  {
    method: 'inboxes.threads.list',
    // Threads start with mail to the inbox's address.
    call: (r, ids) => {
      fakeUnderTest.receiveEmail({
        from: 'Ada <ada@example.org>',
        to: 'support@acme.dev',
        subject: 'Invoice question',
        text: 'Where is my invoice?',
      });
      return r.inboxes.threads.list({ inboxId: ids.inbox!, folders: ['inbox'] } as never);
    },
    save: 'thread',
    pick: (d) => d.data[0].id,
  },
  {
    method: 'inboxes.threads.search',
    call: (r, ids) => r.inboxes.threads.search({ inboxId: ids.inbox!, query: 'invoice' } as never),
  },
  {
    method: 'inboxes.threads.get',
    call: (r, ids) => r.inboxes.threads.get({ inboxId: ids.inbox!, threadId: ids.thread! }),
  },
  {
    method: 'inboxes.threads.update',
    call: (r, ids) => r.inboxes.threads.update({ inboxId: ids.inbox!, threadId: ids.thread!, read: true } as never),
  },
  {
    method: 'inboxes.threads.labels.add',
    call: (r, ids) =>
      r.inboxes.threads.labels.add({ inboxId: ids.inbox!, threadId: ids.thread!, labels: [ids.label!] }),
  },
  {
    method: 'inboxes.threads.labels.set',
    call: (r, ids) =>
      r.inboxes.threads.labels.set({ inboxId: ids.inbox!, threadId: ids.thread!, labels: [ids.label!] }),
  },
  {
    method: 'inboxes.threads.labels.remove',
    call: (r, ids) =>
      r.inboxes.threads.labels.remove({ inboxId: ids.inbox!, threadId: ids.thread!, labelId: ids.label! }),
  },
  {
    method: 'inboxes.threads.emails.list',
    call: (r, ids) => r.inboxes.threads.emails.list({ inboxId: ids.inbox!, threadId: ids.thread! }),
    save: 'threadEmail',
    pick: (d) => d.data[0].id,
  },
  {
    method: 'inboxes.threads.emails.get',
    call: (r, ids) =>
      r.inboxes.threads.emails.get({ inboxId: ids.inbox!, threadId: ids.thread!, emailId: ids.threadEmail! }),
  },
  {
    method: 'inboxes.threads.emails.reply',
    call: (r, ids) =>
      r.inboxes.threads.emails.reply({
        inboxId: ids.inbox!,
        threadId: ids.thread!,
        emailId: ids.threadEmail!,
        text: 'Here it is.',
      } as never),
  },
  {
    method: 'inboxes.threads.emails.forward',
    call: (r, ids) =>
      r.inboxes.threads.emails.forward({
        inboxId: ids.inbox!,
        threadId: ids.thread!,
        emailId: ids.threadEmail!,
        to: 'billing@acme.dev',
      } as never),
  },
  {
    method: 'inboxes.drafts.create',
    call: (r, ids) =>
      r.inboxes.drafts.create({
        inboxId: ids.inbox!,
        to: 'grace@acme.dev',
        subject: 'Welcome',
        text: 'Hi Grace',
      } as never),
    save: 'draft',
  },
  { method: 'inboxes.drafts.list', call: (r, ids) => r.inboxes.drafts.list({ inboxId: ids.inbox! }) },
  {
    method: 'inboxes.drafts.get',
    call: (r, ids) => r.inboxes.drafts.get({ inboxId: ids.inbox!, draftId: ids.draft! }),
  },
  {
    method: 'inboxes.drafts.update',
    call: (r, ids) =>
      r.inboxes.drafts.update({ inboxId: ids.inbox!, draftId: ids.draft!, subject: 'Welcome aboard' } as never),
  },
  {
    method: 'inboxes.drafts.send',
    call: (r, ids) => r.inboxes.drafts.send({ inboxId: ids.inbox!, draftId: ids.draft! } as never),
  },
  {
    method: 'inboxes.drafts.remove',
    call: (r, ids) => r.inboxes.drafts.remove({ inboxId: ids.inbox!, draftId: ids.draft! }),
  },
  {
    method: 'inboxes.threads.remove',
    call: (r, ids) => r.inboxes.threads.remove({ inboxId: ids.inbox!, threadId: ids.thread! }),
  },
  {
    method: 'inboxes.labels.remove',
    call: (r, ids) => r.inboxes.labels.remove({ inboxId: ids.inbox!, labelId: ids.label! }),
  },
  { method: 'inboxes.remove', call: (r, ids) => r.inboxes.remove(ids.inbox!) },

  // Removals last, and one deliberately bad call per resource kind where the SDK checks input itself.
  { method: 'contacts.remove', call: (r) => r.contacts.remove({ email: 'ada@acme.dev' }) },
  { method: 'templates.remove', call: (r, ids) => r.templates.remove(ids.templateCopy!) },
  { method: 'broadcasts.remove', call: (r, ids) => r.broadcasts.remove(ids.broadcast!) },
  { method: 'automations.remove', call: (r, ids) => r.automations.remove(ids.automationCopy!) },
  { method: 'events.remove', call: (r) => r.events.remove('user.signed_up') },
  { method: 'suppressions.remove', call: (r) => r.suppressions.remove('gone@acme.dev') },
  { method: 'contactProperties.remove', call: (r, ids) => r.contactProperties.remove(ids.property!) },
  { method: 'topics.remove', call: (r, ids) => r.topics.remove(ids.topic!) },
  { method: 'segments.remove', call: (r, ids) => r.segments.remove(ids.segment!) },
  { method: 'audiences.remove', call: (r, ids) => r.audiences.remove(ids.audience!) },
  { method: 'apiKeys.remove', call: (r, ids) => r.apiKeys.remove(ids.apiKey!) },
  { method: 'webhooks.remove', call: (r, ids) => r.webhooks.remove(ids.webhook!) },
  { method: 'domains.remove', call: (r, ids) => r.domains.remove(ids.domain!) },
];

/** Runs the OAuth flow in-process so the team has a grant. */
async function oauthFlow(fake: ReturnType<typeof createFakeResend>): Promise<void> {
  const headers = { 'user-agent': 'sdk-every-method/1.0', 'content-type': 'application/json' };
  const post = (path: string, body: unknown) =>
    fake.fetch(new Request(`https://api.resend.com${path}`, { method: 'POST', headers, body: JSON.stringify(body) }));
  const redirect = 'http://127.0.0.1/cb';
  const { client_id } = (await (
    await post('/oauth/register', { client_name: 'CLI', redirect_uris: [redirect] })
  ).json()) as { client_id: string };
  const verifier = 'v'.repeat(43);
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const query = new URLSearchParams({
    client_id,
    response_type: 'code',
    redirect_uri: redirect,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  const authorize = await fake.fetch(
    new Request(`https://api.resend.com/oauth/authorize?${query}`, {
      headers: { ...headers, authorization: 'Bearer re_sdk_every_method_123' },
    }),
  );
  const code = new URL(authorize.headers.get('location')!).searchParams.get('code');
  await post('/oauth/token', {
    grant_type: 'authorization_code',
    client_id,
    code,
    redirect_uri: redirect,
    code_verifier: verifier,
  });
}

// Deliveries are answered in-process: no test reaches the network.
const fakeUnderTest = createFakeResend({
  rateLimit: false,
  validateResponses: true,
  webhooks: { fetch: () => new Response('ok') },
});

describe('the official resend SDK, every method, against the fake', () => {
  const fake = fakeUnderTest;
  let resend: Resend;
  let server: FakeServer;
  const realFetch = globalThis.fetch;
  beforeAll(async () => {
    server = await listen(fake);
    const base = server.url;
    resend = sdkAt(base);
    // One inbound email for `emails.receiving.*`; its raw message is served by the fake itself.
    fake.receiveEmail({
      from: 'Ada <ada@example.org>',
      to: 'support@acme.dev',
      subject: 'Invoice',
      text: 'Could you resend it?',
      attachments: [{ filename: 'invoice.txt', content: Buffer.from('invoice 42').toString('base64') }],
    });
    // Nothing leaves the machine: only the fake's server is reachable (its raw-email URL included).
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (!url.startsWith(base)) return Promise.reject(new Error(`test tried to reach ${url}`));
      return realFetch(input, init);
    });
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await server.close();
  });

  it('has a call below for every method the SDK has, and no call for a method it lacks', () => {
    expect(steps.map((s) => s.method).sort()).toEqual(sdkMethods(new Resend('re_list_only_123')));
  });

  it('gets data from every call, or the documented error for the deliberately bad ones', async () => {
    const ids: Record<string, string> = {};
    const failures: string[] = [];
    for (const step of steps) {
      let outcome: Outcome;
      try {
        outcome = await step.call(resend, ids);
      } catch (error) {
        failures.push(`${step.method} threw ${String(error)}`);
        continue;
      }
      if (step.local) {
        try {
          step.local(outcome);
        } catch (error) {
          failures.push(`${step.method}: ${String(error)}`);
        }
        continue;
      }
      const { data, error } = outcome as { data: any; error: { name?: string; message?: string } | null }; // eslint-disable-line @typescript-eslint/no-explicit-any
      if (step.error) {
        if (error?.name !== step.error)
          failures.push(`${step.method}: expected ${step.error}, got ${JSON.stringify(error ?? data)}`);
        continue;
      }
      if (error || data === null || data === undefined) {
        failures.push(`${step.method}: ${JSON.stringify(error)}`);
        continue;
      }
      if (step.save) ids[step.save] = step.pick ? step.pick(data) : data.id;
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
