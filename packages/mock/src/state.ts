/** Everything the fake remembers, and the record shapes it stores. */
import { Collection, type ReadonlyCollection } from './store.js';

/** A sent (or scheduled) email as stored by the fake. */
export interface StoredEmail {
  object: 'email';
  id: string;
  from: string;
  to: string[];
  cc: string[] | null;
  bcc: string[] | null;
  reply_to: string[] | null;
  subject: string;
  html: string | null;
  text: string | null;
  created_at: string;
  last_event: string;
  scheduled_at: string | null;
  tags: { name: string; value: string }[];
  headers: Record<string, string> | null;
  message_id: string;
  /** The Idempotency-Key it was sent with, if any (for tests that check exactly-once delivery). */
  idempotency_key: string | null;
  /** True when it came through `POST /emails/batch`. */
  batch: boolean;
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
  readonly contacts = new Collection<StoredRecord>();
  /** Segments and (deprecated) audiences share one store, as they do in Resend. */
  readonly segments = new Collection<StoredRecord>();
  readonly topics = new Collection<StoredRecord>();
  readonly broadcasts = new Collection<StoredRecord>();
  readonly templates = new Collection<StoredRecord>();
  readonly webhooks = new Collection<StoredRecord>();
  counters: FakeCounters = emptyCounters();

  clear(): void {
    for (const c of [this.emails, this.domains, this.apiKeys, this.contacts, this.segments, this.topics, this.broadcasts, this.templates, this.webhooks]) {
      c.clear();
    }
    this.counters = emptyCounters();
  }
}

function emptyCounters(): FakeCounters {
  return { requests: 0, rateLimited: 0, idempotentReplays: 0, injectedErrors: 0, injectedCuts: 0, lostResponses: 0, byOperation: {} };
}

/** What `fake.state` shows: read-only collections (newest first via `newestFirst()`) and counters. */
export interface FakeState {
  readonly emails: ReadonlyCollection<StoredEmail>;
  readonly domains: ReadonlyCollection<StoredRecord>;
  readonly apiKeys: ReadonlyCollection<StoredRecord>;
  readonly contacts: ReadonlyCollection<StoredRecord>;
  readonly segments: ReadonlyCollection<StoredRecord>;
  readonly topics: ReadonlyCollection<StoredRecord>;
  readonly broadcasts: ReadonlyCollection<StoredRecord>;
  readonly templates: ReadonlyCollection<StoredRecord>;
  readonly webhooks: ReadonlyCollection<StoredRecord>;
  readonly counters: Readonly<FakeCounters>;
}
