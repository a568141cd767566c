import { describe, expect, expectTypeOf, it } from 'vitest';
import createClient from 'openapi-fetch';
import type { components, operations, paths } from '../src/index.js';
import type { webhooks } from '../src/generated/schema.js';
import { bundled, operationsOf } from './bundled-spec.js';

// Type-level coverage of the operations tagged Segments, Topics, Broadcasts, Suppressions,
// Webhooks, Logs, Automations, Events, Inboxes and Usage, and of the webhook payloads. The calls are
// built but never run: `tsc --noEmit` checks each path, parameter set and body against the spec.
type S = components['schemas'];

const client = createClient<paths>({ baseUrl: 'http://127.0.0.1:1' });
const segmentId = '78261eea-8f8b-4381-83c6-79fa7120f1cf';
const topicId = 'b6d24b8e-af0b-4c3c-be0c-359bbd97381e';
const broadcastId = '559ac32e-9ef5-46fb-82a1-b76b840c0f7b';
const webhookId = '4dd369bc-aa82-4ff3-97de-514ae3000ee0';
const eventId = 'msg_2yZ8Kq1sN4bW7cT0vXe3RfGh';
const automationId = 'c9b3f6d2-8e1a-4b7c-9d2e-5f4a3b2c1d0e';
const runId = '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6';
const inbox = { inbox_id: 'support@acme.dev' };
const thread = { ...inbox, thread_id: '0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d' };
const threadEmail = { ...thread, email_id: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f' };
const draft = { ...inbox, draft_id: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b' };
const label = { ...inbox, label_id: '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e' };

export const calls = {
  // Segments
  createSegment: () => client.POST('/segments', { body: { name: 'Active users', filter: { plan: 'pro' } } }),
  listSegments: () => client.GET('/segments'),
  getSegmentMetrics: () =>
    client.GET('/segments/metrics', {
      params: { query: { metrics: ['all_contacts', 'subscribers'], dimensions: ['segment'], segment_id: [segmentId] } },
    }),
  getSegment: () => client.GET('/segments/{segment_id}', { params: { path: { segment_id: segmentId } } }),
  updateSegment: () =>
    client.PATCH('/segments/{segment_id}', { params: { path: { segment_id: segmentId } }, body: { name: 'Power users' } }),
  deleteSegment: () => client.DELETE('/segments/{segment_id}', { params: { path: { segment_id: segmentId } } }),
  listSegmentContacts: () =>
    client.GET('/segments/{segment_id}/contacts', { params: { path: { segment_id: segmentId }, query: { limit: 50 } } }),
  // Topics
  createTopic: () => client.POST('/topics', { body: { name: 'Product updates', default_subscription: 'opt_in', visibility: 'public' } }),
  listTopics: () => client.GET('/topics', { params: { query: { limit: 20, after: topicId } } }),
  getTopic: () => client.GET('/topics/{topic_id}', { params: { path: { topic_id: topicId } } }),
  updateTopic: () =>
    client.PATCH('/topics/{topic_id}', { params: { path: { topic_id: topicId } }, body: { description: 'Monthly news' } }),
  deleteTopic: () => client.DELETE('/topics/{topic_id}', { params: { path: { topic_id: topicId } } }),
  // Broadcasts
  createBroadcast: () =>
    client.POST('/broadcasts', {
      body: { segment_id: segmentId, from: 'Acme <news@acme.dev>', subject: 'November news', html: '<p>Hi</p>', send: true, scheduled_at: 'in 1 hour' },
    }),
  listBroadcasts: () => client.GET('/broadcasts'),
  getBroadcast: () => client.GET('/broadcasts/{broadcast_id}', { params: { path: { broadcast_id: broadcastId } } }),
  updateBroadcast: () =>
    client.PATCH('/broadcasts/{broadcast_id}', { params: { path: { broadcast_id: broadcastId } }, body: { reply_to: ['help@acme.dev'] } }),
  deleteBroadcast: () => client.DELETE('/broadcasts/{broadcast_id}', { params: { path: { broadcast_id: broadcastId } } }),
  sendBroadcast: () =>
    client.POST('/broadcasts/{broadcast_id}/send', { params: { path: { broadcast_id: broadcastId } }, body: { scheduled_at: '2026-11-03T09:00:00Z' } }),
  cancelBroadcast: () => client.POST('/broadcasts/{broadcast_id}/cancel', { params: { path: { broadcast_id: broadcastId } } }),
  duplicateBroadcast: () => client.POST('/broadcasts/{broadcast_id}/duplicate', { params: { path: { broadcast_id: broadcastId } } }),
  listBroadcastRecipients: () =>
    client.GET('/broadcasts/{broadcast_id}/recipients', {
      params: { path: { broadcast_id: broadcastId }, query: { type: 'bounced', bounce_type: 'permanent', limit: 100 } },
    }),
  listBroadcastClickedLinks: () =>
    client.GET('/broadcasts/{broadcast_id}/clicked-links', { params: { path: { broadcast_id: broadcastId } } }),
  // Suppressions
  addSuppression: () => client.POST('/suppressions', { body: { email: 'ada@example.com' } }),
  listSuppressions: () => client.GET('/suppressions', { params: { query: { origin: 'complaint' } } }),
  batchAddSuppressions: () => client.POST('/suppressions/batch/add', { body: { emails: ['ada@example.com', 'grace@example.com'] } }),
  batchRemoveSuppressions: () => client.POST('/suppressions/batch/remove', { body: { ids: [segmentId] } }),
  getSuppression: () => client.GET('/suppressions/{suppression}', { params: { path: { suppression: 'ada@example.com' } } }),
  deleteSuppression: () => client.DELETE('/suppressions/{suppression}', { params: { path: { suppression: 'ada@example.com' } } }),
  // Webhooks
  createWebhook: () =>
    client.POST('/webhooks', { body: { endpoint: 'https://hooks.acme.dev/resend', events: ['email.bounced', 'inbox.draft.sent'] } }),
  listWebhooks: () => client.GET('/webhooks'),
  getWebhook: () => client.GET('/webhooks/{webhook_id}', { params: { path: { webhook_id: webhookId } } }),
  updateWebhook: () =>
    client.PATCH('/webhooks/{webhook_id}', { params: { path: { webhook_id: webhookId } }, body: { status: 'disabled' } }),
  deleteWebhook: () => client.DELETE('/webhooks/{webhook_id}', { params: { path: { webhook_id: webhookId } } }),
  listWebhookEvents: () =>
    client.GET('/webhooks/{webhook_id}/events', { params: { path: { webhook_id: webhookId }, query: { limit: 20, after: eventId } } }),
  getWebhookEvent: () =>
    client.GET('/webhooks/{webhook_id}/events/{event_id}', { params: { path: { webhook_id: webhookId, event_id: eventId } } }),
  listWebhookEventAttempts: () =>
    client.GET('/webhooks/{webhook_id}/events/{event_id}/attempts', { params: { path: { webhook_id: webhookId, event_id: eventId } } }),
  replayWebhookEvent: () =>
    client.POST('/webhooks/{webhook_id}/events/{event_id}/replay', { params: { path: { webhook_id: webhookId, event_id: eventId } } }),
  rotateWebhookSigningSecret: () =>
    client.POST('/webhooks/{webhook_id}/signing-secret/rotate', { params: { path: { webhook_id: webhookId } } }),
  // Logs
  listLogs: () => client.GET('/logs', { params: { query: { limit: 10 } } }),
  getLog: () => client.GET('/logs/{log_id}', { params: { path: { log_id: '37e4414c-5e25-4dbc-a071-43552a4bd53b' } } }),
  // Automations
  createAutomation: () =>
    client.POST('/automations', {
      body: {
        name: 'Welcome series',
        steps: [
          { key: 'start', type: 'trigger', config: { event_name: 'user.signed_up' } },
          { key: 'wait', type: 'delay', config: { duration: '1 day' } },
          { key: 'welcome', type: 'send_email', config: { template: { id: 'welcome-email' } } },
        ],
        connections: [
          { from: 'start', to: 'wait' },
          { from: 'wait', to: 'welcome', type: 'default' },
        ],
      },
    }),
  listAutomations: () => client.GET('/automations', { params: { query: { status: 'enabled' } } }),
  getAutomation: () => client.GET('/automations/{automation_id}', { params: { path: { automation_id: automationId } } }),
  updateAutomation: () =>
    client.PATCH('/automations/{automation_id}', { params: { path: { automation_id: automationId } }, body: { status: 'disabled' } }),
  deleteAutomation: () => client.DELETE('/automations/{automation_id}', { params: { path: { automation_id: automationId } } }),
  duplicateAutomation: () => client.POST('/automations/{automation_id}/duplicate', { params: { path: { automation_id: automationId } } }),
  stopAutomation: () => client.POST('/automations/{automation_id}/stop', { params: { path: { automation_id: automationId } } }),
  listAutomationRuns: () =>
    client.GET('/automations/{automation_id}/runs', {
      params: { path: { automation_id: automationId }, query: { status: ['running', 'failed'] } },
    }),
  getAutomationRun: () =>
    client.GET('/automations/{automation_id}/runs/{run_id}', { params: { path: { automation_id: automationId, run_id: runId } } }),
  // Events
  createEvent: () => client.POST('/events', { body: { name: 'user.signed_up', schema: { plan: 'string', seats: 'number' } } }),
  listEvents: () => client.GET('/events'),
  sendEvent: () => client.POST('/events/send', { body: { event: 'user.signed_up', email: 'ada@example.com', payload: { plan: 'pro' } } }),
  getEvent: () => client.GET('/events/{identifier}', { params: { path: { identifier: 'user.signed_up' } } }),
  updateEvent: () => client.PATCH('/events/{identifier}', { params: { path: { identifier: 'user.signed_up' } }, body: { schema: null } }),
  deleteEvent: () => client.DELETE('/events/{identifier}', { params: { path: { identifier: 'user.signed_up' } } }),
  // Inboxes (beta)
  createInbox: () => client.POST('/inboxes', { body: { email_address: 'support@acme.dev', from_name: 'Acme Support' } }),
  listInboxes: () => client.GET('/inboxes'),
  getInbox: () => client.GET('/inboxes/{inbox_id}', { params: { path: inbox } }),
  updateInbox: () => client.PATCH('/inboxes/{inbox_id}', { params: { path: inbox }, body: { name: 'Support' } }),
  deleteInbox: () => client.DELETE('/inboxes/{inbox_id}', { params: { path: inbox } }),
  getInboxAgent: () => client.GET('/inboxes/{inbox_id}/agent', { params: { path: inbox } }),
  updateInboxAgent: () =>
    client.PATCH('/inboxes/{inbox_id}/agent', { params: { path: inbox }, body: { instructions: null, enabled_actions: ['draft_reply'] } }),
  listInboxThreads: () =>
    client.GET('/inboxes/{inbox_id}/threads', { params: { path: inbox, query: { folders: ['inbox', 'archive'], read: false } } }),
  searchInboxThreads: () =>
    client.GET('/inboxes/{inbox_id}/threads/search', {
      params: { path: inbox, query: { query: 'invoice -draft', from: ['ada@example.com'], has_attachment: true, start_date: '2026-04-01' } },
    }),
  getInboxThread: () => client.GET('/inboxes/{inbox_id}/threads/{thread_id}', { params: { path: thread } }),
  updateInboxThread: () =>
    client.PATCH('/inboxes/{inbox_id}/threads/{thread_id}', { params: { path: thread }, body: { read: true, folder: 'archive' } }),
  deleteInboxThread: () => client.DELETE('/inboxes/{inbox_id}/threads/{thread_id}', { params: { path: thread } }),
  listInboxThreadEmails: () => client.GET('/inboxes/{inbox_id}/threads/{thread_id}/emails', { params: { path: thread } }),
  getInboxThreadEmail: () =>
    client.GET('/inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}', { params: { path: threadEmail } }),
  replyToInboxEmail: () =>
    client.POST('/inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}/reply', {
      params: { path: threadEmail, header: { 'Idempotency-Key': 'reply/3c4d5e6f' } },
      body: { text: 'Here it is.', reply_all: true },
    }),
  forwardInboxEmail: () =>
    client.POST('/inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}/forward', {
      params: { path: threadEmail },
      body: { to: ['billing@acme.dev'], text: 'Can you take this one?' },
    }),
  createInboxDraft: () =>
    client.POST('/inboxes/{inbox_id}/drafts', { params: { path: inbox }, body: { to: 'grace@example.com', subject: 'Welcome' } }),
  listInboxDrafts: () => client.GET('/inboxes/{inbox_id}/drafts', { params: { path: inbox } }),
  getInboxDraft: () => client.GET('/inboxes/{inbox_id}/drafts/{draft_id}', { params: { path: draft } }),
  updateInboxDraft: () =>
    client.PATCH('/inboxes/{inbox_id}/drafts/{draft_id}', { params: { path: draft }, body: { html: null, subject: 'Welcome aboard' } }),
  deleteInboxDraft: () => client.DELETE('/inboxes/{inbox_id}/drafts/{draft_id}', { params: { path: draft } }),
  sendInboxDraft: () =>
    client.POST('/inboxes/{inbox_id}/drafts/{draft_id}/send', { params: { path: draft, header: { 'Idempotency-Key': 'draft/9e8d7c6b' } } }),
  createInboxLabel: () => client.POST('/inboxes/{inbox_id}/labels', { params: { path: inbox }, body: { name: 'Billing', color: 'orange' } }),
  listInboxLabels: () => client.GET('/inboxes/{inbox_id}/labels', { params: { path: inbox } }),
  updateInboxLabel: () =>
    client.PATCH('/inboxes/{inbox_id}/labels/{label_id}', { params: { path: label }, body: { color: 'crimson' } }),
  deleteInboxLabel: () => client.DELETE('/inboxes/{inbox_id}/labels/{label_id}', { params: { path: label } }),
  addInboxThreadLabels: () =>
    client.POST('/inboxes/{inbox_id}/threads/{thread_id}/labels', { params: { path: thread }, body: { labels: [label.label_id] } }),
  setInboxThreadLabels: () =>
    client.PUT('/inboxes/{inbox_id}/threads/{thread_id}/labels', { params: { path: thread }, body: { labels: [label.label_id] } }),
  removeInboxThreadLabel: () =>
    client.DELETE('/inboxes/{inbox_id}/threads/{thread_id}/labels/{label_id}', { params: { path: { ...thread, label_id: label.label_id } } }),
  // Usage (beta)
  getUsage: () => client.GET('/usage'),
} satisfies Partial<Record<keyof operations, () => unknown>>;

type Data<K extends keyof typeof calls> = NonNullable<Awaited<ReturnType<(typeof calls)[K]>>['data']>;
type WebhookBody<E extends keyof webhooks> = NonNullable<webhooks[E]['post']>['requestBody']['content']['application/json'];

const TAGS = ['Segments', 'Topics', 'Broadcasts', 'Suppressions', 'Webhooks', 'Logs', 'Automations', 'Events', 'Inboxes', 'Usage'];

describe('broadcast, automation, inbox and other operations', () => {
  it('covers every operation of these tags in the bundled spec with a typed call', () => {
    // Segments 7, topics 5, broadcasts 10, suppressions 6, webhooks 10, logs 2, automations 9,
    // events 6, inboxes 26, usage 1.
    expect(Object.keys(calls).sort()).toEqual(operationsOf(bundled.paths, TAGS).sort());
    expect(Object.keys(calls)).toHaveLength(85);
  });

  it('types responses with the named schemas', () => {
    expectTypeOf<Data<'getSegment'>>().toEqualTypeOf<S['Segment']>();
    expectTypeOf<Data<'listTopics'>['data'][number]>().toEqualTypeOf<S['TopicSummary']>();
    expectTypeOf<Data<'getBroadcast'>>().toEqualTypeOf<S['Broadcast']>();
    expectTypeOf<Data<'listBroadcastRecipients'>['data'][number]>().toEqualTypeOf<S['BroadcastRecipient']>();
    expectTypeOf<Data<'getSuppression'>['origin']>().toEqualTypeOf<'bounce' | 'complaint' | 'manual'>();
    expectTypeOf<Data<'createWebhook'>['signing_secret']>().toEqualTypeOf<string>();
    // openapi-fetch flattens `allOf` intersections, so the payload union compares by mutual assignability.
    expectTypeOf<Data<'getWebhookEvent'>['payload']>().toExtend<S['WebhookEventPayload']>();
    expectTypeOf<S['WebhookEventPayload']>().toExtend<Data<'getWebhookEvent'>['payload']>();
    expectTypeOf<Data<'getLog'>>().toEqualTypeOf<S['Log']>();
    expectTypeOf<Data<'getAutomationRun'>['status']>().toEqualTypeOf<'running' | 'completed' | 'failed' | 'cancelled'>();
    expectTypeOf<Data<'sendEvent'>>().toEqualTypeOf<S['SendEventResponse']>();
    expectTypeOf<Data<'createInboxDraft'>>().toEqualTypeOf<S['InboxDraft']>();
    expectTypeOf<Data<'listInboxLabels'>>().toEqualTypeOf<S['InboxLabelList']>();
    expectTypeOf<Data<'getUsage'>['emails']['daily']['limit']>().toEqualTypeOf<number | null>();
  });

  it('models the label list without has_more and the after-only delivery lists', () => {
    expectTypeOf<S['InboxLabelList']>().not.toHaveProperty('has_more');
    type DeliveryQuery = NonNullable<operations['listWebhookEvents']['parameters']['query']>;
    expectTypeOf<DeliveryQuery>().toHaveProperty('after');
    expectTypeOf<DeliveryQuery>().not.toHaveProperty('before');
    type AttemptQuery = NonNullable<operations['listWebhookEventAttempts']['parameters']['query']>;
    expectTypeOf<AttemptQuery>().not.toHaveProperty('before');
  });

  it('narrows automation steps and webhook payloads on their type', () => {
    type Step = S['AutomationStep'];
    expectTypeOf<Extract<Step, { type: 'add_to_segment' }>['config']['segment_id']>().toEqualTypeOf<string>();
    expectTypeOf<Extract<Step, { type: 'delay' }>['config']['duration']>().toEqualTypeOf<string>();
    type Payload = S['WebhookEventPayload'];
    expectTypeOf<Extract<Payload, { type: 'email.bounced' }>['data']['bounce']['type']>().toEqualTypeOf<
      'Undetermined' | 'Transient' | 'Permanent'
    >();
    expectTypeOf<Extract<Payload, { type: 'suppression.added' }>>().toEqualTypeOf<S['SuppressionAddedEvent']>();
    expectTypeOf<S['WebhookEventType']>().toEqualTypeOf<Payload['type']>();
  });

  it('describes one signed webhook delivery per event type', () => {
    expect(Object.keys(bundled.webhooks)).toHaveLength(37);
    expect(operationsOf(bundled.webhooks, ['Webhook events'])).toHaveLength(37);
    expectTypeOf<WebhookBody<'email.clicked'>>().toEqualTypeOf<S['EmailClickedEvent']>();
    expectTypeOf<WebhookBody<'inbox.thread.folder.updated'>['data']['inbox_id']>().toEqualTypeOf<string>();
    type Headers = NonNullable<webhooks['email.sent']['post']>['parameters']['header'];
    expectTypeOf<Headers>().toEqualTypeOf<{ 'svix-id': string; 'svix-timestamp': string; 'svix-signature': string }>();
  });

  it('rejects wrong paths, missing required fields and bad enum values', () => {
    const wrong = [
      // @ts-expect-error no such path
      () => client.GET('/segment'),
      // @ts-expect-error a topic needs its default subscription
      () => client.POST('/topics', { body: { name: 'Product updates' } }),
      // @ts-expect-error the recipients list requires the `type` query parameter
      () => client.GET('/broadcasts/{broadcast_id}/recipients', { params: { path: { broadcast_id: broadcastId } } }),
      // @ts-expect-error an event is sent for a contact_id or an email
      () => client.POST('/events/send', { body: { event: 'user.signed_up' } }),
      // @ts-expect-error not a webhook event type
      () => client.POST('/webhooks', { body: { endpoint: 'https://hooks.acme.dev', events: ['email.exploded'] } }),
      // @ts-expect-error webhook deliveries page forward only
      () => client.GET('/webhooks/{webhook_id}/events', { params: { path: { webhook_id: webhookId }, query: { before: eventId } } }),
      // @ts-expect-error label colours are a fixed palette
      () => client.POST('/inboxes/{inbox_id}/labels', { params: { path: inbox }, body: { name: 'Billing', color: 'red' } }),
      // @ts-expect-error a broadcast needs a segment
      () => client.POST('/broadcasts', { body: { from: 'Acme <news@acme.dev>', subject: 'Hi' } }),
      // @ts-expect-error the path parameter is `segment_id`
      () => client.GET('/segments/{segment_id}', { params: { path: { id: segmentId } } }),
    ];
    expect(wrong).toHaveLength(9);
  });
});
