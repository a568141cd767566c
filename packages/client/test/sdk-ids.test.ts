/**
 * The official SDK's calls that give their path IDs inside the options object
 * (`emails.update({ id, scheduledAt })`, `automations.runs.get({ automationId, runId })`, inbox
 * drafts, labels and threads). Each sample below is typed as the SDK's own options type, so
 * `pnpm typecheck` fails when one of them does not compile here; at run time each is sent once by the
 * SDK and once by the client, and both must make the same request.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { http } from 'msw';
import { Resend } from 'resend';
import type {
  CreateInboxLabelRequest,
  ListAutomationRunsQuery,
  UpdateInboxAgentRequest,
  UpdateInboxLabelRequest,
} from '../src/generated/methods.js';
import type { CallOptions, ResendClient } from '../src/index.js';
import { API_KEY, BASE_URL, json, recordRequests as recordOn, testClient, useServer } from './helpers.js';

const server = useServer();
const recordRequests = () => recordOn(server);

/** The first parameter of an SDK method: its options type. */
type Options<F> = F extends (options: infer O, ...rest: never[]) => unknown ? O : never;

type Sdk = Resend;
/**
 * One sample per SDK call, each of the SDK's options type. Where the SDK's value types are looser
 * than the API's (a `null` fallback, name or tone, a boolean contact property, any string as a label color, one run status instead of a
 * list, a contact by both `id` and `email`), the sample is of the SDK's type narrowed to the API's:
 * such a value, written in the call, compiles in both.
 */
/** A contact update's fields as the API types them (no `null` names, string or number properties). */
type ContactFields = { firstName?: string; lastName?: string; properties?: Record<string, string | number> };

interface Samples {
  emailsUpdate: Options<Sdk['emails']['update']>;
  domainsUpdate: Options<Sdk['domains']['update']>;
  contactPropertiesUpdate: Options<Sdk['contactProperties']['update']> & { fallbackValue?: string | number };
  contactsGet: Options<Sdk['contacts']['get']>;
  contactsGetInAudience: Options<Sdk['contacts']['get']>;
  contactsUpdate: Options<Sdk['contacts']['update']> & ContactFields;
  contactsUpdateInAudience: Options<Sdk['contacts']['update']> & ContactFields;
  contactsRemove: Options<Sdk['contacts']['remove']>;
  contactsRemoveInAudience: Options<Sdk['contacts']['remove']>;
  contactSegmentsAdd: Options<Sdk['contacts']['segments']['add']>;
  contactSegmentsRemove: Options<Sdk['contacts']['segments']['remove']>;
  contactSegmentsList: Options<Sdk['contacts']['segments']['list']>;
  contactTopicsList: Options<Sdk['contacts']['topics']['list']> & { email: string; id?: undefined };
  runsGet: Options<Sdk['automations']['runs']['get']>;
  runsList: Options<Sdk['automations']['runs']['list']> & Pick<ListAutomationRunsQuery, 'status'>;
  attachmentsGet: Options<Sdk['emails']['attachments']['get']>;
  attachmentsList: Options<Sdk['emails']['attachments']['list']>;
  receivedAttachmentsGet: Options<Sdk['emails']['receiving']['attachments']['get']>;
  receivedAttachmentsList: Options<Sdk['emails']['receiving']['attachments']['list']>;
  webhookEventsList: Options<Sdk['webhooks']['events']['list']>;
  webhookEventsGet: Options<Sdk['webhooks']['events']['get']>;
  webhookEventsReplay: Options<Sdk['webhooks']['events']['replay']>;
  webhookAttemptsList: Options<Sdk['webhooks']['events']['attempts']['list']>;
  agentGet: Options<Sdk['inboxes']['agent']['get']>;
  agentUpdate: Options<Sdk['inboxes']['agent']['update']> & Pick<UpdateInboxAgentRequest, 'tone'>;
  draftsList: Options<Sdk['inboxes']['drafts']['list']>;
  draftsCreate: Options<Sdk['inboxes']['drafts']['create']>;
  draftsGet: Options<Sdk['inboxes']['drafts']['get']>;
  draftsUpdate: Options<Sdk['inboxes']['drafts']['update']>;
  draftsRemove: Options<Sdk['inboxes']['drafts']['remove']>;
  draftsSend: Options<Sdk['inboxes']['drafts']['send']>;
  labelsList: Options<Sdk['inboxes']['labels']['list']>;
  labelsCreate: Options<Sdk['inboxes']['labels']['create']> & Pick<CreateInboxLabelRequest, 'color'>;
  labelsUpdate: Options<Sdk['inboxes']['labels']['update']> & Pick<UpdateInboxLabelRequest, 'color'>;
  labelsRemove: Options<Sdk['inboxes']['labels']['remove']>;
  threadsList: Options<Sdk['inboxes']['threads']['list']>;
  threadsSearch: Options<Sdk['inboxes']['threads']['search']>;
  threadsGet: Options<Sdk['inboxes']['threads']['get']>;
  threadsUpdate: Options<Sdk['inboxes']['threads']['update']>;
  threadsRemove: Options<Sdk['inboxes']['threads']['remove']>;
  threadEmailsList: Options<Sdk['inboxes']['threads']['emails']['list']>;
  threadEmailsGet: Options<Sdk['inboxes']['threads']['emails']['get']>;
  threadEmailsReply: Options<Sdk['inboxes']['threads']['emails']['reply']>;
  threadEmailsForward: Options<Sdk['inboxes']['threads']['emails']['forward']>;
  threadLabelsAdd: Options<Sdk['inboxes']['threads']['labels']['add']>;
  threadLabelsSet: Options<Sdk['inboxes']['threads']['labels']['set']>;
  threadLabelsRemove: Options<Sdk['inboxes']['threads']['labels']['remove']>;
}

