/**
 * Writes a received email as an RFC 5322 / MIME message (the file Resend's `raw.download_url`
 * serves), so parsers such as postal-mime read back its bodies and attachments.
 */
import { textToBase64 } from './base64.js';
import type { StoredEmailAttachment } from './state.js';

interface MimeSource {
  id: string;
  from: string;
  to: readonly string[];
  cc: readonly string[];
  reply_to: readonly string[];
  subject: string;
  html: string | null;
  text: string | null;
  message_id: string;
  headers: Readonly<Record<string, string>>;
  attachments: readonly StoredEmailAttachment[];
}

/** RFC 2047 encoded-word for a header value that is not plain ASCII. */
function headerValue(value: string): string {
  // eslint-disable-next-line no-control-regex -- printable ASCII is what may go into a header as is
  return /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${textToBase64(value)}?=`;
}

/**
 * An address header's entry: `Name <address>` with a non-ASCII name as an RFC 2047 word, its quotes
 * taken off. The word may stand for the name only (RFC 2047, 5): the whole entry encoded made
 * parsers read the word as the address and `"Zoë" <z@example.org>` as the name. Slices, not a
 * regex: linear on any input.
 */
function addressValue(value: string): string {
  const trimmed = value.trim();
  const open = trimmed.lastIndexOf('<');
  const name = open > 0 && trimmed.endsWith('>') ? trimmed.slice(0, open).trim() : '';
  if (/^[\x20-\x7e]*$/.test(name)) return value;
  const inQuotes = name.length >= 2 && name.startsWith('"') && name.endsWith('"');
  return `${headerValue(inQuotes ? name.slice(1, -1).replace(/\\(.)/g, '$1') : name)} ${trimmed.slice(open)}`;
}

/** Base64 in 76-character lines, as MIME requires. */
function wrapped(base64: string): string {
  return base64.replace(/.{1,76}/g, '$&\r\n');
}

function textPart(type: string, body: string): string {
  return `Content-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${wrapped(textToBase64(body))}`;
}

/** A quoted-string parameter value: a quote or backslash in the name is escaped, so it cannot end the quotes. */
function quoted(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}

function attachmentPart(a: StoredEmailAttachment): string {
  const name = quoted(headerValue(a.filename ?? 'attachment'));
  const lines = [
    `Content-Type: ${a.content_type}; name="${name}"`,
    `Content-Disposition: ${a.content_disposition}; filename="${name}"`,
    'Content-Transfer-Encoding: base64',
    ...(a.content_id ? [`Content-ID: <${a.content_id}>`] : []),
  ];
  return `${lines.join('\r\n')}\r\n\r\n${wrapped(a.content)}`;
}

function multipart(subtype: string, boundary: string, parts: readonly string[]): string {
  return `Content-Type: multipart/${subtype}; boundary="${boundary}"\r\n\r\n${parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('')}--${boundary}--\r\n`;
}

/** The message: headers, then the text and HTML bodies (alternative) and the attachments (mixed). */
export function buildMime(email: MimeSource, at: Date): string {
  const bodies = [
    ...(email.text !== null ? [textPart('text/plain', email.text)] : []),
    ...(email.html !== null ? [textPart('text/html', email.html)] : []),
  ];
  const body =
    bodies.length === 0
      ? textPart('text/plain', '')
      : bodies.length === 1
        ? bodies[0]!
        : multipart('alternative', `alt-${email.id}`, bodies);
  const content =
    email.attachments.length === 0
      ? body
      : multipart('mixed', `mixed-${email.id}`, [body, ...email.attachments.map(attachmentPart)]);
  const custom = Object.entries(email.headers).filter(
    ([name]) => !['from', 'to', 'cc', 'subject', 'message-id', 'date', 'mime-version', 'reply-to'].includes(name),
  );
  const head = [
    `From: ${addressValue(email.from)}`,
    `To: ${email.to.map(addressValue).join(', ')}`,
    ...(email.cc.length > 0 ? [`Cc: ${email.cc.map(addressValue).join(', ')}`] : []),
    ...(email.reply_to.length > 0 ? [`Reply-To: ${email.reply_to.map(addressValue).join(', ')}`] : []),
    `Subject: ${headerValue(email.subject)}`,
    `Message-ID: ${email.message_id}`,
    `Date: ${at.toUTCString()}`,
    'MIME-Version: 1.0',
    ...custom.map(([name, value]) => `${name}: ${headerValue(value)}`),
  ];
  return `${head.join('\r\n')}\r\n${content}`;
}
