/**
 * The files the fake serves itself under `/_files/` (no Resend path starts with `/_`): attachments
 * of sent and received emails and the raw message of a received one. Their URLs stand for Resend's
 * signed download URLs, so they need no API key; an unknown file is a 404, and a file of a received
 * email that arrived over quota a 403 `email_above_quota`.
 */
import { aboveQuota, ApiError, notFound as missing } from './api-error.js';
import { base64ToBytes } from './base64.js';
import { contentDisposition } from './content-disposition.js';
import { FILES_PREFIX } from './resources/email-attachments.js';
import type { FakeStateStore, StoredEmailAttachment } from './state.js';

/** True for a path this module answers. */
export function isFilePath(pathname: string): boolean {
  return pathname.startsWith(`${FILES_PREFIX}/`);
}

/** `error` in Resend's JSON error shape (a missing file by default), with any extra `headers`. */
function errorAnswer(error = missing('File'), headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(error.toBody()), {
    status: error.statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/**
 * On every file: with `listen()` files come from the inbox's origin, so an HTML or SVG attachment
 * opened from its URL would run its script there (and could read or clear the inbox through
 * `/_inbox/api`). `sandbox` gives it an opaque origin and no scripts; `nosniff` stops a browser
 * from reading another type as HTML. Images, PDFs and downloads are unaffected.
 */
const FILE_HEADERS = { 'content-security-policy': 'sandbox', 'x-content-type-options': 'nosniff' };

function attachmentFile(a: StoredEmailAttachment | undefined): Response {
  if (!a) return errorAnswer();
  return new Response(base64ToBytes(a.content), {
    headers: {
      ...FILE_HEADERS,
      'content-type': a.content_type,
      'content-disposition': contentDisposition(a.content_disposition, a.filename ?? 'attachment'),
    },
  });
}

/** A shared email as a page: its HTML in a sandbox that runs nothing, or its text. */
function sharedEmail(state: FakeStateStore, token: string, now: number): Response {
  const share = state.shares.get(token);
  if (!share || Date.parse(String(share.expires_at)) <= now) return errorAnswer();
  const email =
    share.kind === 'sent' ? state.emails.get(String(share.email_id)) : state.receivedEmails.get(String(share.email_id));
  if (!email) return errorAnswer();
  const headers = {
    'content-security-policy': "sandbox; default-src 'none'; img-src * data:; style-src 'unsafe-inline'",
    'x-content-type-options': 'nosniff',
  };
  if (email.html !== null)
    return new Response(email.html, { headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });
  return new Response(email.text ?? '', { headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } });
}

/** Answers a `GET /_files/…` request from the fake's state (`now` in ms, for share links). */
export function serveFile(state: FakeStateStore, method: string, pathname: string, now = Date.now()): Response {
  // In the error shape every other answer has (it was an empty body, the one answer without it).
  if (method !== 'GET' && method !== 'HEAD') {
    const refusal = new ApiError(405, 'method_not_allowed', `Method ${method} is not allowed.`);
    return errorAnswer(refusal, { allow: 'GET, HEAD' });
  }
  const [kind, rawId, what, attachmentId] = pathname.slice(FILES_PREFIX.length + 1).split('/');
  let emailId: string;
  try {
    emailId = decodeURIComponent(rawId ?? '');
  } catch {
    return errorAnswer();
  }
  if (kind === 'shared' && what === undefined) return sharedEmail(state, emailId, now);
  if (kind === 'sent' && what === 'attachments') {
    return attachmentFile(state.emails.get(emailId)?.attachments?.find((a) => a.id === attachmentId));
  }
  const received = kind === 'received' ? state.receivedEmails.get(emailId) : undefined;
  // As the API refuses the content of an email that arrived over quota, a URL to it made by hand does.
  if (received?.over_quota) return errorAnswer(aboveQuota());
  if (received && what === 'raw' && attachmentId === undefined) {
    return new Response(received.raw, { headers: { ...FILE_HEADERS, 'content-type': 'message/rfc822' } });
  }
  if (received && what === 'attachments')
    return attachmentFile(received.attachments.find((a) => a.id === attachmentId));
  return errorAnswer();
}
