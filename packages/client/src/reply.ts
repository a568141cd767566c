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

/** `Re: <subject>`, unless it already starts with a reply prefix (`Re:`, `RE[2]:`, `Aw:`). */
export function replySubject(subject: string | null | undefined): string {
  if (subject !== null) checkKind(subject, 'subject', ['string']);
  const given = (subject ?? '').trim();
  if (given === '') return 'Re: (no subject)';
  return REPLY_PREFIX.test(given) ? given : `Re: ${given}`;
}

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null;

/** A Message-ID as a header value: in angle brackets, with no whitespace (which could split the header). */
function messageId(id: string): string {
  const bare = id.replace(/\s+/g, '').replace(/^<|>$/g, '');
  return `<${bare}>`;
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
    const earlier = (received.headers?.references ?? '').split(/\s+/).filter((ref) => ref !== '' && ref !== id);
    threading['In-Reply-To'] = id;
    threading.References = [...earlier, id].join(' ');
  }
  const to = options.to ?? (received.reply_to && received.reply_to.length > 0 ? received.reply_to : received.from);
  return {
    ...options,
    to,
    subject: replySubject(received.subject),
    headers: { ...options.headers, ...threading },
  } as ReplyBody;
}