const inbox = { inboxId: 'inb_1' };
const byAddress = { emailAddress: 'support@acme.dev' };
const samples: Samples = {
  emailsUpdate: { id: 'em_1', scheduledAt: 'in 1 hour' },
  domainsUpdate: { id: 'dom_1', openTracking: true, clickTracking: false, tls: 'enforced', trackingSubdomain: 'links' },
  contactPropertiesUpdate: { id: 'cp_1', fallbackValue: 'free' },
  contactsGet: { id: 'c_1' },
  contactsGetInAudience: { email: 'ada@acme.dev', audienceId: 'aud_1' },
  contactsUpdate: { email: 'ada@acme.dev', firstName: 'Ada', unsubscribed: true },
  contactsUpdateInAudience: { id: 'c_1', audienceId: 'aud_1', lastName: 'Lovelace' },
  contactsRemove: { email: 'ada@acme.dev' },
  contactsRemoveInAudience: { id: 'c_1', audienceId: 'aud_1' },
  contactSegmentsAdd: { contactId: 'c_1', segmentId: 'seg_1' },
  contactSegmentsRemove: { email: 'ada@acme.dev', segmentId: 'seg_1' },
  contactSegmentsList: { contactId: 'c_1', limit: 10 },
  contactTopicsList: { email: 'ada@acme.dev', limit: 5 },
  runsGet: { automationId: 'au_1', runId: 'run_1' },
  runsList: { automationId: 'au_1', limit: 2, status: ['running'] },
  attachmentsGet: { emailId: 'em_1', id: 'att_1' },
  attachmentsList: { emailId: 'em_1', limit: 3 },
  receivedAttachmentsGet: { emailId: 'em_2', id: 'att_2' },
  receivedAttachmentsList: { emailId: 'em_2', after: 'att_1' },
  webhookEventsList: { webhookId: 'wh_1', limit: 5 },
  webhookEventsGet: { webhookId: 'wh_1', eventId: 'ev_1' },
  webhookEventsReplay: { webhookId: 'wh_1', eventId: 'ev_1' },
  webhookAttemptsList: { webhookId: 'wh_1', eventId: 'ev_1', limit: 2 },
  agentGet: inbox,
  agentUpdate: { ...byAddress, instructions: 'Answer briefly.' },
  draftsList: { ...inbox, limit: 5 },
  draftsCreate: {
    ...inbox,
    to: 'ada@example.com',
    subject: 'Re: hi',
    text: 'Thanks',
    threadId: 'th_1',
    replyToEmailId: 'em_1',
  },
  draftsGet: { ...inbox, draftId: 'dr_1' },
  draftsUpdate: { ...byAddress, draftId: 'dr_1', subject: 'Updated' },
  draftsRemove: { ...inbox, draftId: 'dr_1' },
  draftsSend: { ...inbox, draftId: 'dr_1' },
  labelsList: inbox,
  labelsCreate: { ...inbox, name: 'VIP', color: 'iris' },
  labelsUpdate: { ...inbox, labelId: 'lb_1', name: 'Very important' },
  labelsRemove: { ...inbox, labelId: 'lb_1' },
  threadsList: { ...inbox, read: false, limit: 5 },
  threadsSearch: { ...byAddress, query: 'invoice', hasAttachment: true, startDate: '2026-01-01' },
  threadsGet: { ...inbox, threadId: 'th_1' },
  threadsUpdate: { ...inbox, threadId: 'th_1', read: true },
  threadsRemove: { ...inbox, threadId: 'th_1' },
  threadEmailsList: { ...inbox, threadId: 'th_1', limit: 4 },
  threadEmailsGet: { ...inbox, threadId: 'th_1', emailId: 'em_1' },
  threadEmailsReply: { ...inbox, threadId: 'th_1', emailId: 'em_1', text: 'On it.', replyAll: true },
  threadEmailsForward: { ...inbox, threadId: 'th_1', emailId: 'em_1', to: 'team@acme.dev', text: 'FYI' },
  threadLabelsAdd: { ...inbox, threadId: 'th_1', labels: ['lb_1'] },
  threadLabelsSet: { ...inbox, threadId: 'th_1', labels: ['lb_1', 'lb_2'] },
  threadLabelsRemove: { ...inbox, threadId: 'th_1', labelId: 'lb_1' },
};

