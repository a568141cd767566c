/** Everything the fake remembers, and the record shapes it stores. */
import { Collection, type ReadonlyCollection } from './store.js';
import { RequestLog, type ReadonlyRequestLog } from './inbox/request-log.js';
import type { StoredWebhookDelivery } from './webhook-records.js';

/** A sent (or scheduled) email as stored by the fake. */
export interface StoredEmail {
  /** Always `'email'`. */
  object: 'email';
  /** The email's ID (a UUID from the fake's seeded stream). */
  id: string;
  /** The sender, as given (`"Name <a@b.co>"` or a bare address). */
  from: string;
  /** Recipients, always as an array (a single string in the request becomes one entry). */
  to: string[];
  /** Cc recipients, or `null` when none were given. */
  cc: string[] | null;
  /** Bcc recipients, or `null` when none were given. */
  bcc: string[] | null;
  /** Reply-to addresses, or `null` when none were given. */
  reply_to: string[] | null;
  /** The subject line. */
  subject: string;
  /** The HTML body, or `null` when none was given. */
  html: string | null;
  /** The plain-text body (derived from `html` when only that was given), or `null` when neither was. */
  text: string | null;
  /** The attachments sent with it (content kept as Base64, served by the fake's download URL). */
  attachments: StoredEmailAttachment[];
  /** When it was accepted, in Resend's timestamp form (`2026-04-03 22:13:42.674000+00`). */
  created_at: string;
  /** The latest delivery event, e.g. `'sent'` or `'scheduled'`. */
  last_event: string;
  /** When it is scheduled to go out (Resend's timestamp form), or `null` when sent at once. */
  scheduled_at: string | null;
  /** Tags given with the email (empty when none). */
  tags: { name: string; value: string }[];
  /** Custom headers given with the email, or `null` when none. */
  headers: Record<string, string> | null;
  /** The `Message-ID` the fake assigned. */
  message_id: string;
  /** The Idempotency-Key it was sent with, if any (for tests that check exactly-once delivery). */
  idempotency_key: string | null;
  /** True when it came through `POST /emails/batch`. */
  batch: boolean;
}

/** An attachment of a sent or received email. */
export interface StoredEmailAttachment {
  id: string;
  filename: string | null;
  content_type: string;
  content_id: string | null;
  content_disposition: 'inline' | 'attachment';
  /** Size in bytes of the decoded content. */
  size: number;
  /** The content, Base64 (empty when only a `path` was given). */
  content: string;
  /** The URL the attachment was to be fetched from, when given as `path`. */
  path: string | null;
}

/** Any other stored object: its API fields plus an `id`. */
export interface StoredRecord {
  id: string;
  [field: string]: unknown;
}

/** Counters for assertions and the demo's summary. */
export interface FakeCounters {
  /** Every request the fake received, whatever its answer. */
  requests: number;
  /** Requests answered 429 `rate_limit_exceeded`. */
  rateLimited: number;
  /** Requests answered by replaying a stored idempotent response. */
  idempotentReplays: number;
  /** Injected 5xx answers (before processing). */
  injectedErrors: number;
  /** Injected cut connections (before processing). */
  injectedCuts: number;
  /** Requests processed whose response was then lost on purpose. */
  lostResponses: number;
  /** Requests per `"METHOD /template"` that reached an operation. */
  byOperation: Record<string, number>;
}

