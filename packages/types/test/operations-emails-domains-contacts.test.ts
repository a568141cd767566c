import { describe, expect, expectTypeOf, it } from 'vitest';
import createClient from 'openapi-fetch';
import type { components, operations, paths } from '../src/index.js';
import { bundled, operationsOf } from './bundled-spec.js';

// Type-level coverage of the operations tagged Emails, Receiving Emails, Domains, API Keys, OAuth,
// Templates, Audiences, Contacts and Contact Properties. The calls are built but never run:
// `tsc --noEmit` checks that each path, parameter set and body matches the spec.
type S = components['schemas'];

const client = createClient<paths>({ baseUrl: 'http://127.0.0.1:1' });
const emailId = '4ef9a417-02e9-4d39-ad75-9611e0fcc33c';
const attachmentId = '2a0c9ce0-3112-4728-976e-47ddcd16a318';
const domainId = 'd91cd9bd-1176-453e-8fc1-35364d380206';
const uuid = '78261eea-8f8b-4381-83c6-79fa7120f1cf';

/** The typed calls of these tags, keyed by operationId; exported so operations-coverage.test.ts can check both files together. */
export const calls = {
  // Emails
  sendEmail: () =>
    client.POST('/emails', {
      params: { header: { 'Idempotency-Key': 'welcome-user/123456789' } },
      body: {
        from: 'Acme <onboarding@acme.dev>',
        to: ['ada@example.com'],
        subject: 'Welcome to Acme',
        html: '<p>Hello {{{FIRST_NAME}}}</p>',
        reply_to: 'support@acme.dev',
        headers: { 'X-Entity-Ref-ID': '123456789' },
        attachments: [{ filename: 'invoice.pdf', path: 'https://acme.dev/invoices/123.pdf' }],
        tags: [{ name: 'category', value: 'confirm_email' }],
        scheduled_at: 'in 1 min',
      },
    }),
  sendBatchEmails: () =>
    client.POST('/emails/batch', {
      body: [
        { from: 'Acme <news@acme.dev>', to: 'ada@example.com', subject: 'Hello Ada', text: 'Hi Ada' },
        { from: 'Acme <news@acme.dev>', to: ['grace@example.com'], subject: 'Your receipt', template: { id: 'receipt', variables: { TOTAL: 42 } } },
      ],
    }),
  listEmails: () => client.GET('/emails', { params: { query: { limit: 100, after: emailId } } }),
  getEmail: () => client.GET('/emails/{email_id}', { params: { path: { email_id: emailId } } }),
  updateEmail: () =>
    client.PATCH('/emails/{email_id}', { params: { path: { email_id: emailId } }, body: { scheduled_at: 'in 1 hour' } }),
  cancelEmail: () => client.POST('/emails/{email_id}/cancel', { params: { path: { email_id: emailId } } }),
  shareEmail: () =>
    client.POST('/emails/{email_id}/share', { params: { path: { email_id: emailId } }, body: { expires_in: '2 hours' } }),
  listEmailAttachments: () =>
    client.GET('/emails/{email_id}/attachments', { params: { path: { email_id: emailId }, query: { limit: 10 } } }),
  getEmailAttachment: () =>
    client.GET('/emails/{email_id}/attachments/{attachment_id}', {
      params: { path: { email_id: emailId, attachment_id: attachmentId } },
    }),
  getEmailMetrics: () =>
    client.GET('/emails/metrics', {
      params: { query: { start_date: '2026-07-01', metrics: ['sent', 'open_rate'], dimensions: ['period'], granularity: 'daily' } },
    }),
  // Receiving
  listReceivedEmails: () => client.GET('/emails/receiving', { params: { query: { after: emailId } } }),
  getReceivedEmail: () =>
    client.GET('/emails/receiving/{email_id}', { params: { path: { email_id: emailId }, query: { html_format: 'cid' } } }),
  listReceivedEmailAttachments: () =>
    client.GET('/emails/receiving/{email_id}/attachments', { params: { path: { email_id: emailId } } }),
  getReceivedEmailAttachment: () =>
    client.GET('/emails/receiving/{email_id}/attachments/{attachment_id}', {
      params: { path: { email_id: emailId, attachment_id: attachmentId } },
    }),
  // Domains
  createDomain: () => client.POST('/domains', { body: { name: 'example.com', region: 'eu-west-1', capabilities: { receiving: 'enabled' } } }),
  listDomains: () => client.GET('/domains'),
  getDomain: () => client.GET('/domains/{domain_id}', { params: { path: { domain_id: domainId } } }),
  updateDomain: () =>
    client.PATCH('/domains/{domain_id}', { params: { path: { domain_id: domainId } }, body: { tls: 'enforced', open_tracking: true } }),
  deleteDomain: () => client.DELETE('/domains/{domain_id}', { params: { path: { domain_id: domainId } } }),
  verifyDomain: () => client.POST('/domains/{domain_id}/verify', { params: { path: { domain_id: domainId } } }),
  createDomainClaim: () => client.POST('/domains/claim', { body: { name: 'example.com' } }),
  getDomainClaim: () => client.GET('/domains/{domain_id}/claim', { params: { path: { domain_id: domainId } } }),
  verifyDomainClaim: () => client.POST('/domains/{domain_id}/claim/verify', { params: { path: { domain_id: domainId } } }),
  // API keys
  createApiKey: () => client.POST('/api-keys', { body: { name: 'CI', permission: 'sending_access', domain_id: domainId } }),
  listApiKeys: () => client.GET('/api-keys', { params: { query: { limit: 5 } } }),
  updateApiKey: () => client.PATCH('/api-keys/{api_key_id}', { params: { path: { api_key_id: uuid } }, body: { name: 'CI 2' } }),
  deleteApiKey: () => client.DELETE('/api-keys/{api_key_id}', { params: { path: { api_key_id: uuid } } }),
  // OAuth
  listOAuthGrants: () => client.GET('/oauth/grants'),
  revokeOAuthGrant: () => client.DELETE('/oauth/grants/{oauth_grant_id}', { params: { path: { oauth_grant_id: uuid } } }),
  authorizeOAuthClient: () =>
    client.GET('/oauth/authorize', {
      params: {
        query: {
          client_id: uuid,
          response_type: 'code',
          redirect_uri: 'http://127.0.0.1:49152/oauth/callback',
          code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
          code_challenge_method: 'S256',
          state: 'xyz',
        },
      },
    }),
  registerOAuthClient: () =>
    client.POST('/oauth/register', { body: { client_name: 'CLI', redirect_uris: ['http://127.0.0.1/cb'], token_endpoint_auth_method: 'none' } }),
  createOAuthToken: () =>
    client.POST('/oauth/token', { body: { grant_type: 'refresh_token', refresh_token: 'rt', client_id: uuid } }),
  revokeOAuthToken: () => client.POST('/oauth/revoke', { body: { token: 'rt', client_id: uuid } }),
  // Templates
  createTemplate: () =>
    client.POST('/templates', { body: { name: 'welcome', html: '<p>{{{NAME}}}</p>', variables: [{ key: 'NAME', type: 'string', fallback_value: 'friend' }] } }),
  listTemplates: () => client.GET('/templates', { params: { query: { limit: 20, before: uuid } } }),
  getTemplate: () => client.GET('/templates/{id}', { params: { path: { id: 'welcome' } } }),
  updateTemplate: () => client.PATCH('/templates/{id}', { params: { path: { id: uuid } }, body: { reply_to: ['a@example.com'] } }),
  deleteTemplate: () => client.DELETE('/templates/{id}', { params: { path: { id: uuid } } }),
  publishTemplate: () => client.POST('/templates/{id}/publish', { params: { path: { id: uuid } } }),
  duplicateTemplate: () => client.POST('/templates/{id}/duplicate', { params: { path: { id: uuid } } }),
  // Audiences (deprecated)
  createAudience: () => client.POST('/audiences', { body: { name: 'Registered Users' } }),
  listAudiences: () => client.GET('/audiences'),
  getAudience: () => client.GET('/audiences/{id}', { params: { path: { id: uuid } } }),
  deleteAudience: () => client.DELETE('/audiences/{id}', { params: { path: { id: uuid } } }),
  createAudienceContact: () =>
    client.POST('/audiences/{audience_id}/contacts', { params: { path: { audience_id: uuid } }, body: { email: 'grace@example.com', first_name: 'Grace' } }),
  getAudienceContact: () => client.GET('/audiences/{audience_id}/contacts/{id}', { params: { path: { audience_id: uuid, id: 'grace@example.com' } } }),
  updateAudienceContact: () =>
    client.PATCH('/audiences/{audience_id}/contacts/{id}', { params: { path: { audience_id: uuid, id: uuid } }, body: { unsubscribed: true } }),
  deleteAudienceContact: () => client.DELETE('/audiences/{audience_id}/contacts/{id}', { params: { path: { audience_id: uuid, id: uuid } } }),
  // Contacts
  createContact: () =>
    client.POST('/contacts', {
      body: { email: 'ada@example.com', properties: { plan: 'pro', seats: 3 }, segments: [{ id: uuid }], topics: [{ id: uuid, subscription: 'opt_in' }] },
    }),
  listContacts: () => client.GET('/contacts', { params: { query: { segment_id: uuid, limit: 50 } } }),
  getContact: () => client.GET('/contacts/{id}', { params: { path: { id: 'ada@example.com' } } }),
  updateContact: () => client.PATCH('/contacts/{id}', { params: { path: { id: uuid } }, body: { unsubscribed: true } }),
  deleteContact: () => client.DELETE('/contacts/{id}', { params: { path: { id: 'ada@example.com' } } }),
  createContactImport: () =>
    client.POST('/contacts/imports', { body: { file: new Blob(['Email\nada@example.com\n'], { type: 'text/csv' }), on_conflict: 'skip', column_map: { email: 'Email' } } }),
  listContactImports: () => client.GET('/contacts/imports', { params: { query: { status: 'failed' } } }),
  getContactImport: () => client.GET('/contacts/imports/{id}', { params: { path: { id: uuid } } }),
  listContactSegments: () => client.GET('/contacts/{contact_id}/segments', { params: { path: { contact_id: 'ada@example.com' } } }),
  addContactToSegment: () =>
    client.POST('/contacts/{contact_id}/segments/{segment_id}', { params: { path: { contact_id: uuid, segment_id: uuid } } }),
  removeContactFromSegment: () =>
    client.DELETE('/contacts/{contact_id}/segments/{segment_id}', { params: { path: { contact_id: uuid, segment_id: uuid } } }),
  listContactTopics: () => client.GET('/contacts/{contact_id}/topics', { params: { path: { contact_id: uuid } } }),
  updateContactTopics: () =>
    client.PATCH('/contacts/{contact_id}/topics', {
      params: { path: { contact_id: uuid } },
      body: { topics: [{ id: uuid, subscription: 'opt_out' }] },
    }),
  // Contact properties
  createContactProperty: () => client.POST('/contact-properties', { body: { key: 'seats', type: 'number', fallback_value: 1 } }),
  listContactProperties: () => client.GET('/contact-properties'),
  getContactProperty: () => client.GET('/contact-properties/{id}', { params: { path: { id: uuid } } }),
  updateContactProperty: () =>
    client.PATCH('/contact-properties/{id}', { params: { path: { id: uuid } }, body: { fallback_value: 2 } }),
  deleteContactProperty: () => client.DELETE('/contact-properties/{id}', { params: { path: { id: uuid } } }),
} satisfies Partial<Record<keyof operations, () => unknown>>;