type Call = () => Promise<unknown>;

/** Each sample sent by the SDK (first) and by the client (second), by name. */
function calls(r: Resend, c: ResendClient, s: Samples): [keyof Samples, Call, Call][] {
  return [
    ['emailsUpdate', () => r.emails.update(s.emailsUpdate), () => c.emails.update(s.emailsUpdate)],
    ['domainsUpdate', () => r.domains.update(s.domainsUpdate), () => c.domains.update(s.domainsUpdate)],
    [
      'contactPropertiesUpdate',
      () => r.contactProperties.update(s.contactPropertiesUpdate),
      () => c.contactProperties.update(s.contactPropertiesUpdate),
    ],
    ['contactsGet', () => r.contacts.get(s.contactsGet), () => c.contacts.get(s.contactsGet)],
    [
      'contactsGetInAudience',
      () => r.contacts.get(s.contactsGetInAudience),
      () => c.contacts.get(s.contactsGetInAudience),
    ],
    ['contactsUpdate', () => r.contacts.update(s.contactsUpdate), () => c.contacts.update(s.contactsUpdate)],
    [
      'contactsUpdateInAudience',
      () => r.contacts.update(s.contactsUpdateInAudience),
      () => c.contacts.update(s.contactsUpdateInAudience),
    ],
    ['contactsRemove', () => r.contacts.remove(s.contactsRemove), () => c.contacts.remove(s.contactsRemove)],
    [
      'contactsRemoveInAudience',
      () => r.contacts.remove(s.contactsRemoveInAudience),
      () => c.contacts.remove(s.contactsRemoveInAudience),
    ],
    [
      'contactSegmentsAdd',
      () => r.contacts.segments.add(s.contactSegmentsAdd),
      () => c.contacts.segments.add(s.contactSegmentsAdd),
    ],
    [
      'contactSegmentsRemove',
      () => r.contacts.segments.remove(s.contactSegmentsRemove),
      () => c.contacts.segments.remove(s.contactSegmentsRemove),
    ],
    [
      'contactSegmentsList',
      () => r.contacts.segments.list(s.contactSegmentsList),
      () => c.contacts.segments.list(s.contactSegmentsList),
    ],
    [
      'contactTopicsList',
      () => r.contacts.topics.list(s.contactTopicsList),
      () => c.contacts.topics.list(s.contactTopicsList),
    ],
    ['runsGet', () => r.automations.runs.get(s.runsGet), () => c.automations.runs.get(s.runsGet)],
    ['runsList', () => r.automations.runs.list(s.runsList), () => c.automations.runs.list(s.runsList)],
    [
      'attachmentsGet',
      () => r.emails.attachments.get(s.attachmentsGet),
      () => c.emails.attachments.get(s.attachmentsGet),
    ],
    [
      'attachmentsList',
      () => r.emails.attachments.list(s.attachmentsList),
      () => c.emails.attachments.list(s.attachmentsList),
    ],
    [
      'receivedAttachmentsGet',
      () => r.emails.receiving.attachments.get(s.receivedAttachmentsGet),
      () => c.emails.receiving.attachments.get(s.receivedAttachmentsGet),
    ],
    [
      'receivedAttachmentsList',
      () => r.emails.receiving.attachments.list(s.receivedAttachmentsList),
      () => c.emails.receiving.attachments.list(s.receivedAttachmentsList),
    ],
    [
      'webhookEventsList',
      () => r.webhooks.events.list(s.webhookEventsList),
      () => c.webhooks.events.list(s.webhookEventsList),
    ],
    [
      'webhookEventsGet',
      () => r.webhooks.events.get(s.webhookEventsGet),
      () => c.webhooks.events.get(s.webhookEventsGet),
    ],
    [
      'webhookEventsReplay',
      () => r.webhooks.events.replay(s.webhookEventsReplay),
      () => c.webhooks.events.replay(s.webhookEventsReplay),
    ],
    [
      'webhookAttemptsList',
      () => r.webhooks.events.attempts.list(s.webhookAttemptsList),
      () => c.webhooks.events.attempts.list(s.webhookAttemptsList),
    ],
    ['agentGet', () => r.inboxes.agent.get(s.agentGet), () => c.inboxes.agent.get(s.agentGet)],
    ['agentUpdate', () => r.inboxes.agent.update(s.agentUpdate), () => c.inboxes.agent.update(s.agentUpdate)],
    ['draftsList', () => r.inboxes.drafts.list(s.draftsList), () => c.inboxes.drafts.list(s.draftsList)],
    ['draftsCreate', () => r.inboxes.drafts.create(s.draftsCreate), () => c.inboxes.drafts.create(s.draftsCreate)],
    ['draftsGet', () => r.inboxes.drafts.get(s.draftsGet), () => c.inboxes.drafts.get(s.draftsGet)],
    ['draftsUpdate', () => r.inboxes.drafts.update(s.draftsUpdate), () => c.inboxes.drafts.update(s.draftsUpdate)],
    ['draftsRemove', () => r.inboxes.drafts.remove(s.draftsRemove), () => c.inboxes.drafts.remove(s.draftsRemove)],
    ['draftsSend', () => r.inboxes.drafts.send(s.draftsSend), () => c.inboxes.drafts.send(s.draftsSend)],
    ['labelsList', () => r.inboxes.labels.list(s.labelsList), () => c.inboxes.labels.list(s.labelsList)],
    ['labelsCreate', () => r.inboxes.labels.create(s.labelsCreate), () => c.inboxes.labels.create(s.labelsCreate)],
    ['labelsUpdate', () => r.inboxes.labels.update(s.labelsUpdate), () => c.inboxes.labels.update(s.labelsUpdate)],
    ['labelsRemove', () => r.inboxes.labels.remove(s.labelsRemove), () => c.inboxes.labels.remove(s.labelsRemove)],
    ['threadsList', () => r.inboxes.threads.list(s.threadsList), () => c.inboxes.threads.list(s.threadsList)],
    ['threadsSearch', () => r.inboxes.threads.search(s.threadsSearch), () => c.inboxes.threads.search(s.threadsSearch)],
    ['threadsGet', () => r.inboxes.threads.get(s.threadsGet), () => c.inboxes.threads.get(s.threadsGet)],
    ['threadsUpdate', () => r.inboxes.threads.update(s.threadsUpdate), () => c.inboxes.threads.update(s.threadsUpdate)],
    ['threadsRemove', () => r.inboxes.threads.remove(s.threadsRemove), () => c.inboxes.threads.remove(s.threadsRemove)],
    [
      'threadEmailsList',
      () => r.inboxes.threads.emails.list(s.threadEmailsList),
      () => c.inboxes.threads.emails.list(s.threadEmailsList),
    ],
    [
      'threadEmailsGet',
      () => r.inboxes.threads.emails.get(s.threadEmailsGet),
      () => c.inboxes.threads.emails.get(s.threadEmailsGet),
    ],
    [
      'threadEmailsReply',
      () => r.inboxes.threads.emails.reply(s.threadEmailsReply),
      () => c.inboxes.threads.emails.reply(s.threadEmailsReply),
    ],
    [
      'threadEmailsForward',
      () => r.inboxes.threads.emails.forward(s.threadEmailsForward),
      () => c.inboxes.threads.emails.forward(s.threadEmailsForward),
    ],
    [
      'threadLabelsAdd',
      () => r.inboxes.threads.labels.add(s.threadLabelsAdd),
      () => c.inboxes.threads.labels.add(s.threadLabelsAdd),
    ],
    [
      'threadLabelsSet',
      () => r.inboxes.threads.labels.set(s.threadLabelsSet),
      () => c.inboxes.threads.labels.set(s.threadLabelsSet),
    ],
    [
      'threadLabelsRemove',
      () => r.inboxes.threads.labels.remove(s.threadLabelsRemove),
      () => c.inboxes.threads.labels.remove(s.threadLabelsRemove),
    ],
  ];
}