/** The mutable state behind `fake.state`. */
export class FakeStateStore {
  readonly emails = new Collection<StoredEmail>();
  readonly domains = new Collection<StoredRecord>();
  readonly apiKeys = new Collection<StoredRecord>();
  /**
   * `{ id, token }` of the keys deleted through `DELETE /api-keys/{id}`, so auth refuses them even
   * when any `re_…` key is accepted. A collection, so `reset()` and `--data` files keep it with the rest.
   */
  readonly deletedApiKeys = new Collection<StoredRecord>();
  readonly contacts = new Collection<StoredRecord>();
  /** Segments and (deprecated) audiences share one store, as they do in Resend. */
  readonly segments = new Collection<StoredRecord>();
  readonly topics = new Collection<StoredRecord>();
  readonly broadcasts = new Collection<StoredRecord>();
  readonly templates = new Collection<StoredRecord>();
  readonly webhooks = new Collection<StoredRecord>();
  /** Every API request answered, for the inbox and for tests. */
  readonly requests = new RequestLog();
  readonly contactProperties = new Collection<StoredRecord>();
  readonly contactImports = new Collection<StoredRecord>();
  readonly domainClaims = new Collection<StoredRecord>();
  readonly suppressions = new Collection<StoredRecord>();
  readonly events = new Collection<StoredRecord>();
  readonly automations = new Collection<StoredRecord>();
  readonly automationRuns = new Collection<StoredRecord>();
  readonly inboxes = new Collection<StoredRecord>();
  readonly inboxDrafts = new Collection<StoredRecord>();
  readonly inboxLabels = new Collection<StoredRecord>();
  /** Inbox threads, started by inbound emails to an inbox's address. */
  readonly inboxThreads = new Collection<StoredRecord>();
  readonly webhookDeliveries = new Collection<StoredWebhookDelivery>();
  readonly receivedEmails = new Collection<StoredReceivedEmail>();
  readonly shares = new Collection<StoredRecord>();
  readonly oauthGrants = new Collection<StoredRecord>();
  readonly oauthClients = new Collection<StoredRecord>();
  /** The emails of inbox threads, inbound and outbound (`thread_id` names the thread). */
  readonly inboxMessages = new Collection<StoredRecord>();
  counters: FakeCounters = emptyCounters();

  /** True when a record of any collection has this ID: the fake's new UUIDs skip it. */
  holds(id: string): boolean {
    for (const c of Object.values(this)) if (c instanceof Collection && c.get(id)) return true;
    return false;
  }

  clear(): void {
    // Every collection, found rather than listed, so one added later cannot be left out of a reset.
    for (const c of Object.values(this)) if (c instanceof Collection) c.clear();
    this.counters = emptyCounters();
    this.requests.clear();
  }
}

function emptyCounters(): FakeCounters {
  return {
    requests: 0,
    rateLimited: 0,
    idempotentReplays: 0,
    injectedErrors: 0,
    injectedCuts: 0,
    lostResponses: 0,
    byOperation: {},
  };
}

