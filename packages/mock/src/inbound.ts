/**
 * Inbound email: `fake.receiveEmail()` (and `POST /_inbox/api/inbound`) stores an email as if it had
 * arrived on a receiving domain, with a `message_id` and the raw MIME message, counts it toward the
 * email quotas, and emits `email.received` (and, for an inbox's address, `inbox.thread.created` and
 * `inbox.email.received`). The received-email endpoints then read it back, unless
 * it arrived over quota.
 */
import { FakeOptionsError } from './options-error.js';
import type { Random } from './random.js';
import type { FakeStateStore, StoredEmailAttachment, StoredReceivedEmail } from './state.js';
import { contentTypeOf } from './resources/email-attachments.js';
import { inboxEmailEvents, type WebhookEventSource } from './webhook-events.js';
import { buildMime } from './mime.js';
import { deliverToInboxes } from './resources/inbox-threads.js';
import { base64ToBytes, bytesToBase64 } from './base64.js';
import { recipientCount, type Quota } from './quota.js';

/** One attachment of an inbound email: `content` as Base64 text or bytes. */
export interface InboundAttachment {
  filename: string;
  content: string | Uint8Array;
  /** Derived from `filename` when absent. */
  content_type?: string;
  /** Makes it an inline attachment referenced as `cid:<content_id>`. */
  content_id?: string;
}

/** What `fake.receiveEmail()` takes: the message as a sender's mail server would deliver it. */
export interface ReceiveEmailInput {
  from: string;
  to: string | readonly string[];
  subject: string;
  html?: string;
  text?: string;
  cc?: string | readonly string[];
  bcc?: string | readonly string[];
  reply_to?: string | readonly string[];
  attachments?: readonly InboundAttachment[];
  /** Extra message headers (names are lower-cased when stored, as Resend shows them). */
  headers?: Readonly<Record<string, string>>;
}

export type { StoredReceivedEmail } from './state.js';

/**
 * Control characters but the tab. Addresses, header names and values, and attachment fields are
 * written into the raw message's header lines as given: a line break there would start a header of
 * its own (`Bcc: …`) or end the headers early, so the message would say something the fields do not.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f]/;
/** An RFC 5322 header field name: printable ASCII but the colon. */
const FIELD_NAME = /^[!-9;-~]+$/;

function list(value: unknown, option: string, required: boolean): string[] {
  if (value === undefined && !required) return [];
  const items = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
  const bad = (v: unknown) => typeof v !== 'string' || !v.includes('@') || CONTROL.test(v);
  if (!items || (required && items.length === 0) || items.some(bad)) {
    throw new FakeOptionsError(
      option,
      `receiveEmail: ${option} must be an address or a non-empty list of addresses, without line breaks.`,
    );
  }
  return items as string[];
}

function text(value: unknown, option: string): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string') throw new FakeOptionsError(option, `receiveEmail: ${option} must be a string.`);
  return value;
}

function attachmentsOf(value: unknown, random: Random): StoredEmailAttachment[] {
  if (value === undefined) return [];
  if (!Array.isArray(value))
    throw new FakeOptionsError('attachments', 'receiveEmail: attachments must be an array of { filename, content }.');
  return value.map((a: Partial<InboundAttachment>, index) => {
    if (typeof a?.filename !== 'string' || (typeof a.content !== 'string' && !(a.content instanceof Uint8Array))) {
      throw new FakeOptionsError(
        'attachments',
        `receiveEmail: attachments[${index}] needs a filename and a content (Base64 text or bytes).`,
      );
    }
    let bytes: Uint8Array;
    try {
      bytes = typeof a.content === 'string' ? base64ToBytes(a.content) : a.content;
    } catch {
      throw new FakeOptionsError('attachments', `receiveEmail: attachments[${index}].content is not Base64 text.`);
    }
    // Stored and put into the MIME message as given: a number or `true` would end up in headers.
    for (const field of ['content_type', 'content_id'] as const) {
      const value = a[field];
      if (value !== undefined && typeof value !== 'string')
        throw new FakeOptionsError('attachments', `receiveEmail: attachments[${index}].${field} must be a string.`);
      if (value !== undefined && CONTROL.test(value))
        throw new FakeOptionsError('attachments', `receiveEmail: attachments[${index}].${field} has a line break.`);
    }
    return {
      id: random.uuid(),
      filename: a.filename,
      content_type: a.content_type ?? contentTypeOf(a.filename),
      content_id: a.content_id ?? null,
      content_disposition: a.content_id ? 'inline' : 'attachment',
      size: bytes.length,
      content: bytesToBase64(bytes),
      path: null,
    };
  });
}

