/**
 * This file was generated from spec/ by `pnpm generate` (scripts/generate.ts).
 * Do not edit it by hand: change the spec and regenerate.
 */

import type { components, operations } from '@resendkit/types';
import type { CallOptions, MethodResult } from '../call-options.js';
import type { BatchInput, EmailInput } from '../email-input.js';
import type { WithBytes } from '../bytes.js';
import type { WithReact } from '../react-body.js';
import type { WithIds } from '../sdk-ids.js';
import type { SdkSpelling } from '../sdk-options.js';

// Named request and response types, so signatures and hovers stay short.
/** The `AddSuppressionRequest` schema of the Resend API. */
export type AddSuppressionRequest = components['schemas']['AddSuppressionRequest'];
/** The `AddSuppressionResponse` schema of the Resend API. */
export type AddSuppressionResponse = components['schemas']['AddSuppressionResponse'];
/** The `ApiKeyList` schema of the Resend API. */
export type ApiKeyList = components['schemas']['ApiKeyList'];
/** The `ApiKeyReference` schema of the Resend API. */
export type ApiKeyReference = components['schemas']['ApiKeyReference'];
/** The `Audience` schema of the Resend API. */
export type Audience = components['schemas']['Audience'];
/** The `AudienceList` schema of the Resend API. */
export type AudienceList = components['schemas']['AudienceList'];
/** The query parameters of `authorizeOAuthClient`. */
export type AuthorizeOAuthClientQuery = NonNullable<operations['authorizeOAuthClient']['parameters']['query']>;
/** The `Automation` schema of the Resend API. */
export type Automation = components['schemas']['Automation'];
/** The `AutomationList` schema of the Resend API. */
export type AutomationList = components['schemas']['AutomationList'];
/** The `AutomationRun` schema of the Resend API. */
export type AutomationRun = components['schemas']['AutomationRun'];
/** The `AutomationRunList` schema of the Resend API. */
export type AutomationRunList = components['schemas']['AutomationRunList'];
/** The `BatchAddSuppressionsRequest` schema of the Resend API. */
export type BatchAddSuppressionsRequest = components['schemas']['BatchAddSuppressionsRequest'];
/** The `BatchAddSuppressionsResponse` schema of the Resend API. */
export type BatchAddSuppressionsResponse = components['schemas']['BatchAddSuppressionsResponse'];
/** The `BatchRemoveSuppressionsRequest` schema of the Resend API. */
export type BatchRemoveSuppressionsRequest = components['schemas']['BatchRemoveSuppressionsRequest'];
/** The `BatchRemoveSuppressionsResponse` schema of the Resend API. */
export type BatchRemoveSuppressionsResponse = components['schemas']['BatchRemoveSuppressionsResponse'];
/** The `Broadcast` schema of the Resend API. */
export type Broadcast = components['schemas']['Broadcast'];
/** The `BroadcastClickedLinkList` schema of the Resend API. */
export type BroadcastClickedLinkList = components['schemas']['BroadcastClickedLinkList'];
/** The `BroadcastList` schema of the Resend API. */
export type BroadcastList = components['schemas']['BroadcastList'];
/** The `BroadcastRecipientList` schema of the Resend API. */
export type BroadcastRecipientList = components['schemas']['BroadcastRecipientList'];
/** The `CancelBroadcastResponse` schema of the Resend API. */
export type CancelBroadcastResponse = components['schemas']['CancelBroadcastResponse'];
/** The `Contact` schema of the Resend API. */
export type Contact = components['schemas']['Contact'];
/** The `ContactImport` schema of the Resend API. */
export type ContactImport = components['schemas']['ContactImport'];
/** The `ContactImportList` schema of the Resend API. */
export type ContactImportList = components['schemas']['ContactImportList'];
/** The `ContactImportReference` schema of the Resend API. */
export type ContactImportReference = components['schemas']['ContactImportReference'];
/** The `ContactList` schema of the Resend API. */
export type ContactList = components['schemas']['ContactList'];
/** The `ContactProperty` schema of the Resend API. */
export type ContactProperty = components['schemas']['ContactProperty'];
/** The `ContactPropertyList` schema of the Resend API. */
export type ContactPropertyList = components['schemas']['ContactPropertyList'];
/** The `ContactPropertyReference` schema of the Resend API. */
export type ContactPropertyReference = components['schemas']['ContactPropertyReference'];
/** The `ContactReference` schema of the Resend API. */
export type ContactReference = components['schemas']['ContactReference'];
/** The `ContactSegmentList` schema of the Resend API. */
export type ContactSegmentList = components['schemas']['ContactSegmentList'];
/** The `ContactSegmentMembership` schema of the Resend API. */
export type ContactSegmentMembership = components['schemas']['ContactSegmentMembership'];
/** The `ContactTopicList` schema of the Resend API. */
export type ContactTopicList = components['schemas']['ContactTopicList'];
/** The `CreateApiKeyRequest` schema of the Resend API. */
export type CreateApiKeyRequest = components['schemas']['CreateApiKeyRequest'];
/** The `CreateApiKeyResponse` schema of the Resend API. */
export type CreateApiKeyResponse = components['schemas']['CreateApiKeyResponse'];
/** The `CreateAudienceContactRequest` schema of the Resend API. */
export type CreateAudienceContactRequest = components['schemas']['CreateAudienceContactRequest'];
/** The `CreateAudienceRequest` schema of the Resend API. */
export type CreateAudienceRequest = components['schemas']['CreateAudienceRequest'];
/** The `CreateAudienceResponse` schema of the Resend API. */
export type CreateAudienceResponse = components['schemas']['CreateAudienceResponse'];
/** The `CreateAutomationRequest` schema of the Resend API. */
export type CreateAutomationRequest = components['schemas']['CreateAutomationRequest'];
/** The `CreateAutomationResponse` schema of the Resend API. */
export type CreateAutomationResponse = components['schemas']['CreateAutomationResponse'];
/** The `CreateBroadcastRequest` schema of the Resend API. */
export type CreateBroadcastRequest = components['schemas']['CreateBroadcastRequest'];
/** The `CreateBroadcastResponse` schema of the Resend API. */
export type CreateBroadcastResponse = components['schemas']['CreateBroadcastResponse'];
/** The `CreateContactImportRequest` schema of the Resend API. */
export type CreateContactImportRequest = components['schemas']['CreateContactImportRequest'];
/** The `CreateContactPropertyRequest` schema of the Resend API. */
export type CreateContactPropertyRequest = components['schemas']['CreateContactPropertyRequest'];
/** The `CreateContactRequest` schema of the Resend API. */
export type CreateContactRequest = components['schemas']['CreateContactRequest'];
/** The `CreateDomainClaimRequest` schema of the Resend API. */
export type CreateDomainClaimRequest = components['schemas']['CreateDomainClaimRequest'];
/** The `CreateDomainRequest` schema of the Resend API. */
export type CreateDomainRequest = components['schemas']['CreateDomainRequest'];
/** The `CreateDomainResponse` schema of the Resend API. */
export type CreateDomainResponse = components['schemas']['CreateDomainResponse'];
/** The `CreateEventRequest` schema of the Resend API. */
export type CreateEventRequest = components['schemas']['CreateEventRequest'];
/** The `CreateEventResponse` schema of the Resend API. */
export type CreateEventResponse = components['schemas']['CreateEventResponse'];
/** The `CreateInboxDraftRequest` schema of the Resend API. */
export type CreateInboxDraftRequest = components['schemas']['CreateInboxDraftRequest'];
/** The `CreateInboxLabelRequest` schema of the Resend API. */
export type CreateInboxLabelRequest = components['schemas']['CreateInboxLabelRequest'];
/** The `CreateInboxRequest` schema of the Resend API. */
export type CreateInboxRequest = components['schemas']['CreateInboxRequest'];
/** The `CreateSegmentRequest` schema of the Resend API. */
export type CreateSegmentRequest = components['schemas']['CreateSegmentRequest'];
/** The `CreateSegmentResponse` schema of the Resend API. */
export type CreateSegmentResponse = components['schemas']['CreateSegmentResponse'];
/** The `CreateTemplateRequest` schema of the Resend API. */
export type CreateTemplateRequest = components['schemas']['CreateTemplateRequest'];
/** The `CreateTopicRequest` schema of the Resend API. */
export type CreateTopicRequest = components['schemas']['CreateTopicRequest'];
/** The `CreateTopicResponse` schema of the Resend API. */
export type CreateTopicResponse = components['schemas']['CreateTopicResponse'];
/** The `CreateWebhookRequest` schema of the Resend API. */
export type CreateWebhookRequest = components['schemas']['CreateWebhookRequest'];
/** The `CreateWebhookResponse` schema of the Resend API. */
export type CreateWebhookResponse = components['schemas']['CreateWebhookResponse'];
/** The `CustomEvent` schema of the Resend API. */
export type CustomEvent = components['schemas']['CustomEvent'];
/** The `CustomEventList` schema of the Resend API. */
export type CustomEventList = components['schemas']['CustomEventList'];
/** The `DeleteAutomationResponse` schema of the Resend API. */
export type DeleteAutomationResponse = components['schemas']['DeleteAutomationResponse'];
/** The `DeleteBroadcastResponse` schema of the Resend API. */
export type DeleteBroadcastResponse = components['schemas']['DeleteBroadcastResponse'];
/** The `DeletedApiKey` schema of the Resend API. */
export type DeletedApiKey = components['schemas']['DeletedApiKey'];
/** The `DeletedAudience` schema of the Resend API. */
export type DeletedAudience = components['schemas']['DeletedAudience'];
/** The `DeletedContact` schema of the Resend API. */
export type DeletedContact = components['schemas']['DeletedContact'];
/** The `DeletedContactProperty` schema of the Resend API. */
export type DeletedContactProperty = components['schemas']['DeletedContactProperty'];
/** The `DeletedDomain` schema of the Resend API. */
export type DeletedDomain = components['schemas']['DeletedDomain'];
/** The `DeletedTemplate` schema of the Resend API. */
export type DeletedTemplate = components['schemas']['DeletedTemplate'];
/** The `DeleteEventResponse` schema of the Resend API. */
export type DeleteEventResponse = components['schemas']['DeleteEventResponse'];
/** The `DeleteInboxDraftResponse` schema of the Resend API. */
export type DeleteInboxDraftResponse = components['schemas']['DeleteInboxDraftResponse'];
/** The `DeleteInboxLabelResponse` schema of the Resend API. */
export type DeleteInboxLabelResponse = components['schemas']['DeleteInboxLabelResponse'];
/** The `DeleteInboxResponse` schema of the Resend API. */
export type DeleteInboxResponse = components['schemas']['DeleteInboxResponse'];
/** The `DeleteInboxThreadResponse` schema of the Resend API. */
export type DeleteInboxThreadResponse = components['schemas']['DeleteInboxThreadResponse'];
/** The `DeleteSegmentResponse` schema of the Resend API. */
export type DeleteSegmentResponse = components['schemas']['DeleteSegmentResponse'];
/** The `DeleteSuppressionResponse` schema of the Resend API. */
export type DeleteSuppressionResponse = components['schemas']['DeleteSuppressionResponse'];
/** The `DeleteTopicResponse` schema of the Resend API. */
export type DeleteTopicResponse = components['schemas']['DeleteTopicResponse'];
/** The `DeleteWebhookResponse` schema of the Resend API. */
export type DeleteWebhookResponse = components['schemas']['DeleteWebhookResponse'];
/** The `Domain` schema of the Resend API. */
export type Domain = components['schemas']['Domain'];
/** The `DomainClaim` schema of the Resend API. */
export type DomainClaim = components['schemas']['DomainClaim'];
/** The `DomainList` schema of the Resend API. */
export type DomainList = components['schemas']['DomainList'];
/** The `DomainReference` schema of the Resend API. */
export type DomainReference = components['schemas']['DomainReference'];
/** The `DuplicateAutomationResponse` schema of the Resend API. */
export type DuplicateAutomationResponse = components['schemas']['DuplicateAutomationResponse'];
/** The `DuplicateBroadcastResponse` schema of the Resend API. */
export type DuplicateBroadcastResponse = components['schemas']['DuplicateBroadcastResponse'];
/** The `Email` schema of the Resend API. */
export type Email = components['schemas']['Email'];
/** The `EmailAttachment` schema of the Resend API. */
export type EmailAttachment = components['schemas']['EmailAttachment'];
/** The `EmailAttachmentList` schema of the Resend API. */
export type EmailAttachmentList = components['schemas']['EmailAttachmentList'];
/** The `EmailList` schema of the Resend API. */
export type EmailList = components['schemas']['EmailList'];
/** The `EmailMetrics` schema of the Resend API. */
export type EmailMetrics = components['schemas']['EmailMetrics'];
/** The `EmailReference` schema of the Resend API. */
export type EmailReference = components['schemas']['EmailReference'];
/** The `ForwardInboxEmailRequest` schema of the Resend API. */
export type ForwardInboxEmailRequest = components['schemas']['ForwardInboxEmailRequest'];
/** The query parameters of `getEmailMetrics`. */
export type GetEmailMetricsQuery = NonNullable<operations['getEmailMetrics']['parameters']['query']>;
/** The query parameters of `getReceivedEmail`. */
export type GetReceivedEmailQuery = NonNullable<operations['getReceivedEmail']['parameters']['query']>;
/** The query parameters of `getSegmentMetrics`. */
export type GetSegmentMetricsQuery = NonNullable<operations['getSegmentMetrics']['parameters']['query']>;
/** The `Inbox` schema of the Resend API. */
export type Inbox = components['schemas']['Inbox'];
/** The `InboxAgent` schema of the Resend API. */
export type InboxAgent = components['schemas']['InboxAgent'];
/** The `InboxDraft` schema of the Resend API. */
export type InboxDraft = components['schemas']['InboxDraft'];
/** The `InboxDraftList` schema of the Resend API. */
export type InboxDraftList = components['schemas']['InboxDraftList'];
/** The `InboxLabel` schema of the Resend API. */
export type InboxLabel = components['schemas']['InboxLabel'];
/** The `InboxLabelList` schema of the Resend API. */
export type InboxLabelList = components['schemas']['InboxLabelList'];
/** The `InboxList` schema of the Resend API. */
export type InboxList = components['schemas']['InboxList'];
/** The `InboxMessage` schema of the Resend API. */
export type InboxMessage = components['schemas']['InboxMessage'];
/** The `InboxMessageList` schema of the Resend API. */
export type InboxMessageList = components['schemas']['InboxMessageList'];
/** The `InboxSentMessage` schema of the Resend API. */
export type InboxSentMessage = components['schemas']['InboxSentMessage'];
/** The `InboxThread` schema of the Resend API. */
export type InboxThread = components['schemas']['InboxThread'];
/** The `InboxThreadLabelList` schema of the Resend API. */
export type InboxThreadLabelList = components['schemas']['InboxThreadLabelList'];
/** The `InboxThreadLabelsRequest` schema of the Resend API. */
export type InboxThreadLabelsRequest = components['schemas']['InboxThreadLabelsRequest'];
/** The `InboxThreadList` schema of the Resend API. */
export type InboxThreadList = components['schemas']['InboxThreadList'];
/** The `InboxThreadSearchList` schema of the Resend API. */
export type InboxThreadSearchList = components['schemas']['InboxThreadSearchList'];
/** The query parameters of `listApiKeys`. */
export type ListApiKeysQuery = NonNullable<operations['listApiKeys']['parameters']['query']>;
/** The query parameters of `listAutomationRuns`. */
export type ListAutomationRunsQuery = NonNullable<operations['listAutomationRuns']['parameters']['query']>;
/** The query parameters of `listAutomations`. */
export type ListAutomationsQuery = NonNullable<operations['listAutomations']['parameters']['query']>;
/** The query parameters of `listBroadcastClickedLinks`. */
export type ListBroadcastClickedLinksQuery = NonNullable<operations['listBroadcastClickedLinks']['parameters']['query']>;
/** The query parameters of `listBroadcastRecipients`. */
export type ListBroadcastRecipientsQuery = NonNullable<operations['listBroadcastRecipients']['parameters']['query']>;
/** The query parameters of `listBroadcasts`. */
export type ListBroadcastsQuery = NonNullable<operations['listBroadcasts']['parameters']['query']>;
/** The query parameters of `listContactImports`. */
export type ListContactImportsQuery = NonNullable<operations['listContactImports']['parameters']['query']>;
/** The query parameters of `listContactProperties`. */
export type ListContactPropertiesQuery = NonNullable<operations['listContactProperties']['parameters']['query']>;
/** The query parameters of `listContactSegments`. */
export type ListContactSegmentsQuery = NonNullable<operations['listContactSegments']['parameters']['query']>;
/** The query parameters of `listContacts`. */
export type ListContactsQuery = NonNullable<operations['listContacts']['parameters']['query']>;
/** The query parameters of `listContactTopics`. */
export type ListContactTopicsQuery = NonNullable<operations['listContactTopics']['parameters']['query']>;
/** The query parameters of `listDomains`. */
export type ListDomainsQuery = NonNullable<operations['listDomains']['parameters']['query']>;
/** The query parameters of `listEmailAttachments`. */
export type ListEmailAttachmentsQuery = NonNullable<operations['listEmailAttachments']['parameters']['query']>;
/** The query parameters of `listEmails`. */
export type ListEmailsQuery = NonNullable<operations['listEmails']['parameters']['query']>;
/** The query parameters of `listEvents`. */
export type ListEventsQuery = NonNullable<operations['listEvents']['parameters']['query']>;
/** The query parameters of `listInboxDrafts`. */
export type ListInboxDraftsQuery = NonNullable<operations['listInboxDrafts']['parameters']['query']>;
/** The query parameters of `listInboxes`. */
export type ListInboxesQuery = NonNullable<operations['listInboxes']['parameters']['query']>;
/** The query parameters of `listInboxThreadEmails`. */
export type ListInboxThreadEmailsQuery = NonNullable<operations['listInboxThreadEmails']['parameters']['query']>;
/** The query parameters of `listInboxThreads`. */
export type ListInboxThreadsQuery = NonNullable<operations['listInboxThreads']['parameters']['query']>;
/** The query parameters of `listLogs`. */
export type ListLogsQuery = NonNullable<operations['listLogs']['parameters']['query']>;
/** The query parameters of `listOAuthGrants`. */
export type ListOAuthGrantsQuery = NonNullable<operations['listOAuthGrants']['parameters']['query']>;
/** The query parameters of `listReceivedEmailAttachments`. */
export type ListReceivedEmailAttachmentsQuery = NonNullable<operations['listReceivedEmailAttachments']['parameters']['query']>;
/** The query parameters of `listReceivedEmails`. */
export type ListReceivedEmailsQuery = NonNullable<operations['listReceivedEmails']['parameters']['query']>;
/** The query parameters of `listSegmentContacts`. */
export type ListSegmentContactsQuery = NonNullable<operations['listSegmentContacts']['parameters']['query']>;
/** The query parameters of `listSegments`. */
export type ListSegmentsQuery = NonNullable<operations['listSegments']['parameters']['query']>;
/** The query parameters of `listSuppressions`. */
export type ListSuppressionsQuery = NonNullable<operations['listSuppressions']['parameters']['query']>;
/** The query parameters of `listTemplates`. */
export type ListTemplatesQuery = NonNullable<operations['listTemplates']['parameters']['query']>;
/** The query parameters of `listTopics`. */
export type ListTopicsQuery = NonNullable<operations['listTopics']['parameters']['query']>;
/** The query parameters of `listWebhookEventAttempts`. */
export type ListWebhookEventAttemptsQuery = NonNullable<operations['listWebhookEventAttempts']['parameters']['query']>;
/** The query parameters of `listWebhookEvents`. */
export type ListWebhookEventsQuery = NonNullable<operations['listWebhookEvents']['parameters']['query']>;
/** The query parameters of `listWebhooks`. */
export type ListWebhooksQuery = NonNullable<operations['listWebhooks']['parameters']['query']>;
/** The `Log` schema of the Resend API. */
export type Log = components['schemas']['Log'];
/** The `LogList` schema of the Resend API. */
export type LogList = components['schemas']['LogList'];
/** The `OAuthClient` schema of the Resend API. */
export type OAuthClient = components['schemas']['OAuthClient'];
/** The `OAuthGrantList` schema of the Resend API. */
export type OAuthGrantList = components['schemas']['OAuthGrantList'];
/** The `OAuthTokenRequest` schema of the Resend API. */
export type OAuthTokenRequest = components['schemas']['OAuthTokenRequest'];
/** The `OAuthTokenResponse` schema of the Resend API. */
export type OAuthTokenResponse = components['schemas']['OAuthTokenResponse'];
/** The `ReceivedEmail` schema of the Resend API. */
export type ReceivedEmail = components['schemas']['ReceivedEmail'];
/** The `ReceivedEmailList` schema of the Resend API. */
export type ReceivedEmailList = components['schemas']['ReceivedEmailList'];
/** The `RegisterOAuthClientRequest` schema of the Resend API. */
export type RegisterOAuthClientRequest = components['schemas']['RegisterOAuthClientRequest'];
/** The `RemovedContactSegmentMembership` schema of the Resend API. */
export type RemovedContactSegmentMembership = components['schemas']['RemovedContactSegmentMembership'];
/** The `ReplayWebhookEventResponse` schema of the Resend API. */
export type ReplayWebhookEventResponse = components['schemas']['ReplayWebhookEventResponse'];
/** The `ReplyInboxEmailRequest` schema of the Resend API. */
export type ReplyInboxEmailRequest = components['schemas']['ReplyInboxEmailRequest'];
/** The `RevokedOAuthGrant` schema of the Resend API. */
export type RevokedOAuthGrant = components['schemas']['RevokedOAuthGrant'];
/** The `RevokeOAuthTokenRequest` schema of the Resend API. */
export type RevokeOAuthTokenRequest = components['schemas']['RevokeOAuthTokenRequest'];
/** The `RotateWebhookSigningSecretResponse` schema of the Resend API. */
export type RotateWebhookSigningSecretResponse = components['schemas']['RotateWebhookSigningSecretResponse'];
/** The query parameters of `searchInboxThreads`. */
export type SearchInboxThreadsQuery = NonNullable<operations['searchInboxThreads']['parameters']['query']>;
/** The `Segment` schema of the Resend API. */
export type Segment = components['schemas']['Segment'];
/** The `SegmentContactList` schema of the Resend API. */
export type SegmentContactList = components['schemas']['SegmentContactList'];
/** The `SegmentList` schema of the Resend API. */
export type SegmentList = components['schemas']['SegmentList'];
/** The `SegmentMetrics` schema of the Resend API. */
export type SegmentMetrics = components['schemas']['SegmentMetrics'];
/** The `SendBatchEmailsRequest` schema of the Resend API. */
export type SendBatchEmailsRequest = components['schemas']['SendBatchEmailsRequest'];
/** The `SendBatchEmailsResponse` schema of the Resend API. */
export type SendBatchEmailsResponse = components['schemas']['SendBatchEmailsResponse'];
/** The `SendBroadcastRequest` schema of the Resend API. */
export type SendBroadcastRequest = components['schemas']['SendBroadcastRequest'];
/** The `SendBroadcastResponse` schema of the Resend API. */
export type SendBroadcastResponse = components['schemas']['SendBroadcastResponse'];
/** The `SendEmailRequest` schema of the Resend API. */
export type SendEmailRequest = components['schemas']['SendEmailRequest'];
/** The `SendEmailResponse` schema of the Resend API. */
export type SendEmailResponse = components['schemas']['SendEmailResponse'];
/** The `SendEventRequest` schema of the Resend API. */
export type SendEventRequest = components['schemas']['SendEventRequest'];
/** The `SendEventResponse` schema of the Resend API. */
export type SendEventResponse = components['schemas']['SendEventResponse'];
/** The `SendInboxDraftResponse` schema of the Resend API. */
export type SendInboxDraftResponse = components['schemas']['SendInboxDraftResponse'];
/** The `ShareEmailRequest` schema of the Resend API. */
export type ShareEmailRequest = components['schemas']['ShareEmailRequest'];
/** The `ShareEmailResponse` schema of the Resend API. */
export type ShareEmailResponse = components['schemas']['ShareEmailResponse'];
/** The `StopAutomationResponse` schema of the Resend API. */
export type StopAutomationResponse = components['schemas']['StopAutomationResponse'];
/** The `Suppression` schema of the Resend API. */
export type Suppression = components['schemas']['Suppression'];
/** The `SuppressionList` schema of the Resend API. */
export type SuppressionList = components['schemas']['SuppressionList'];
/** The `Template` schema of the Resend API. */
export type Template = components['schemas']['Template'];
/** The `TemplateList` schema of the Resend API. */
export type TemplateList = components['schemas']['TemplateList'];
/** The `TemplateReference` schema of the Resend API. */
export type TemplateReference = components['schemas']['TemplateReference'];
/** The `Topic` schema of the Resend API. */
export type Topic = components['schemas']['Topic'];
/** The `TopicList` schema of the Resend API. */
export type TopicList = components['schemas']['TopicList'];
/** The `UpdateApiKeyRequest` schema of the Resend API. */
export type UpdateApiKeyRequest = components['schemas']['UpdateApiKeyRequest'];
/** The `UpdateAutomationRequest` schema of the Resend API. */
export type UpdateAutomationRequest = components['schemas']['UpdateAutomationRequest'];
/** The `UpdateAutomationResponse` schema of the Resend API. */
export type UpdateAutomationResponse = components['schemas']['UpdateAutomationResponse'];
/** The `UpdateBroadcastRequest` schema of the Resend API. */
export type UpdateBroadcastRequest = components['schemas']['UpdateBroadcastRequest'];
/** The `UpdateBroadcastResponse` schema of the Resend API. */
export type UpdateBroadcastResponse = components['schemas']['UpdateBroadcastResponse'];
/** The `UpdateContactPropertyRequest` schema of the Resend API. */
export type UpdateContactPropertyRequest = components['schemas']['UpdateContactPropertyRequest'];
/** The `UpdateContactRequest` schema of the Resend API. */
export type UpdateContactRequest = components['schemas']['UpdateContactRequest'];
/** The `UpdateContactTopicsRequest` schema of the Resend API. */
export type UpdateContactTopicsRequest = components['schemas']['UpdateContactTopicsRequest'];
/** The `UpdateContactTopicsResponse` schema of the Resend API. */
export type UpdateContactTopicsResponse = components['schemas']['UpdateContactTopicsResponse'];
/** The `UpdateDomainRequest` schema of the Resend API. */
export type UpdateDomainRequest = components['schemas']['UpdateDomainRequest'];
/** The `UpdateEmailRequest` schema of the Resend API. */
export type UpdateEmailRequest = components['schemas']['UpdateEmailRequest'];
/** The `UpdateEventRequest` schema of the Resend API. */
export type UpdateEventRequest = components['schemas']['UpdateEventRequest'];
/** The `UpdateEventResponse` schema of the Resend API. */
export type UpdateEventResponse = components['schemas']['UpdateEventResponse'];
/** The `UpdateInboxAgentRequest` schema of the Resend API. */
export type UpdateInboxAgentRequest = components['schemas']['UpdateInboxAgentRequest'];
/** The `UpdateInboxAgentResponse` schema of the Resend API. */
export type UpdateInboxAgentResponse = components['schemas']['UpdateInboxAgentResponse'];
/** The `UpdateInboxDraftRequest` schema of the Resend API. */
export type UpdateInboxDraftRequest = components['schemas']['UpdateInboxDraftRequest'];
/** The `UpdateInboxLabelRequest` schema of the Resend API. */
export type UpdateInboxLabelRequest = components['schemas']['UpdateInboxLabelRequest'];
/** The `UpdateInboxLabelResponse` schema of the Resend API. */
export type UpdateInboxLabelResponse = components['schemas']['UpdateInboxLabelResponse'];
/** The `UpdateInboxRequest` schema of the Resend API. */
export type UpdateInboxRequest = components['schemas']['UpdateInboxRequest'];
/** The `UpdateInboxResponse` schema of the Resend API. */
export type UpdateInboxResponse = components['schemas']['UpdateInboxResponse'];
/** The `UpdateInboxThreadRequest` schema of the Resend API. */
export type UpdateInboxThreadRequest = components['schemas']['UpdateInboxThreadRequest'];
/** The `UpdateSegmentRequest` schema of the Resend API. */
export type UpdateSegmentRequest = components['schemas']['UpdateSegmentRequest'];
/** The `UpdateSegmentResponse` schema of the Resend API. */
export type UpdateSegmentResponse = components['schemas']['UpdateSegmentResponse'];
/** The `UpdateTemplateRequest` schema of the Resend API. */
export type UpdateTemplateRequest = components['schemas']['UpdateTemplateRequest'];
/** The `UpdateTopicRequest` schema of the Resend API. */
export type UpdateTopicRequest = components['schemas']['UpdateTopicRequest'];
/** The `UpdateTopicResponse` schema of the Resend API. */
export type UpdateTopicResponse = components['schemas']['UpdateTopicResponse'];
/** The `UpdateWebhookRequest` schema of the Resend API. */
export type UpdateWebhookRequest = components['schemas']['UpdateWebhookRequest'];
/** The `UpdateWebhookResponse` schema of the Resend API. */
export type UpdateWebhookResponse = components['schemas']['UpdateWebhookResponse'];
/** The `Usage` schema of the Resend API. */
export type Usage = components['schemas']['Usage'];
/** The `Webhook` schema of the Resend API. */
export type Webhook = components['schemas']['Webhook'];
/** The `WebhookEvent` schema of the Resend API. */
export type WebhookEvent = components['schemas']['WebhookEvent'];
/** The `WebhookEventAttemptList` schema of the Resend API. */
export type WebhookEventAttemptList = components['schemas']['WebhookEventAttemptList'];
/** The `WebhookEventList` schema of the Resend API. */
export type WebhookEventList = components['schemas']['WebhookEventList'];
/** The `WebhookList` schema of the Resend API. */
export type WebhookList = components['schemas']['WebhookList'];

