/**
 * Attachments of sent emails: kept with the email when it is sent, listed and read back through
 * `/emails/{id}/attachments`, and downloadable from a URL the fake serves itself (under
 * `/_files/`, on the origin the request came to), so a test can fetch what it attached.
 */
import { base64Size } from '../base64.js';
import { notFound, validationError } from '../api-error.js';
import type { StoredEmailAttachment } from '../state.js';
import type { HandlerContext, ResourceRoute } from './context.js';
import { param } from './context.js';

/** Download URLs live this long, like Resend's signed URLs. */
const DOWNLOAD_TTL_MS = 60 * 60 * 1000;
/** The prefix of every file the fake serves; no Resend path starts with `/_`. */
export const FILES_PREFIX = '/_files';

const TYPES: Record<string, string> = {
  txt: 'text/plain',
  html: 'text/html',
  csv: 'text/csv',
  json: 'application/json',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  ics: 'text/calendar',
  zip: 'application/zip',
  eml: 'message/rfc822',
};

/** The MIME type a filename implies (Resend derives it the same way when `content_type` is absent). */
export function contentTypeOf(filename: string | null): string {
  const ext = filename?.slice(filename.lastIndexOf('.') + 1).toLowerCase() ?? '';
  return TYPES[ext] ?? 'application/octet-stream';
}

/**
 * The attachments of a send body, as stored (an absent or malformed list is none).
 * @throws 422 `validation_error` for a `content` that is not Base64 (a file's text sent as it is).
 */
export function storedAttachments(ctx: Pick<HandlerContext, 'random'>, value: unknown): StoredEmailAttachment[] {
  if (!Array.isArray(value)) return [];
  return value.map((raw: Record<string, unknown>, index) => {
    const filename = typeof raw.filename === 'string' ? raw.filename : null;
    const content = typeof raw.content === 'string' ? raw.content : '';
    try {
      // What the download decodes with (base64.ts): refused here, it failed there as a 500.
      atob(content.replace(/\s+/g, ''));
    } catch {
      throw validationError(`Invalid \`attachments[${index}].content\` field: must be Base64.`);
    }
    const contentId = typeof raw.content_id === 'string' ? raw.content_id : null;
    return {
      id: ctx.random.uuid(),
      filename,
      content_type: typeof raw.content_type === 'string' ? raw.content_type : contentTypeOf(filename),
      content_id: contentId,
      content_disposition: contentId ? 'inline' : 'attachment',
      size: base64Size(content),
      content,
      path: typeof raw.path === 'string' ? raw.path : null,
    };
  });
}

/** An attachment as the API shows it: metadata and a download URL on the fake itself. */
export function attachmentView(
  ctx: Pick<HandlerContext, 'origin' | 'now'>,
  kind: 'sent' | 'received',
  emailId: string,
  a: StoredEmailAttachment,
) {
  const { content: _content, path: _path, ...meta } = a;
  return {
    ...meta,
    download_url: `${ctx.origin}${FILES_PREFIX}/${kind}/${encodeURIComponent(emailId)}/attachments/${a.id}`,
    expires_at: new Date(ctx.now().getTime() + DOWNLOAD_TTL_MS).toISOString(),
  };
}

function sentEmail(ctx: HandlerContext) {
  const email = ctx.state.emails.get(param(ctx));
  if (!email) throw notFound('Email');
  return email;
}

/** Routes for a sent email's attachments. */
export const emailAttachmentRoutes: ResourceRoute[] = [
  {
    method: 'GET',
    path: '/emails/{}/attachments',
    handle(ctx) {
      const email = sentEmail(ctx);
      const views = (email.attachments ?? []).map((a) => attachmentView(ctx, 'sent', email.id, a));
      return { body: ctx.list(views) };
    },
  },
  {
    method: 'GET',
    path: '/emails/{}/attachments/{}',
    handle(ctx) {
      const email = sentEmail(ctx);
      const attachment = (email.attachments ?? []).find((a) => a.id === param(ctx, 1));
      if (!attachment) throw notFound('Attachment');
      return { body: { object: 'attachment', ...attachmentView(ctx, 'sent', email.id, attachment) } };
    },
  },
];