function headersOf(value: unknown): Record<string, string> {
  if (value === undefined) return {};
  // An array would pass as an object, its indexes stored as header names ("0: …").
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    Object.entries(value).some(([k, v]) => !FIELD_NAME.test(k) || typeof v !== 'string' || CONTROL.test(v))
  ) {
    throw new FakeOptionsError(
      'headers',
      'receiveEmail: headers must map header names (printable ASCII, no colon or space) to strings without line breaks.',
    );
  }
  return Object.fromEntries(Object.entries(value as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
}

/** What receiving needs from the fake. */
export interface InboundDeps {
  state: FakeStateStore;
  random: () => Random;
  now: () => Date;
  events: WebhookEventSource;
  /** The quotas sends count against too: Resend counts sent and received emails in one count. */
  quota: Pick<Quota, 'receive'>;
}

/**
 * Stores an inbound email, counts it toward the email quotas, and emits `email.received`.
 *
 * It counts as a send does, one per To, Cc and Bcc recipient: Resend's rule for what counts names
 * each of them for sent and received emails alike, and the fake does not know which addresses are
 * on the team's receiving domains, so counting only those would be a guess. Receiving is never
 * refused for the quota (a mail server delivers anyway); an email that finds the quota used up, or
 * goes past it itself, is stored, listed and announced, marked `over_quota`, and its content answers
 * 403 `email_above_quota` (see {@link Quota.receive}).
 * @throws {@link FakeOptionsError} naming the field that is missing or of the wrong type.
 */
export function receiveEmail(deps: InboundDeps, input: ReceiveEmailInput): StoredReceivedEmail {
  if (typeof input !== 'object' || input === null)
    throw new FakeOptionsError('email', 'receiveEmail: pass { from, to, subject, html?, text? }.');
  // A message has one sender: a list would keep its first address and drop the rest unsaid.
  if (Array.isArray(input.from))
    throw new FakeOptionsError('from', 'receiveEmail: from must be one address (a string), not a list.');
  const [from] = list(input.from, 'from', true);
  const to = list(input.to, 'to', true);
  const subject = text(input.subject, 'subject') ?? '';
  const random = deps.random();
  const id = random.uuid();
  const at = deps.now();
  const sender = from!.slice(from!.lastIndexOf('@') + 1).replace(/>$/, '');
  const headers = headersOf(input.headers);
  const email: StoredReceivedEmail = {
    object: 'email',
    id,
    from: from!,
    to,
    cc: list(input.cc, 'cc', false),
    bcc: list(input.bcc, 'bcc', false),
    reply_to: list(input.reply_to, 'reply_to', false),
    subject,
    html: text(input.html, 'html'),
    text: text(input.text, 'text'),
    headers,
    message_id: headers['message-id'] ?? `<${id}@${sender}>`,
    created_at: at.toISOString(),
    attachments: attachmentsOf(input.attachments, random),
    raw: '',
  };
  email.raw = buildMime(email, at);
  // Counted once the input is known good: a refused one never arrived.
  email.over_quota = deps.quota.receive(recipientCount(email));
  email.headers = {
    from: email.from,
    to: email.to.join(', '),
    subject,
    'message-id': email.message_id,
    'mime-version': '1.0',
    ...headers,
  };
  deps.state.receivedEmails.insert(email);
  const filed = deliverToInboxes(deps.state, random, email);
  // Told as a change, as a logged request is: no request need follow for a `--data` file to keep it.
  deps.state.requests.notify({ kind: 'received', id: email.id });
  deps.events.emit('email.received', receivedEventData(email));
  for (const message of filed)
    for (const event of inboxEmailEvents(deps.state, message, 'inbound')) deps.events.emit(event.type, event.data);
  return email;
}

/** The `email.received` payload data: no bodies, attachments without URLs. */
function receivedEventData(email: StoredReceivedEmail): Record<string, unknown> {
  return {
    email_id: email.id,
    created_at: email.created_at,
    from: email.from,
    to: email.to,
    cc: email.cc,
    bcc: email.bcc,
    subject: email.subject,
    message_id: email.message_id,
    attachments: email.attachments.map(({ id, filename, content_type, content_disposition, content_id }) => ({
      id,
      filename,
      content_type,
      content_disposition,
      content_id,
    })),
  };
}
