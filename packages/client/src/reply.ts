/**
 * `replyTo(received, { from, text })`: the `emails.send` body of a reply to a received email, threaded
 * as mail clients expect: `In-Reply-To` is the received `Message-ID`, `References` is the received
 * `References` plus that ID, the subject gets one `Re: ` (never `Re: Re:`), and it goes to the
 * received `Reply-To` when there is one, else to the sender.
 */
import { ResendConfigError, checkKind } from './config-error.js';
import { kindOf } from './shared/check-kind.js';
import type { ReactEmailElement } from './react-body.js';

/** What a reply needs of the received email: `emails.receiving.get`'s data has all of it. */
export interface ReceivedForReply {
  from: string;
  subject?: string | null;
  message_id?: string | null;
  reply_to?: string[] | null;
  /** Lower-cased header names, as the API returns them; `references` is read. */
  headers?: Record<string, string> | null;
}

/** The reply's own fields: a sender, a body, and anything else `emails.send` takes. */
export type ReplyOptions = {
  /** The sender, on one of your verified domains (usually the address the email was sent to). */
  from: string;
  /** Recipients; default: the received `Reply-To`, else its sender. */
  to?: string | string[];
  cc?: string | string[];
  bcc?: string | string[];
  /** Extra headers; `In-Reply-To` and `References` are set from the received email. */
  headers?: Record<string, string>;
  tags?: { name: string; value: string }[];
} & ({ html: string; text?: string } | { text: string; html?: string } | { react: ReactEmailElement; text?: string });

/** A reply, ready for `emails.send` (one member per kind of body, so the content stays required). */
export type ReplyBody = ReplyOptions extends infer O
  ? O extends unknown
    ? Omit<O, 'to'> & { to: string | string[]; subject: string; headers: Record<string, string> }
    : never
  : never;

const REPLY_PREFIX = /^\s*(?:re|aw|sv|antw)\s*(?:\[\d+\])?\s*:/i;

/**
 * Throws `invalid_option` when `value` (a string or strings) holds CR, LF or NUL: in a header, a line
 * break ends it and starts another (`Bcc: …`), so the received email could add recipients of its own.
 */
function refuseLineBreaks(value: unknown, name: string): void {
  for (const text of [value].flat()) {
    if (typeof text === 'string' && /[\r\n\0]/.test(text))
      throw new ResendConfigError(
        'invalid_option',
        `${name} holds a line break, which would start another header; nothing was built.`,
      );
  }
}

/** `text` unfolded (RFC 5322, 2.2.3): a line break before a space or tab is taken out. */
export function unfold(text: string): string {
  return text.replace(/\r?\n(?=[ \t])/g, '');
}

/**
 * `Re: <subject>`, unless it already starts with a reply prefix (`Re:`, `RE[2]:`, `Aw:`). A folded
 * subject is unfolded (`unfold`); any other line break is refused.
 */
export function replySubject(subject: string | null | undefined): string {
  if (subject !== null) checkKind(subject, 'subject', ['string']);
  const given = unfold(subject ?? '').trim();
  refuseLineBreaks(given, 'subject');
  if (given === '') return 'Re: (no subject)';
  return REPLY_PREFIX.test(given) ? given : `Re: ${given}`;
}

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null;

/** A Message-ID as a header value: in angle brackets, with no whitespace (which could split the header). */
function messageId(id: string): string {
  const bare = id.replace(/\s+/g, '').replace(/^<|>$/g, '');
  return `<${bare}>`;
}

/** References kept: the thread's first and its latest, as mail clients trim them (a header stays one line). */
const MAX_REFERENCES = 20;

/**
 * `References` of a reply (RFC 5322, 3.6.4): the parent's `References`, else its `In-Reply-To` when
 * that names one message, then the parent's own ID. Only message IDs are kept, whatever else the
 * received header held.
 */
function references(headers: Record<string, string> | null | undefined, id: string): string {
  const ids = (value: string | undefined): string[] => value?.match(/<[^<>\s]+>/g) ?? [];
  let earlier = ids(headers?.references);
  if (earlier.length === 0 && ids(headers?.['in-reply-to']).length === 1) earlier = ids(headers?.['in-reply-to']);
  earlier = earlier.filter((ref) => ref !== id);
  if (earlier.length >= MAX_REFERENCES) earlier = [earlier[0]!, ...earlier.slice(2 - MAX_REFERENCES)];
  return [...earlier, id].join(' ');
}

/**
 * The `emails.send` body of a reply to `received`.
 *
 * @example
 * const { data: email } = await resend.emails.receiving.get(event.data.email_id);
 * if (email) await resend.emails.send(replyTo(email, { from: 'support@acme.dev', text: 'Thanks, we are on it.' }));
 */
export function replyTo(received: ReceivedForReply, options: ReplyOptions): ReplyBody {
  // Both come from code (an API answer, a literal): a missing one is a mistake to name, not to send.
  if (!isObject(received) || !isObject(options)) {
    const got = `${kindOf(received)} and ${kindOf(options)}`;
    throw new ResendConfigError(
      'invalid_option',
      `replyTo takes the received email and the reply as objects (got ${got}).`,
    );
  }
  const threading: Record<string, string> = {};
  if (received.message_id) {
    const id = messageId(received.message_id);
    threading['In-Reply-To'] = id;
    threading.References = references(received.headers, id);
  }
  const to = options.to ?? (received.reply_to && received.reply_to.length > 0 ? received.reply_to : received.from);
  // Header names are case-insensitive: a given `in-reply-to` or `references` would go out beside ours,
  // a second threading header pointing elsewhere.
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.headers ?? {}))
    if (!received.message_id || !/^(?:in-reply-to|references)$/i.test(name)) headers[name] = value;
  Object.assign(headers, threading);
  for (const [name, value] of Object.entries({ from: options.from, to, cc: options.cc, bcc: options.bcc }))
    refuseLineBreaks(value, name);
  for (const [name, value] of Object.entries(headers)) refuseLineBreaks([name, value], `headers.${name}`);
  return { ...options, to, subject: replySubject(received.subject), headers } as ReplyBody;
}
