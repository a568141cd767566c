/**
 * Received emails: listed and read back from what `fake.receiveEmail()` stored, with their
 * attachments. One that arrived over quota is listed, but the email and its attachments (list and
 * each one) answer 403 `email_above_quota`: Resend says its content cannot be fetched, and the
 * attachment endpoints hand out their content's download URLs.
 */
import { aboveQuota, notFound } from '../api-error.js';
import type { StoredReceivedEmail } from '../inbound.js';
import type { HandlerContext, ResourceRoute } from './context.js';
import { param } from './context.js';
import { FILES_PREFIX, attachmentView } from './email-attachments.js';

/** The raw message's URL lives as long as an attachment's. */
const RAW_TTL_MS = 60 * 60 * 1000;

/** The email the path names, or 404; 403 when it arrived over quota (every route here reads its content). */
function received(ctx: HandlerContext): StoredReceivedEmail {
  const email = ctx.state.receivedEmails.get(param(ctx));
  if (!email) throw notFound('Email');
  if (email.over_quota) throw aboveQuota();
  return email;
}

/** Attachment metadata as the received email itself lists it (no URL). */
function summary(email: StoredReceivedEmail) {
  const { raw: _raw, html: _html, text: _text, headers: _headers, object: _object, over_quota: _o, ...rest } = email;
  return { ...rest, attachments: email.attachments.map(({ content: _c, path: _p, ...meta }) => meta) };
}

/** Routes for `/emails/receiving`. */
export const receivedEmailRoutes: ResourceRoute[] = [
  {
    method: 'GET',
    path: '/emails/receiving',
    handle(ctx) {
      return { body: ctx.list(ctx.state.receivedEmails.newestFirst().map(summary)) };
    },
  },
  {
    method: 'GET',
    path: '/emails/receiving/{}',
    handle(ctx) {
      const email = received(ctx);
      const raw = {
        download_url: `${ctx.origin}${FILES_PREFIX}/received/${email.id}/raw`,
        expires_at: new Date(ctx.now().getTime() + RAW_TTL_MS).toISOString(),
      };
      return {
        body: {
          ...summary(email),
          object: 'email',
          html: email.html,
          text: email.text,
          headers: email.headers,
          html_format: ctx.query.html_format ?? 'data_uri',
          received_for: [],
          authentication: { spf: 'pass', dkim: 'pass', dmarc: 'pass' },
          raw,
        },
      };
    },
  },
  {
    method: 'GET',
    path: '/emails/receiving/{}/attachments',
    handle(ctx) {
      const email = received(ctx);
      return { body: ctx.list(email.attachments.map((a) => attachmentView(ctx, 'received', email.id, a))) };
    },
  },
  {
    method: 'GET',
    path: '/emails/receiving/{}/attachments/{}',
    handle(ctx) {
      const email = received(ctx);
      const attachment = email.attachments.find((a) => a.id === param(ctx, 1));
      if (!attachment) throw notFound('Attachment');
      return { body: { object: 'attachment', ...attachmentView(ctx, 'received', email.id, attachment) } };
    },
  },
];