describe("the SDK's calls with the IDs inside the options", () => {
  const names = calls(new Resend(API_KEY), testClient(), samples).map(([name]) => name);

  it('has one sample for every call', () => {
    expect(names.sort()).toEqual(Object.keys(samples).sort());
  });

  it.each(names)('%s sends the same request as the SDK given the same options', async (name) => {
    const seen = recordRequests();
    const [, viaSdk] = calls(new Resend(API_KEY, { baseUrl: BASE_URL }), testClient(), samples).find(
      ([n]) => n === name,
    )!;
    const [, , viaClient] = calls(new Resend(API_KEY), testClient(), samples).find(([n]) => n === name)!;
    await viaSdk();
    const result = (await viaClient()) as { error?: unknown };
    expect(result.error).toBeUndefined();
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(seen[0]);
  });

  it("leaves the caller's options as they were", async () => {
    recordRequests();
    const options = { ...samples.threadEmailsReply };
    const before = structuredClone(options);
    await testClient().inboxes.threads.emails.reply(options);
    expect(options).toEqual(before);
  });
});

describe('where the SDK sends another body for the same call', () => {
  it('topics.update({ id, … }) sends the fields without the ID (the SDK repeats it in the body)', async () => {
    const seen = recordRequests();
    const options: Options<Sdk['topics']['update']> = { id: 'tp_1', name: 'News', description: 'Monthly' };
    await new Resend(API_KEY, { baseUrl: BASE_URL }).topics.update(options);
    await testClient().topics.update(options);
    expect(seen.map(({ method, path }) => `${method} ${path}`)).toEqual(['PATCH /topics/tp_1', 'PATCH /topics/tp_1']);
    expect(seen[0]!.body).toEqual({ id: 'tp_1', name: 'News', description: 'Monthly' });
    expect(seen[1]!.body).toEqual({ name: 'News', description: 'Monthly' });
  });

  it('contacts.topics.update({ id | email, topics }) sends { topics } (the SDK the bare list; the API takes both)', async () => {
    const seen = recordRequests();
    const topics = [{ id: 'tp_1', subscription: 'opt_in' as const }];
    const options: Options<Sdk['contacts']['topics']['update']> = { email: 'ada@acme.dev', topics };
    await new Resend(API_KEY, { baseUrl: BASE_URL }).contacts.topics.update(options);
    await testClient().contacts.topics.update({ email: 'ada@acme.dev', topics });
    expect(seen.map(({ path }) => path)).toEqual(['/contacts/ada@acme.dev/topics', '/contacts/ada@acme.dev/topics']);
    expect(seen[0]!.body).toEqual(topics);
    expect(seen[1]!.body).toEqual({ topics });
  });
});