/** What `fake.state` shows: read-only collections (newest first via `newestFirst()`) and counters. */
export interface FakeState {
  /** Emails sent or scheduled through `POST /emails` and `POST /emails/batch`. */
  readonly emails: ReadonlyCollection<StoredEmail>;
  /** Domains created through `POST /domains`. */
  readonly domains: ReadonlyCollection<StoredRecord>;
  /** API keys created through `POST /api-keys` (not the keys given in `apiKeys`). */
  readonly apiKeys: ReadonlyCollection<StoredRecord>;
  /** Contacts, whichever route created them. */
  readonly contacts: ReadonlyCollection<StoredRecord>;
  /** Segments and (deprecated) audiences, which share one store as they do in Resend. */
  readonly segments: ReadonlyCollection<StoredRecord>;
  /** Topics created through `POST /topics`. */
  readonly topics: ReadonlyCollection<StoredRecord>;
  /** Broadcasts created through `POST /broadcasts`. */
  readonly broadcasts: ReadonlyCollection<StoredRecord>;
  /** Templates created through `POST /templates`. */
  readonly templates: ReadonlyCollection<StoredRecord>;
  /** Webhooks created through `POST /webhooks`. */
  readonly webhooks: ReadonlyCollection<StoredRecord>;
  /** Contact properties created through `POST /contact-properties`. */
  readonly contactProperties: ReadonlyCollection<StoredRecord>;
  /** Contact imports (`POST /contacts/imports`); their contacts are in `contacts`. */
  readonly contactImports: ReadonlyCollection<StoredRecord>;
  /** Domain claims created through `POST /domains/claim`. */
  readonly domainClaims: ReadonlyCollection<StoredRecord>;
  /** Suppressed addresses, added one by one or in batches. */
  readonly suppressions: ReadonlyCollection<StoredRecord>;
  /** Custom event definitions created through `POST /events`. */
  readonly events: ReadonlyCollection<StoredRecord>;
  /** Automations created or duplicated. */
  readonly automations: ReadonlyCollection<StoredRecord>;
  /** Automation runs, one per event sent that triggers an enabled automation (`automation_id` names it). */
  readonly automationRuns: ReadonlyCollection<StoredRecord>;
  /** Inboxes created through `POST /inboxes`. */
  readonly inboxes: ReadonlyCollection<StoredRecord>;
  /** Inbox drafts (`inbox_id` names the inbox). */
  readonly inboxDrafts: ReadonlyCollection<StoredRecord>;
  /** Inbox labels (`inbox_id` names the inbox). */
  readonly inboxLabels: ReadonlyCollection<StoredRecord>;
  /** Inbox threads: `{ id, inbox_id, subject, folder, read, label_ids }`; their emails are in `inboxMessages`. */
  readonly inboxThreads: ReadonlyCollection<StoredRecord>;
  /**
   * Every API request the fake answered, newest last (the last 20 000 are kept): method, path,
   * status, error, duration, idempotency key, and the bodies with API keys masked.
   */
  readonly requests: ReadonlyRequestLog;
  /**
   * Every webhook delivery (one per event and endpoint), oldest first, with its payload, status and
   * attempts; see {@link StoredWebhookDelivery}. Read-only: the same records the
   * `/webhooks/{id}/events` endpoints show.
   */
  readonly webhookDeliveries: ReadonlyCollection<StoredWebhookDelivery>;
  /** Emails received through `fake.receiveEmail()` (or `POST /_inbox/api/inbound`), with their raw MIME. */
  readonly receivedEmails: ReadonlyCollection<StoredReceivedEmail>;
  /** Share links created through `POST /emails/{id}/share`: `{ id, email_id, url, expires_at }`. */
  readonly shares: ReadonlyCollection<StoredRecord>;
  /** The emails of inbox threads (`thread_id`, `inbox_id`, `direction`…), in arrival order. */
  readonly inboxMessages: ReadonlyCollection<StoredRecord>;
  /**
   * OAuth grants, one per authorization code exchanged at `POST /oauth/token`, with their current
   * `refresh_token`, `access_tokens` (token → expiry in ms), `narrowed_tokens` (token → scopes, for
   * access tokens a refresh issued with a narrower `scope`) and last `rotated_refresh_tokens` (not API fields).
   */
  readonly oauthGrants: ReadonlyCollection<StoredRecord>;
  /** OAuth clients registered through `POST /oauth/register` (`id` is the `client_id`). */
  readonly oauthClients: ReadonlyCollection<StoredRecord>;
  /** Request counters; see {@link FakeCounters}. Replaced by a fresh object on `fake.reset()`. */
  readonly counters: Readonly<FakeCounters>;
}

/** A received email as the fake stores it. */
export interface StoredReceivedEmail {
  object: 'email';
  id: string;
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  reply_to: string[];
  subject: string;
  html: string | null;
  text: string | null;
  headers: Record<string, string>;
  /** The `Message-ID` header of the message. */
  message_id: string;
  /** ISO 8601, as Resend shows received emails. */
  created_at: string;
  attachments: StoredEmailAttachment[];
  /** The whole message as RFC 5322 text, served at `raw.download_url`. */
  raw: string;
  /**
   * True when the email arrived while the team was over its email quota (or itself went past it):
   * it is listed, but its content, attachments and raw message answer 403 `email_above_quota`.
   * Absent (records of older data files) means within quota.
   */
  over_quota?: boolean;
}