type Data<K extends keyof typeof calls> = NonNullable<Awaited<ReturnType<(typeof calls)[K]>>['data']>;

const TAGS = ['Emails', 'Receiving Emails', 'Domains', 'API Keys', 'OAuth', 'Templates', 'Audiences', 'Contacts', 'Contact Properties'];

describe('email, domain and contact operations', () => {
  it('covers every operation of these tags in the bundled spec with a typed call', () => {
    // Emails 10, receiving 4, domains 9, API keys 4, OAuth 6, templates 7, audiences 4,
    // contacts 13, contact properties 5.
    expect(Object.keys(calls).sort()).toEqual(operationsOf(bundled.paths, TAGS).sort());
    expect(Object.keys(calls)).toHaveLength(66);
    expectTypeOf(calls.getDomain).toBeFunction();
  });

  it('types responses with the named schemas', () => {
    expectTypeOf<Data<'sendEmail'>>().toEqualTypeOf<S['SendEmailResponse']>();
    expectTypeOf<Data<'sendBatchEmails'>['data'][number]['id']>().toEqualTypeOf<string>();
    expectTypeOf<Data<'listEmails'>['data'][number]>().toEqualTypeOf<S['EmailSummary']>();
    expectTypeOf<Data<'getEmail'>>().toEqualTypeOf<S['Email']>();
    expectTypeOf<Data<'getDomain'>>().toEqualTypeOf<S['Domain']>();
    expectTypeOf<Data<'listDomains'>['data'][number]>().toEqualTypeOf<S['DomainSummary']>();
    expectTypeOf<Data<'createApiKey'>['token']>().toEqualTypeOf<string>();
    expectTypeOf<Data<'getContact'>>().toEqualTypeOf<S['Contact']>();
    expectTypeOf<Data<'listContactImports'>['data'][number]['status']>().toEqualTypeOf<
      'queued' | 'in_progress' | 'completed' | 'failed'
    >();
    expectTypeOf<Data<'getEmailMetrics'>['totals']['open_rate']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Data<'createOAuthToken'>['token_type']>().toEqualTypeOf<'Bearer'>();
    expectTypeOf<Data<'deleteDomain'>['object']>().toEqualTypeOf<'domain'>();
    expectTypeOf<Data<'getTemplate'>['variables'][number]>().toEqualTypeOf<S['TemplateVariable']>();
    expectTypeOf<Data<'getReceivedEmail'>['attachments'][number]>().toEqualTypeOf<S['ReceivedEmailAttachmentMeta']>();
  });

  it('marks audience operations deprecated and lists them without has_more', () => {
    expectTypeOf<Data<'listAudiences'>>().toEqualTypeOf<S['AudienceList']>();
    expectTypeOf<S['AudienceList']>().not.toHaveProperty('has_more');
  });

  it('keeps literal routes apart from the ID routes next to them', () => {
    // openapi-fetch flattens `allOf` intersections, so these compare by mutual assignability.
    expectTypeOf<Data<'getEmailMetrics'>>().toExtend<S['EmailMetrics']>();
    expectTypeOf<S['EmailMetrics']>().toExtend<Data<'getEmailMetrics'>>();
    expectTypeOf<Data<'listReceivedEmails'>>().toExtend<S['ReceivedEmailList']>();
    expectTypeOf<S['ReceivedEmailList']>().toExtend<Data<'listReceivedEmails'>>();
    expectTypeOf<Data<'createDomainClaim'>>().toEqualTypeOf<S['DomainClaim']>();
    expectTypeOf<Data<'listContactImports'>>().toExtend<S['ContactImportList']>();
    expectTypeOf<S['ContactImportList']>().toExtend<Data<'listContactImports'>>();
    expectTypeOf<Data<'getEmailMetrics'>>().not.toExtend<S['Email']>();
  });

  it('rejects wrong paths, missing required fields and bad enum values', () => {
    const wrong = [
      // @ts-expect-error no such path
      () => client.GET('/domain'),
      // @ts-expect-error `name` is required to create a domain
      () => client.POST('/domains', { body: { region: 'us-east-1' } }),
      // @ts-expect-error region must be one of the four regions
      () => client.POST('/domains', { body: { name: 'example.com', region: 'us-west-2' } }),
      // @ts-expect-error the path parameter is `domain_id`
      () => client.GET('/domains/{domain_id}', { params: { path: { id: domainId } } }),
      // @ts-expect-error a template needs `html`
      () => client.POST('/templates', { body: { name: 'welcome' } }),
      // @ts-expect-error rescheduling needs `scheduled_at`
      () => client.PATCH('/emails/{email_id}', { params: { path: { email_id: emailId } }, body: {} }),
      // @ts-expect-error subscription is opt_in or opt_out
      () => client.PATCH('/contacts/{contact_id}/topics', { params: { path: { contact_id: uuid } }, body: { topics: [{ id: uuid, subscription: 'yes' }] } }),
      // @ts-expect-error code_challenge_method only allows S256
      () => client.GET('/oauth/authorize', { params: { query: { client_id: uuid, response_type: 'code', redirect_uri: 'https://a.example/cb', code_challenge: 'x', code_challenge_method: 'plain' } } }),
      // @ts-expect-error an API key name is required
      () => client.POST('/api-keys', { body: { permission: 'full_access' } }),
      // @ts-expect-error every email of a batch needs a subject
      () => client.POST('/emails/batch', { body: [{ from: 'a@acme.dev', to: 'b@example.com' }] }),
      // @ts-expect-error the batch body is an array of emails, not one email
      () => client.POST('/emails/batch', { body: { from: 'a@acme.dev', to: 'b@example.com', subject: 'Hi' } }),
    ];
    expect(wrong).toHaveLength(11);
  });
});