describe('the positional form beside it', () => {
  it('still takes the ID first and the body next, and several IDs as one object keyed like the path', async () => {
    const seen = recordRequests();
    const resend = testClient();
    expect((await resend.emails.update('em_1', { scheduledAt: 'in 1 hour' })).error).toBeUndefined();
    expect((await resend.automations.runs.get({ automation_id: 'au_1', run_id: 'run_1' })).error).toBeUndefined();
    const reply = await resend.inboxes.threads.emails.reply(
      { inbox_id: 'inb_1', thread_id: 'th_1', email_id: 'em_1' },
      { text: 'On it.', replyAll: true },
    );
    expect(reply.error).toBeUndefined();
    expect(seen.map(({ method, path, body }) => [method, path, body])).toEqual([
      ['PATCH', '/emails/em_1', { scheduled_at: 'in 1 hour' }],
      ['GET', '/automations/au_1/runs/run_1', undefined],
      ['POST', '/inboxes/inb_1/threads/th_1/emails/em_1/reply', { text: 'On it.', reply_all: true }],
    ]);
  });

  it("keeps a contact's email a body field there: contacts.update(id, { email }) changes the address", async () => {
    const seen = recordRequests();
    await testClient().contacts.update('c_1', { email: 'new@acme.dev' });
    expect(seen[0]).toMatchObject({ method: 'PATCH', path: '/contacts/c_1', body: { email: 'new@acme.dev' } });
  });

  it('types both forms, the positional one last (what Parameters<> reads)', () => {
    const resend = testClient();
    expectTypeOf(resend.emails.update).toBeCallableWith({ id: 'em_1', scheduledAt: 'in 1 hour' });
    expectTypeOf(resend.emails.update).toBeCallableWith('em_1', { scheduledAt: 'in 1 hour' });
    expectTypeOf(resend.automations.runs.get).toBeCallableWith({ automationId: 'au_1', runId: 'run_1' });
    expectTypeOf(resend.automations.runs.get).toBeCallableWith({ automation_id: 'au_1', run_id: 'run_1' });
    expectTypeOf<Parameters<typeof resend.emails.update>>().toEqualTypeOf<
      [emailId: string, body: Parameters<typeof resend.emails.update>[1], options?: CallOptions]
    >();
    expectTypeOf<Parameters<typeof resend.emails.update>[0]>().toEqualTypeOf<string>();
    // Not called: only their types are checked.
    const refusedByTheCompiler = [
      // @ts-expect-error: a positional ID and an ID in the body
      () => resend.emails.update('em_1', { id: 'em_2', scheduledAt: 'in 1 hour' }),
      // @ts-expect-error: a contact by both id and email
      () => resend.contacts.get({ id: 'c_1', email: 'ada@acme.dev' }),
      // @ts-expect-error: both spellings of one ID
      () => resend.automations.runs.get({ automationId: 'au_1', automation_id: 'au_1', runId: 'run_1' }),
      // @ts-expect-error: the SDK's form takes the body inside, not as a second argument
      () => resend.inboxes.threads.update({ inboxId: 'inb_1', threadId: 'th_1' }, { read: true }),
      // @ts-expect-error: an ID missing
      () => resend.inboxes.drafts.get({ inboxId: 'inb_1' }),
    ];
    expect(refusedByTheCompiler).toHaveLength(5);
  });
});