/** Endpoint methods, one per operation of the spec: `resend.emails.get(id)`. */
export interface ResendMethods {
  readonly apiKeys: {
    /** Create an API key: `POST /api-keys`. */
    create(body: SdkSpelling<CreateApiKeyRequest>, options?: CallOptions): Promise<MethodResult<CreateApiKeyResponse>>;
    /** List API keys: `GET /api-keys`. */
    list(query?: ListApiKeysQuery, options?: CallOptions): Promise<MethodResult<ApiKeyList>>;
    /** Remove an API key: `DELETE /api-keys/{api_key_id}`. */
    remove(apiKeyId: string, options?: CallOptions): Promise<MethodResult<DeletedApiKey>>;
    /** Rename an API key: `PATCH /api-keys/{api_key_id}`. */
    update(apiKeyId: string, body: UpdateApiKeyRequest, options?: CallOptions): Promise<MethodResult<ApiKeyReference>>;
  };
  readonly audiences: {
    readonly contacts: {
      /** Create a contact in an audience: `POST /audiences/{audience_id}/contacts`. */
      create(audienceId: string, body: SdkSpelling<CreateAudienceContactRequest>, options?: CallOptions): Promise<MethodResult<ContactReference>>;
      /** Retrieve a contact in an audience: `GET /audiences/{audience_id}/contacts/{id}`. */
      get(path: { audience_id: string; id: string }, options?: CallOptions): Promise<MethodResult<Contact>>;
      /** Remove a contact from an audience: `DELETE /audiences/{audience_id}/contacts/{id}`. */
      remove(path: { audience_id: string; id: string }, options?: CallOptions): Promise<MethodResult<DeletedContact>>;
      /** Update a contact in an audience: `PATCH /audiences/{audience_id}/contacts/{id}`. */
      update(path: { audience_id: string; id: string }, body: SdkSpelling<UpdateContactRequest>, options?: CallOptions): Promise<MethodResult<ContactReference>>;
    };
    /** Create an audience: `POST /audiences`. */
    create(body: CreateAudienceRequest, options?: CallOptions): Promise<MethodResult<CreateAudienceResponse>>;
    /** Retrieve an audience: `GET /audiences/{id}`. */
    get(id: string, options?: CallOptions): Promise<MethodResult<Audience>>;
    /** List audiences: `GET /audiences`. */
    list(options?: CallOptions): Promise<MethodResult<AudienceList>>;
    /** Remove an audience: `DELETE /audiences/{id}`. */
    remove(id: string, options?: CallOptions): Promise<MethodResult<DeletedAudience>>;
  };
  readonly automations: {
    /** Create an automation: `POST /automations`. */
    create(body: SdkSpelling<CreateAutomationRequest>, options?: CallOptions): Promise<MethodResult<CreateAutomationResponse>>;
    /** Duplicate an automation: `POST /automations/{automation_id}/duplicate`. */
    duplicate(automationId: string, options?: CallOptions): Promise<MethodResult<DuplicateAutomationResponse>>;
    /** Retrieve an automation: `GET /automations/{automation_id}`. */
    get(automationId: string, options?: CallOptions): Promise<MethodResult<Automation>>;
    /** List automations: `GET /automations`. */
    list(query?: ListAutomationsQuery, options?: CallOptions): Promise<MethodResult<AutomationList>>;
    /** Delete an automation: `DELETE /automations/{automation_id}`. */
    remove(automationId: string, options?: CallOptions): Promise<MethodResult<DeleteAutomationResponse>>;
    readonly runs: {
      /** Retrieve an automation run: `GET /automations/{automation_id}/runs/{run_id}`; the official SDK's form, with the IDs in the options. */
      get(options: { automationId: string; runId: string }, callOptions?: CallOptions): Promise<MethodResult<AutomationRun>>;
      /** Retrieve an automation run: `GET /automations/{automation_id}/runs/{run_id}`. */
      get(path: { automation_id: string; run_id: string }, options?: CallOptions): Promise<MethodResult<AutomationRun>>;
      /** List an automation's runs: `GET /automations/{automation_id}/runs`; the official SDK's form, with the IDs in the options. */
      list(options: WithIds<{ automationId: string }, ListAutomationRunsQuery>, callOptions?: CallOptions): Promise<MethodResult<AutomationRunList>>;
      /** List an automation's runs: `GET /automations/{automation_id}/runs`. */
      list(automationId: string, query?: ListAutomationRunsQuery, options?: CallOptions): Promise<MethodResult<AutomationRunList>>;
    };
    /** Stop an automation: `POST /automations/{automation_id}/stop`. */
    stop(automationId: string, options?: CallOptions): Promise<MethodResult<StopAutomationResponse>>;
    /** Update an automation: `PATCH /automations/{automation_id}`. */
    update(automationId: string, body: SdkSpelling<UpdateAutomationRequest>, options?: CallOptions): Promise<MethodResult<UpdateAutomationResponse>>;
  };
  readonly batch: {
    /** Send up to 100 emails at once: `POST /emails/batch`. */
    send(body: BatchInput<SendBatchEmailsRequest>, options?: CallOptions): Promise<MethodResult<SendBatchEmailsResponse>>;
  };
  readonly broadcasts: {
    /** Cancel a broadcast: `POST /broadcasts/{broadcast_id}/cancel`. */
    cancel(broadcastId: string, options?: CallOptions): Promise<MethodResult<CancelBroadcastResponse>>;
    /** List a broadcast's clicked links: `GET /broadcasts/{broadcast_id}/clicked-links`. */
    clickedLinks(broadcastId: string, query?: ListBroadcastClickedLinksQuery, options?: CallOptions): Promise<MethodResult<BroadcastClickedLinkList>>;
    /** Create a broadcast: `POST /broadcasts`. */
    create(body: WithReact<SdkSpelling<CreateBroadcastRequest>>, options?: CallOptions): Promise<MethodResult<CreateBroadcastResponse>>;
    /** Duplicate a broadcast: `POST /broadcasts/{broadcast_id}/duplicate`. */
    duplicate(broadcastId: string, options?: CallOptions): Promise<MethodResult<DuplicateBroadcastResponse>>;
    /** Retrieve a broadcast: `GET /broadcasts/{broadcast_id}`. */
    get(broadcastId: string, options?: CallOptions): Promise<MethodResult<Broadcast>>;
    /** List broadcasts: `GET /broadcasts`. */
    list(query?: ListBroadcastsQuery, options?: CallOptions): Promise<MethodResult<BroadcastList>>;
    /** List a broadcast's recipients by event: `GET /broadcasts/{broadcast_id}/recipients`. */
    recipients(broadcastId: string, query: SdkSpelling<ListBroadcastRecipientsQuery>, options?: CallOptions): Promise<MethodResult<BroadcastRecipientList>>;
    /** Delete a draft broadcast: `DELETE /broadcasts/{broadcast_id}`. */
    remove(broadcastId: string, options?: CallOptions): Promise<MethodResult<DeleteBroadcastResponse>>;
    /** Send or schedule a broadcast: `POST /broadcasts/{broadcast_id}/send`. */
    send(broadcastId: string, body?: SdkSpelling<SendBroadcastRequest>, options?: CallOptions): Promise<MethodResult<SendBroadcastResponse>>;
    /** Update a broadcast: `PATCH /broadcasts/{broadcast_id}`. */
    update(broadcastId: string, body: WithReact<SdkSpelling<UpdateBroadcastRequest>>, options?: CallOptions): Promise<MethodResult<UpdateBroadcastResponse>>;
  };
  readonly contactProperties: {
    /** Create a contact property: `POST /contact-properties`. */
    create(body: SdkSpelling<CreateContactPropertyRequest>, options?: CallOptions): Promise<MethodResult<ContactPropertyReference>>;
    /** Retrieve a contact property: `GET /contact-properties/{id}`. */
    get(id: string, options?: CallOptions): Promise<MethodResult<ContactProperty>>;
    /** List contact properties: `GET /contact-properties`. */
    list(query?: ListContactPropertiesQuery, options?: CallOptions): Promise<MethodResult<ContactPropertyList>>;
    /** Remove a contact property: `DELETE /contact-properties/{id}`. */
    remove(id: string, options?: CallOptions): Promise<MethodResult<DeletedContactProperty>>;
    /** Update a contact property: `PATCH /contact-properties/{id}`; the official SDK's form, with the IDs in the options. */
    update(options: WithIds<{ id: string }, SdkSpelling<UpdateContactPropertyRequest>>, callOptions?: CallOptions): Promise<MethodResult<ContactPropertyReference>>;
    /** Update a contact property: `PATCH /contact-properties/{id}`. */
    update(id: string, body: SdkSpelling<UpdateContactPropertyRequest>, options?: CallOptions): Promise<MethodResult<ContactPropertyReference>>;
  };
  readonly contacts: {
    /** Create a contact: `POST /contacts`. */
    create(body: SdkSpelling<CreateContactRequest>, options?: CallOptions): Promise<MethodResult<ContactReference>>;
    /** Retrieve a contact: `GET /contacts/{id}`; the official SDK's form, with the IDs in the options. */
    get(options: string | ({ id: string; email?: null } | { email: string; id?: null }) & { audienceId?: string }, callOptions?: CallOptions): Promise<MethodResult<Contact>>;
    /** Retrieve a contact: `GET /contacts/{id}`. */
    get(id: string, options?: CallOptions): Promise<MethodResult<Contact>>;
    readonly imports: {
      /** Import contacts from a CSV file: `POST /contacts/imports`. */
      create(body: SdkSpelling<CreateContactImportRequest>, options?: CallOptions): Promise<MethodResult<ContactImportReference>>;
      /** Retrieve a contact import: `GET /contacts/imports/{id}`. */
      get(id: string, options?: CallOptions): Promise<MethodResult<ContactImport>>;
      /** List contact imports: `GET /contacts/imports`. */
      list(query?: ListContactImportsQuery, options?: CallOptions): Promise<MethodResult<ContactImportList>>;
    };
    /** List contacts: `GET /contacts`. */
    list(query?: SdkSpelling<ListContactsQuery> & { audienceId?: ListContactsQuery['segment_id'] }, options?: CallOptions): Promise<MethodResult<ContactList>>;
    /** Remove a contact: `DELETE /contacts/{id}`; the official SDK's form, with the IDs in the options. */
    remove(options: string | ({ id: string; email?: null } | { email: string; id?: null }) & { audienceId?: string }, callOptions?: CallOptions): Promise<MethodResult<DeletedContact>>;
    /** Remove a contact: `DELETE /contacts/{id}`. */
    remove(id: string, options?: CallOptions): Promise<MethodResult<DeletedContact>>;
    readonly segments: {
      /** Add a contact to a segment: `POST /contacts/{contact_id}/segments/{segment_id}`; the official SDK's form, with the IDs in the options. */
      add(options: ({ contactId: string; email?: null } | { email: string; contactId?: null }) & { segmentId: string }, callOptions?: CallOptions): Promise<MethodResult<ContactSegmentMembership>>;
      /** Add a contact to a segment: `POST /contacts/{contact_id}/segments/{segment_id}`. */
      add(path: { contact_id: string; segment_id: string }, options?: CallOptions): Promise<MethodResult<ContactSegmentMembership>>;
      /** List a contact's segments: `GET /contacts/{contact_id}/segments`; the official SDK's form, with the IDs in the options. */
      list(options: WithIds<({ contactId: string; email?: null } | { email: string; contactId?: null }), ListContactSegmentsQuery>, callOptions?: CallOptions): Promise<MethodResult<ContactSegmentList>>;
      /** List a contact's segments: `GET /contacts/{contact_id}/segments`. */
      list(contactId: string, query?: ListContactSegmentsQuery, options?: CallOptions): Promise<MethodResult<ContactSegmentList>>;
      /** Remove a contact from a segment: `DELETE /contacts/{contact_id}/segments/{segment_id}`; the official SDK's form, with the IDs in the options. */
      remove(options: ({ contactId: string; email?: null } | { email: string; contactId?: null }) & { segmentId: string }, callOptions?: CallOptions): Promise<MethodResult<RemovedContactSegmentMembership>>;
      /** Remove a contact from a segment: `DELETE /contacts/{contact_id}/segments/{segment_id}`. */
      remove(path: { contact_id: string; segment_id: string }, options?: CallOptions): Promise<MethodResult<RemovedContactSegmentMembership>>;
    };
    readonly topics: {
      /** List a contact's topic subscriptions: `GET /contacts/{contact_id}/topics`; the official SDK's form, with the IDs in the options. */
      list(options: WithIds<({ id: string; email?: null } | { email: string; id?: null }), ListContactTopicsQuery>, callOptions?: CallOptions): Promise<MethodResult<ContactTopicList>>;
      /** List a contact's topic subscriptions: `GET /contacts/{contact_id}/topics`. */
      list(contactId: string, query?: ListContactTopicsQuery, options?: CallOptions): Promise<MethodResult<ContactTopicList>>;
      /** Update a contact's topic subscriptions: `PATCH /contacts/{contact_id}/topics`; the official SDK's form, with the IDs in the options. */
      update(options: WithIds<({ id: string; email?: null } | { email: string; id?: null }), UpdateContactTopicsRequest>, callOptions?: CallOptions): Promise<MethodResult<UpdateContactTopicsResponse>>;
      /** Update a contact's topic subscriptions: `PATCH /contacts/{contact_id}/topics`. */
      update(contactId: string, body: UpdateContactTopicsRequest, options?: CallOptions): Promise<MethodResult<UpdateContactTopicsResponse>>;
    };
    /** Update a contact: `PATCH /contacts/{id}`; the official SDK's form, with the IDs in the options. */
    update(options: WithIds<({ id: string; email?: null } | { email: string; id?: null }) & { audienceId?: string }, Omit<SdkSpelling<UpdateContactRequest>, 'email'>>, callOptions?: CallOptions): Promise<MethodResult<ContactReference>>;
    /** Update a contact: `PATCH /contacts/{id}`. */
    update(id: string, body: SdkSpelling<UpdateContactRequest>, options?: CallOptions): Promise<MethodResult<ContactReference>>;
  };
  readonly domains: {
    readonly claims: {
      /** Claim a domain verified by another team: `POST /domains/claim`. */
      create(body: SdkSpelling<CreateDomainClaimRequest>, options?: CallOptions): Promise<MethodResult<DomainClaim>>;
      /** Retrieve a domain claim: `GET /domains/{domain_id}/claim`. */
      get(domainId: string, options?: CallOptions): Promise<MethodResult<DomainClaim>>;
      /** Verify a domain claim: `POST /domains/{domain_id}/claim/verify`. */
      verify(domainId: string, options?: CallOptions): Promise<MethodResult<DomainClaim>>;
    };
    /** Add a domain: `POST /domains`. */
    create(body: SdkSpelling<CreateDomainRequest>, options?: CallOptions): Promise<MethodResult<CreateDomainResponse>>;
    /** Retrieve a domain: `GET /domains/{domain_id}`. */
    get(domainId: string, options?: CallOptions): Promise<MethodResult<Domain>>;
    /** List domains: `GET /domains`. */
    list(query?: ListDomainsQuery, options?: CallOptions): Promise<MethodResult<DomainList>>;
    /** Remove a domain: `DELETE /domains/{domain_id}`. */
    remove(domainId: string, options?: CallOptions): Promise<MethodResult<DeletedDomain>>;
    /** Update a domain: `PATCH /domains/{domain_id}`; the official SDK's form, with the IDs in the options. */
    update(options: WithIds<{ id: string }, SdkSpelling<UpdateDomainRequest>>, callOptions?: CallOptions): Promise<MethodResult<DomainReference>>;
    /** Update a domain: `PATCH /domains/{domain_id}`. */
    update(domainId: string, body: SdkSpelling<UpdateDomainRequest>, options?: CallOptions): Promise<MethodResult<DomainReference>>;
    /** Verify a domain: `POST /domains/{domain_id}/verify`. */
    verify(domainId: string, options?: CallOptions): Promise<MethodResult<DomainReference>>;
  };
  readonly emails: {
    readonly attachments: {
      /** Retrieve a sent email's attachment: `GET /emails/{email_id}/attachments/{attachment_id}`; the official SDK's form, with the IDs in the options. */
      get(options: { emailId: string; id: string }, callOptions?: CallOptions): Promise<MethodResult<EmailAttachment>>;
      /** Retrieve a sent email's attachment: `GET /emails/{email_id}/attachments/{attachment_id}`. */
      get(path: { email_id: string; attachment_id: string }, options?: CallOptions): Promise<MethodResult<EmailAttachment>>;
      /** List a sent email's attachments: `GET /emails/{email_id}/attachments`; the official SDK's form, with the IDs in the options. */
      list(options: WithIds<{ emailId: string }, ListEmailAttachmentsQuery>, callOptions?: CallOptions): Promise<MethodResult<EmailAttachmentList>>;
      /** List a sent email's attachments: `GET /emails/{email_id}/attachments`. */
      list(emailId: string, query?: ListEmailAttachmentsQuery, options?: CallOptions): Promise<MethodResult<EmailAttachmentList>>;
    };
    /** Cancel a scheduled email: `POST /emails/{email_id}/cancel`. */
    cancel(emailId: string, options?: CallOptions): Promise<MethodResult<EmailReference>>;
    /** Retrieve an email: `GET /emails/{email_id}`. */
    get(emailId: string, options?: CallOptions): Promise<MethodResult<Email>>;
    /** List sent emails: `GET /emails`. */
    list(query?: ListEmailsQuery, options?: CallOptions): Promise<MethodResult<EmailList>>;
    /** Retrieve email metrics: `GET /emails/metrics`. */
    metrics(query?: SdkSpelling<GetEmailMetricsQuery>, options?: CallOptions): Promise<MethodResult<EmailMetrics>>;
    readonly receiving: {
      readonly attachments: {
        /** Retrieve a received email's attachment: `GET /emails/receiving/{email_id}/attachments/{attachment_id}`; the official SDK's form, with the IDs in the options. */
        get(options: { emailId: string; id: string }, callOptions?: CallOptions): Promise<MethodResult<EmailAttachment>>;
        /** Retrieve a received email's attachment: `GET /emails/receiving/{email_id}/attachments/{attachment_id}`. */
        get(path: { email_id: string; attachment_id: string }, options?: CallOptions): Promise<MethodResult<EmailAttachment>>;
        /** List a received email's attachments: `GET /emails/receiving/{email_id}/attachments`; the official SDK's form, with the IDs in the options. */
        list(options: WithIds<{ emailId: string }, ListReceivedEmailAttachmentsQuery>, callOptions?: CallOptions): Promise<MethodResult<EmailAttachmentList>>;
        /** List a received email's attachments: `GET /emails/receiving/{email_id}/attachments`. */
        list(emailId: string, query?: ListReceivedEmailAttachmentsQuery, options?: CallOptions): Promise<MethodResult<EmailAttachmentList>>;
      };
      /** Retrieve a received email: `GET /emails/receiving/{email_id}`. */
      get(emailId: string, query?: SdkSpelling<GetReceivedEmailQuery>, options?: CallOptions): Promise<MethodResult<ReceivedEmail>>;
      /** List received emails: `GET /emails/receiving`. */
      list(query?: ListReceivedEmailsQuery, options?: CallOptions): Promise<MethodResult<ReceivedEmailList>>;
    };
    /** Send an email: `POST /emails`. */
    send(body: EmailInput<WithBytes<SendEmailRequest, 'attachments', 'content'>>, options?: CallOptions): Promise<MethodResult<SendEmailResponse>>;
    /** Create a shareable link to an email: `POST /emails/{email_id}/share`. */
    share(emailId: string, body?: SdkSpelling<ShareEmailRequest>, options?: CallOptions): Promise<MethodResult<ShareEmailResponse>>;
    /** Reschedule an email: `PATCH /emails/{email_id}`; the official SDK's form, with the IDs in the options. */
    update(options: WithIds<{ id: string }, SdkSpelling<UpdateEmailRequest>>, callOptions?: CallOptions): Promise<MethodResult<EmailReference>>;
    /** Reschedule an email: `PATCH /emails/{email_id}`. */
    update(emailId: string, body: SdkSpelling<UpdateEmailRequest>, options?: CallOptions): Promise<MethodResult<EmailReference>>;
  };
  readonly events: {
    /** Define a custom event: `POST /events`. */
    create(body: CreateEventRequest, options?: CallOptions): Promise<MethodResult<CreateEventResponse>>;
    /** Retrieve a custom event: `GET /events/{identifier}`. */
    get(identifier: string, options?: CallOptions): Promise<MethodResult<CustomEvent>>;
    /** List custom events: `GET /events`. */
    list(query?: ListEventsQuery, options?: CallOptions): Promise<MethodResult<CustomEventList>>;
    /** Delete a custom event: `DELETE /events/{identifier}`. */
    remove(identifier: string, options?: CallOptions): Promise<MethodResult<DeleteEventResponse>>;
    /** Send a custom event: `POST /events/send`. */
    send(body: SdkSpelling<SendEventRequest>, options?: CallOptions): Promise<MethodResult<SendEventResponse>>;
    /** Update a custom event's schema: `PATCH /events/{identifier}`. */
    update(identifier: string, body: UpdateEventRequest, options?: CallOptions): Promise<MethodResult<UpdateEventResponse>>;
  };
  readonly inboxes: {
    readonly agent: {
      /** Retrieve an inbox's agent settings: `GET /inboxes/{inbox_id}/agent`; the official SDK's form, with the IDs in the options. */
      get(options: string | ({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }), callOptions?: CallOptions): Promise<MethodResult<InboxAgent>>;
      /** Retrieve an inbox's agent settings: `GET /inboxes/{inbox_id}/agent`. */
      get(inboxId: string, options?: CallOptions): Promise<MethodResult<InboxAgent>>;
      /** Update an inbox's agent settings: `PATCH /inboxes/{inbox_id}/agent`; the official SDK's form, with the IDs in the options. */
      update(options: WithIds<({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }), SdkSpelling<UpdateInboxAgentRequest>>, callOptions?: CallOptions): Promise<MethodResult<UpdateInboxAgentResponse>>;
      /** Update an inbox's agent settings: `PATCH /inboxes/{inbox_id}/agent`. */
      update(inboxId: string, body: SdkSpelling<UpdateInboxAgentRequest>, options?: CallOptions): Promise<MethodResult<UpdateInboxAgentResponse>>;
    };
    /** Create an inbox: `POST /inboxes`. */
    create(body: SdkSpelling<CreateInboxRequest>, options?: CallOptions): Promise<MethodResult<Inbox>>;
    readonly drafts: {
      /** Create a draft: `POST /inboxes/{inbox_id}/drafts`; the official SDK's form, with the IDs in the options. */
      create(options: WithIds<({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }), SdkSpelling<WithBytes<CreateInboxDraftRequest, 'attachments', 'content'>>>, callOptions?: CallOptions): Promise<MethodResult<InboxDraft>>;
      /** Create a draft: `POST /inboxes/{inbox_id}/drafts`. */
      create(inboxId: string, body: SdkSpelling<WithBytes<CreateInboxDraftRequest, 'attachments', 'content'>>, options?: CallOptions): Promise<MethodResult<InboxDraft>>;
      /** Retrieve a draft: `GET /inboxes/{inbox_id}/drafts/{draft_id}`; the official SDK's form, with the IDs in the options. */
      get(options: ({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }) & { draftId: string }, callOptions?: CallOptions): Promise<MethodResult<InboxDraft>>;
      /** Retrieve a draft: `GET /inboxes/{inbox_id}/drafts/{draft_id}`. */
      get(path: { inbox_id: string; draft_id: string }, options?: CallOptions): Promise<MethodResult<InboxDraft>>;
      /** List drafts: `GET /inboxes/{inbox_id}/drafts`; the official SDK's form, with the IDs in the options. */
      list(options: WithIds<({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }), ListInboxDraftsQuery>, callOptions?: CallOptions): Promise<MethodResult<InboxDraftList>>;
      /** List drafts: `GET /inboxes/{inbox_id}/drafts`. */
      list(inboxId: string, query?: ListInboxDraftsQuery, options?: CallOptions): Promise<MethodResult<InboxDraftList>>;
      /** Delete a draft: `DELETE /inboxes/{inbox_id}/drafts/{draft_id}`; the official SDK's form, with the IDs in the options. */
      remove(options: ({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }) & { draftId: string }, callOptions?: CallOptions): Promise<MethodResult<DeleteInboxDraftResponse>>;
      /** Delete a draft: `DELETE /inboxes/{inbox_id}/drafts/{draft_id}`. */
      remove(path: { inbox_id: string; draft_id: string }, options?: CallOptions): Promise<MethodResult<DeleteInboxDraftResponse>>;
      /** Send a draft: `POST /inboxes/{inbox_id}/drafts/{draft_id}/send`; the official SDK's form, with the IDs in the options. */
      send(options: ({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }) & { draftId: string }, callOptions?: CallOptions): Promise<MethodResult<SendInboxDraftResponse>>;
      /** Send a draft: `POST /inboxes/{inbox_id}/drafts/{draft_id}/send`. */
      send(path: { inbox_id: string; draft_id: string }, options?: CallOptions): Promise<MethodResult<SendInboxDraftResponse>>;
      /** Update a draft: `PATCH /inboxes/{inbox_id}/drafts/{draft_id}`; the official SDK's form, with the IDs in the options. */
      update(options: WithIds<({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }) & { draftId: string }, SdkSpelling<WithBytes<UpdateInboxDraftRequest, 'attachments', 'content'>>>, callOptions?: CallOptions): Promise<MethodResult<InboxDraft>>;
      /** Update a draft: `PATCH /inboxes/{inbox_id}/drafts/{draft_id}`. */
      update(path: { inbox_id: string; draft_id: string }, body: SdkSpelling<WithBytes<UpdateInboxDraftRequest, 'attachments', 'content'>>, options?: CallOptions): Promise<MethodResult<InboxDraft>>;
    };
    /** Retrieve an inbox: `GET /inboxes/{inbox_id}`. */
    get(inboxId: string, options?: CallOptions): Promise<MethodResult<Inbox>>;
    readonly labels: {
      /** Create a label: `POST /inboxes/{inbox_id}/labels`; the official SDK's form, with the IDs in the options. */
      create(options: WithIds<({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }), CreateInboxLabelRequest>, callOptions?: CallOptions): Promise<MethodResult<InboxLabel>>;
      /** Create a label: `POST /inboxes/{inbox_id}/labels`. */
      create(inboxId: string, body: CreateInboxLabelRequest, options?: CallOptions): Promise<MethodResult<InboxLabel>>;
      /** List labels: `GET /inboxes/{inbox_id}/labels`; the official SDK's form, with the IDs in the options. */
      list(options: string | ({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }), callOptions?: CallOptions): Promise<MethodResult<InboxLabelList>>;
      /** List labels: `GET /inboxes/{inbox_id}/labels`. */
      list(inboxId: string, options?: CallOptions): Promise<MethodResult<InboxLabelList>>;
      /** Delete a label: `DELETE /inboxes/{inbox_id}/labels/{label_id}`; the official SDK's form, with the IDs in the options. */
      remove(options: ({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }) & { labelId: string }, callOptions?: CallOptions): Promise<MethodResult<DeleteInboxLabelResponse>>;
      /** Delete a label: `DELETE /inboxes/{inbox_id}/labels/{label_id}`. */
      remove(path: { inbox_id: string; label_id: string }, options?: CallOptions): Promise<MethodResult<DeleteInboxLabelResponse>>;
      /** Update a label: `PATCH /inboxes/{inbox_id}/labels/{label_id}`; the official SDK's form, with the IDs in the options. */
      update(options: WithIds<({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }) & { labelId: string }, UpdateInboxLabelRequest>, callOptions?: CallOptions): Promise<MethodResult<UpdateInboxLabelResponse>>;
      /** Update a label: `PATCH /inboxes/{inbox_id}/labels/{label_id}`. */
      update(path: { inbox_id: string; label_id: string }, body: UpdateInboxLabelRequest, options?: CallOptions): Promise<MethodResult<UpdateInboxLabelResponse>>;
    };
    /** List inboxes: `GET /inboxes`. */
    list(query?: ListInboxesQuery, options?: CallOptions): Promise<MethodResult<InboxList>>;
    /** Delete an inbox: `DELETE /inboxes/{inbox_id}`. */
    remove(inboxId: string, options?: CallOptions): Promise<MethodResult<DeleteInboxResponse>>;
    readonly threads: {
      readonly emails: {
        /** Forward an email: `POST /inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}/forward`; the official SDK's form, with the IDs in the options. */
        forward(options: WithIds<({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }) & { threadId: string; emailId: string }, ForwardInboxEmailRequest>, callOptions?: CallOptions): Promise<MethodResult<InboxSentMessage>>;
        /** Forward an email: `POST /inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}/forward`. */
        forward(path: { inbox_id: string; thread_id: string; email_id: string }, body: ForwardInboxEmailRequest, options?: CallOptions): Promise<MethodResult<InboxSentMessage>>;
        /** Retrieve an email of a thread: `GET /inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}`; the official SDK's form, with the IDs in the options. */
        get(options: ({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }) & { threadId: string; emailId: string }, callOptions?: CallOptions): Promise<MethodResult<InboxMessage>>;
        /** Retrieve an email of a thread: `GET /inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}`. */
        get(path: { inbox_id: string; thread_id: string; email_id: string }, options?: CallOptions): Promise<MethodResult<InboxMessage>>;
        /** List a thread's emails: `GET /inboxes/{inbox_id}/threads/{thread_id}/emails`; the official SDK's form, with the IDs in the options. */
        list(options: WithIds<({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }) & { threadId: string }, ListInboxThreadEmailsQuery>, callOptions?: CallOptions): Promise<MethodResult<InboxMessageList>>;
        /** List a thread's emails: `GET /inboxes/{inbox_id}/threads/{thread_id}/emails`. */
        list(path: { inbox_id: string; thread_id: string }, query?: ListInboxThreadEmailsQuery, options?: CallOptions): Promise<MethodResult<InboxMessageList>>;
        /** Reply to an email: `POST /inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}/reply`; the official SDK's form, with the IDs in the options. */
        reply(options: WithIds<({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }) & { threadId: string; emailId: string }, SdkSpelling<ReplyInboxEmailRequest>>, callOptions?: CallOptions): Promise<MethodResult<InboxSentMessage>>;
        /** Reply to an email: `POST /inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}/reply`. */
        reply(path: { inbox_id: string; thread_id: string; email_id: string }, body: SdkSpelling<ReplyInboxEmailRequest>, options?: CallOptions): Promise<MethodResult<InboxSentMessage>>;
      };
      /** Retrieve a thread: `GET /inboxes/{inbox_id}/threads/{thread_id}`; the official SDK's form, with the IDs in the options. */
      get(options: ({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }) & { threadId: string }, callOptions?: CallOptions): Promise<MethodResult<InboxThread>>;
      /** Retrieve a thread: `GET /inboxes/{inbox_id}/threads/{thread_id}`. */
      get(path: { inbox_id: string; thread_id: string }, options?: CallOptions): Promise<MethodResult<InboxThread>>;
      readonly labels: {
        /** Add labels to a thread: `POST /inboxes/{inbox_id}/threads/{thread_id}/labels`; the official SDK's form, with the IDs in the options. */
        add(options: WithIds<({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }) & { threadId: string }, InboxThreadLabelsRequest>, callOptions?: CallOptions): Promise<MethodResult<InboxThreadLabelList>>;
        /** Add labels to a thread: `POST /inboxes/{inbox_id}/threads/{thread_id}/labels`. */
        add(path: { inbox_id: string; thread_id: string }, body: InboxThreadLabelsRequest, options?: CallOptions): Promise<MethodResult<InboxThreadLabelList>>;
        /** Remove a label from a thread: `DELETE /inboxes/{inbox_id}/threads/{thread_id}/labels/{label_id}`; the official SDK's form, with the IDs in the options. */
        remove(options: ({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }) & { threadId: string; labelId: string }, callOptions?: CallOptions): Promise<MethodResult<InboxThreadLabelList>>;
        /** Remove a label from a thread: `DELETE /inboxes/{inbox_id}/threads/{thread_id}/labels/{label_id}`. */
        remove(path: { inbox_id: string; thread_id: string; label_id: string }, options?: CallOptions): Promise<MethodResult<InboxThreadLabelList>>;
        /** Set a thread's labels: `PUT /inboxes/{inbox_id}/threads/{thread_id}/labels`; the official SDK's form, with the IDs in the options. */
        set(options: WithIds<({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }) & { threadId: string }, InboxThreadLabelsRequest>, callOptions?: CallOptions): Promise<MethodResult<InboxThreadLabelList>>;
        /** Set a thread's labels: `PUT /inboxes/{inbox_id}/threads/{thread_id}/labels`. */
        set(path: { inbox_id: string; thread_id: string }, body: InboxThreadLabelsRequest, options?: CallOptions): Promise<MethodResult<InboxThreadLabelList>>;
      };
      /** List an inbox's threads: `GET /inboxes/{inbox_id}/threads`; the official SDK's form, with the IDs in the options. */
      list(options: WithIds<({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }), ListInboxThreadsQuery>, callOptions?: CallOptions): Promise<MethodResult<InboxThreadList>>;
      /** List an inbox's threads: `GET /inboxes/{inbox_id}/threads`. */
      list(inboxId: string, query?: ListInboxThreadsQuery, options?: CallOptions): Promise<MethodResult<InboxThreadList>>;
      /** Trash a thread: `DELETE /inboxes/{inbox_id}/threads/{thread_id}`; the official SDK's form, with the IDs in the options. */
      remove(options: ({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }) & { threadId: string }, callOptions?: CallOptions): Promise<MethodResult<DeleteInboxThreadResponse>>;
      /** Trash a thread: `DELETE /inboxes/{inbox_id}/threads/{thread_id}`. */
      remove(path: { inbox_id: string; thread_id: string }, options?: CallOptions): Promise<MethodResult<DeleteInboxThreadResponse>>;
      /** Search an inbox's threads: `GET /inboxes/{inbox_id}/threads/search`; the official SDK's form, with the IDs in the options. */
      search(options: WithIds<({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }), SdkSpelling<SearchInboxThreadsQuery>>, callOptions?: CallOptions): Promise<MethodResult<InboxThreadSearchList>>;
      /** Search an inbox's threads: `GET /inboxes/{inbox_id}/threads/search`. */
      search(inboxId: string, query?: SdkSpelling<SearchInboxThreadsQuery>, options?: CallOptions): Promise<MethodResult<InboxThreadSearchList>>;
      /** Update a thread: `PATCH /inboxes/{inbox_id}/threads/{thread_id}`; the official SDK's form, with the IDs in the options. */
      update(options: WithIds<({ inboxId: string; emailAddress?: null } | { emailAddress: string; inboxId?: null }) & { threadId: string }, SdkSpelling<UpdateInboxThreadRequest>>, callOptions?: CallOptions): Promise<MethodResult<InboxThread>>;
      /** Update a thread: `PATCH /inboxes/{inbox_id}/threads/{thread_id}`. */
      update(path: { inbox_id: string; thread_id: string }, body: SdkSpelling<UpdateInboxThreadRequest>, options?: CallOptions): Promise<MethodResult<InboxThread>>;
    };
    /** Update an inbox: `PATCH /inboxes/{inbox_id}`. */
    update(inboxId: string, body: SdkSpelling<UpdateInboxRequest>, options?: CallOptions): Promise<MethodResult<UpdateInboxResponse>>;
  };
  readonly logs: {
    /** Retrieve an API request log: `GET /logs/{log_id}`. */
    get(logId: string, options?: CallOptions): Promise<MethodResult<Log>>;
    /** List API request logs: `GET /logs`. */
    list(query?: ListLogsQuery, options?: CallOptions): Promise<MethodResult<LogList>>;
  };
  readonly oauth: {
    /** Start an OAuth authorization: `GET /oauth/authorize`. */
    authorize(query: SdkSpelling<AuthorizeOAuthClientQuery>, options?: CallOptions): Promise<MethodResult<undefined>>;
    /** Register an OAuth client: `POST /oauth/register`. */
    register(body: SdkSpelling<RegisterOAuthClientRequest>, options?: CallOptions): Promise<MethodResult<OAuthClient>>;
    /** Revoke a refresh token: `POST /oauth/revoke`. */
    revoke(body: SdkSpelling<RevokeOAuthTokenRequest>, options?: CallOptions): Promise<MethodResult<undefined>>;
    /** Exchange a code or refresh token for tokens: `POST /oauth/token`. */
    token(body: SdkSpelling<OAuthTokenRequest>, options?: CallOptions): Promise<MethodResult<OAuthTokenResponse>>;
  };
  readonly oauthGrants: {
    /** List OAuth grants: `GET /oauth/grants`. */
    list(query?: ListOAuthGrantsQuery, options?: CallOptions): Promise<MethodResult<OAuthGrantList>>;
    /** Revoke an OAuth grant: `DELETE /oauth/grants/{oauth_grant_id}`. */
    revoke(oauthGrantId: string, options?: CallOptions): Promise<MethodResult<RevokedOAuthGrant>>;
  };
  readonly segments: {
    readonly contacts: {
      /** List a segment's contacts: `GET /segments/{segment_id}/contacts`. */
      list(segmentId: string, query?: ListSegmentContactsQuery, options?: CallOptions): Promise<MethodResult<SegmentContactList>>;
    };
    /** Create a segment: `POST /segments`. */
    create(body: SdkSpelling<CreateSegmentRequest>, options?: CallOptions): Promise<MethodResult<CreateSegmentResponse>>;
    /** Retrieve a segment: `GET /segments/{segment_id}`. */
    get(segmentId: string, options?: CallOptions): Promise<MethodResult<Segment>>;
    /** List segments: `GET /segments`. */
    list(query?: ListSegmentsQuery, options?: CallOptions): Promise<MethodResult<SegmentList>>;
    /** Retrieve segment metrics: `GET /segments/metrics`. */
    metrics(query?: SdkSpelling<GetSegmentMetricsQuery>, options?: CallOptions): Promise<MethodResult<SegmentMetrics>>;
    /** Delete a segment: `DELETE /segments/{segment_id}`. */
    remove(segmentId: string, options?: CallOptions): Promise<MethodResult<DeleteSegmentResponse>>;
    /** Rename a segment: `PATCH /segments/{segment_id}`. */
    update(segmentId: string, body: UpdateSegmentRequest, options?: CallOptions): Promise<MethodResult<UpdateSegmentResponse>>;
  };
  readonly suppressions: {
    /** Suppress an address: `POST /suppressions`. */
    add(body: AddSuppressionRequest, options?: CallOptions): Promise<MethodResult<AddSuppressionResponse>>;
    readonly batch: {
      /** Suppress up to 100 addresses: `POST /suppressions/batch/add`. */
      add(body: BatchAddSuppressionsRequest, options?: CallOptions): Promise<MethodResult<BatchAddSuppressionsResponse>>;
      /** Unsuppress up to 100 entries: `POST /suppressions/batch/remove`. */
      remove(body: BatchRemoveSuppressionsRequest, options?: CallOptions): Promise<MethodResult<BatchRemoveSuppressionsResponse>>;
    };
    /** Retrieve a suppression: `GET /suppressions/{suppression}`. */
    get(suppression: string, options?: CallOptions): Promise<MethodResult<Suppression>>;
    /** List suppressed addresses: `GET /suppressions`. */
    list(query?: ListSuppressionsQuery, options?: CallOptions): Promise<MethodResult<SuppressionList>>;
    /** Unsuppress an address: `DELETE /suppressions/{suppression}`. */
    remove(suppression: string, options?: CallOptions): Promise<MethodResult<DeleteSuppressionResponse>>;
  };
  readonly templates: {
    /** Create a template: `POST /templates`. */
    create(body: WithReact<SdkSpelling<CreateTemplateRequest>>, options?: CallOptions): Promise<MethodResult<TemplateReference>>;
    /** Duplicate a template: `POST /templates/{id}/duplicate`. */
    duplicate(id: string, options?: CallOptions): Promise<MethodResult<TemplateReference>>;
    /** Retrieve a template: `GET /templates/{id}`. */
    get(id: string, options?: CallOptions): Promise<MethodResult<Template>>;
    /** List templates: `GET /templates`. */
    list(query?: ListTemplatesQuery, options?: CallOptions): Promise<MethodResult<TemplateList>>;
    /** Publish a template: `POST /templates/{id}/publish`. */
    publish(id: string, options?: CallOptions): Promise<MethodResult<TemplateReference>>;
    /** Remove a template: `DELETE /templates/{id}`. */
    remove(id: string, options?: CallOptions): Promise<MethodResult<DeletedTemplate>>;
    /** Update a template: `PATCH /templates/{id}`. */
    update(id: string, body: WithReact<SdkSpelling<UpdateTemplateRequest>>, options?: CallOptions): Promise<MethodResult<TemplateReference>>;
  };
  readonly topics: {
    /** Create a topic: `POST /topics`. */
    create(body: SdkSpelling<CreateTopicRequest>, options?: CallOptions): Promise<MethodResult<CreateTopicResponse>>;
    /** Retrieve a topic: `GET /topics/{topic_id}`. */
    get(topicId: string, options?: CallOptions): Promise<MethodResult<Topic>>;
    /** List topics: `GET /topics`. */
    list(query?: ListTopicsQuery, options?: CallOptions): Promise<MethodResult<TopicList>>;
    /** Delete a topic: `DELETE /topics/{topic_id}`. */
    remove(topicId: string, options?: CallOptions): Promise<MethodResult<DeleteTopicResponse>>;
    /** Update a topic: `PATCH /topics/{topic_id}`; the official SDK's form, with the IDs in the options. */
    update(options: WithIds<{ id: string }, UpdateTopicRequest>, callOptions?: CallOptions): Promise<MethodResult<UpdateTopicResponse>>;
    /** Update a topic: `PATCH /topics/{topic_id}`. */
    update(topicId: string, body: UpdateTopicRequest, options?: CallOptions): Promise<MethodResult<UpdateTopicResponse>>;
  };
  readonly usage: {
    /** Retrieve account usage: `GET /usage`. */
    get(options?: CallOptions): Promise<MethodResult<Usage>>;
  };
  readonly webhooks: {
    /** Create a webhook: `POST /webhooks`. */
    create(body: CreateWebhookRequest, options?: CallOptions): Promise<MethodResult<CreateWebhookResponse>>;
    readonly events: {
      readonly attempts: {
        /** List an event's delivery attempts: `GET /webhooks/{webhook_id}/events/{event_id}/attempts`; the official SDK's form, with the IDs in the options. */
        list(options: WithIds<{ webhookId: string; eventId: string }, ListWebhookEventAttemptsQuery>, callOptions?: CallOptions): Promise<MethodResult<WebhookEventAttemptList>>;
        /** List an event's delivery attempts: `GET /webhooks/{webhook_id}/events/{event_id}/attempts`. */
        list(path: { webhook_id: string; event_id: string }, query?: ListWebhookEventAttemptsQuery, options?: CallOptions): Promise<MethodResult<WebhookEventAttemptList>>;
      };
      /** Retrieve a delivered event: `GET /webhooks/{webhook_id}/events/{event_id}`; the official SDK's form, with the IDs in the options. */
      get(options: { webhookId: string; eventId: string }, callOptions?: CallOptions): Promise<MethodResult<WebhookEvent>>;
      /** Retrieve a delivered event: `GET /webhooks/{webhook_id}/events/{event_id}`. */
      get(path: { webhook_id: string; event_id: string }, options?: CallOptions): Promise<MethodResult<WebhookEvent>>;
      /** List a webhook's deliveries: `GET /webhooks/{webhook_id}/events`; the official SDK's form, with the IDs in the options. */
      list(options: WithIds<{ webhookId: string }, ListWebhookEventsQuery>, callOptions?: CallOptions): Promise<MethodResult<WebhookEventList>>;
      /** List a webhook's deliveries: `GET /webhooks/{webhook_id}/events`. */
      list(webhookId: string, query?: ListWebhookEventsQuery, options?: CallOptions): Promise<MethodResult<WebhookEventList>>;
      /** Replay a delivered event: `POST /webhooks/{webhook_id}/events/{event_id}/replay`; the official SDK's form, with the IDs in the options. */
      replay(options: { webhookId: string; eventId: string }, callOptions?: CallOptions): Promise<MethodResult<ReplayWebhookEventResponse>>;
      /** Replay a delivered event: `POST /webhooks/{webhook_id}/events/{event_id}/replay`. */
      replay(path: { webhook_id: string; event_id: string }, options?: CallOptions): Promise<MethodResult<ReplayWebhookEventResponse>>;
    };
    /** Retrieve a webhook: `GET /webhooks/{webhook_id}`. */
    get(webhookId: string, options?: CallOptions): Promise<MethodResult<Webhook>>;
    /** List webhooks: `GET /webhooks`. */
    list(query?: ListWebhooksQuery, options?: CallOptions): Promise<MethodResult<WebhookList>>;
    /** Delete a webhook: `DELETE /webhooks/{webhook_id}`. */
    remove(webhookId: string, options?: CallOptions): Promise<MethodResult<DeleteWebhookResponse>>;
    /** Rotate a webhook's signing secret: `POST /webhooks/{webhook_id}/signing-secret/rotate`. */
    rotateSigningSecret(webhookId: string, options?: CallOptions): Promise<MethodResult<RotateWebhookSigningSecretResponse>>;
    /** Update a webhook: `PATCH /webhooks/{webhook_id}`. */
    update(webhookId: string, body: UpdateWebhookRequest, options?: CallOptions): Promise<MethodResult<UpdateWebhookResponse>>;
  };
}