describe('ambiguous calls', () => {
  /** Calls `call` and expects it refused as invalid_option, with nothing sent. */
  async function expectRefused(call: () => Promise<unknown>, message: RegExp, request: object) {
    const seen = recordRequests();
    const result = (await call()) as { error?: { name: string; message: string; statusCode: unknown } };
    expect(result.error).toMatchObject({ name: 'invalid_option', statusCode: null });
    expect(result.error!.message).toMatch(message);
    expect(result.error!.message).toMatch(/Nothing was sent\.$/);
    expect(result).toMatchObject({ request });
    expect(seen).toEqual([]);
  }
  const untyped = () =>
    testClient() as unknown as Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>;

  it('refuses a positional ID together with an ID key in the body', async () => {
    await expectRefused(
      () => untyped().emails!.update!('em_1', { id: 'em_2', scheduledAt: 'in 1 hour' }),
      /id is a path parameter, already given as the first argument/,
      { method: 'PATCH', path: '/emails/em_1' },
    );
    const threads = (testClient() as unknown as { inboxes: { threads: Record<string, (...a: unknown[]) => unknown> } })
      .inboxes.threads;
    await expectRefused(
      () =>
        threads.update!({ inbox_id: 'inb_1', thread_id: 'th_1' }, { threadId: 'th_2', read: true }) as Promise<unknown>,
      /threadId is a path parameter/,
      { method: 'PATCH', path: '/inboxes/inb_1/threads/th_1' },
    );
  });

  it("refuses one ID under both spellings, the SDK's and the API's", async () => {
    const runs = (testClient() as unknown as { automations: { runs: Record<string, (...a: unknown[]) => unknown> } })
      .automations.runs;
    await expectRefused(
      () => runs.get!({ automationId: 'au_1', automation_id: 'au_1', runId: 'run_1' }) as Promise<unknown>,
      /automationId and automation_id both give the path parameter automation_id; give one/,
      { method: 'GET', path: '/automations/{automation_id}/runs/{run_id}' },
    );
    await expectRefused(
      () => untyped().emails!.update!({ id: 'em_1', email_id: 'em_1', scheduledAt: 'in 1 hour' }),
      /id and email_id both give the path parameter email_id/,
      { method: 'PATCH' },
    );
  });

  it('refuses a contact given by both id and email, and an inbox by both ID and address', async () => {
    await expectRefused(
      () => untyped().contacts!.get!({ id: 'c_1', email: 'ada@acme.dev' }),
      /id and email both give the path parameter id/,
      { method: 'GET' },
    );
    const drafts = (testClient() as unknown as { inboxes: { drafts: Record<string, (...a: unknown[]) => unknown> } })
      .inboxes.drafts;
    await expectRefused(
      () => drafts.get!({ inboxId: 'inb_1', emailAddress: 'support@acme.dev', draftId: 'dr_1' }) as Promise<unknown>,
      /inboxId and emailAddress both give the path parameter inbox_id/,
      { method: 'GET' },
    );
  });

  it('takes a null alternative as absent, as the SDK does', async () => {
    const seen = recordRequests();
    await testClient().contacts.get({ email: 'ada@acme.dev', id: null });
    expect(seen[0]!.path).toBe('/contacts/ada@acme.dev');
  });

  it("refuses a body given as the second argument of the SDK's form (it would be read as call options)", async () => {
    const threads = (testClient() as unknown as { inboxes: { threads: Record<string, (...a: unknown[]) => unknown> } })
      .inboxes.threads;
    await expectRefused(
      () => threads.update!({ inboxId: 'inb_1', threadId: 'th_1' }, { read: true }) as Promise<unknown>,
      /the second is the call's options; read is not one of them/,
      { method: 'PATCH' },
    );
  });

  it('refuses fields on a call that takes only IDs, rather than dropping them', async () => {
    await expectRefused(
      () => untyped().contacts!.get!({ id: 'c_1', firstName: 'Ada' }),
      /firstName: not an option of this call/,
      { method: 'GET', path: '/contacts/c_1' },
    );
  });

  it('passes call options after the SDK form', async () => {
    const seen: string[] = [];
    server.use(
      http.all(`${BASE_URL}/*`, ({ request }) => {
        seen.push(request.headers.get('x-trace') ?? '');
        return json({ object: 'email', id: 'em_1' });
      }),
    );
    const { error } = await testClient().emails.update(
      { id: 'em_1', scheduledAt: 'in 1 hour' },
      { headers: { 'x-trace': 't-1' } },
    );
    expect(error).toBeUndefined();
    expect(seen).toEqual(['t-1']);
  });
});
