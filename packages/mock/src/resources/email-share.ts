/**
 * `POST /emails/{id}/share`: a link anyone can open to view a sent or received email until it
 * expires. The link is served by the fake itself (`/_files/shared/{token}`), so a test can open it.
 * A received email that arrived over quota gets none (403 `email_above_quota`).
 */
import { aboveQuota, notFound, validationError } from '../api-error.js';
import type { ResourceRoute } from './context.js';
import { fields, param } from './context.js';
import { FILES_PREFIX } from './email-attachments.js';

/** Resend's default and longest lifetime of a share link. */
const MAX_SHARE_MS = 48 * 60 * 60 * 1000;
const UNIT_MS: Record<string, number> = {
  s: 1e3,
  sec: 1e3,
  second: 1e3,
  m: 6e4,
  min: 6e4,
  minute: 6e4,
  h: 36e5,
  hour: 36e5,
  d: 864e5,
  day: 864e5,
};

/** `10m`, `2 hours`, `1 day` → ms; 422 for anything else or more than 48 hours. */
export function parseExpiresIn(value: unknown): number {
  if (value === undefined) return MAX_SHARE_MS;
  const match = /^(\d{1,6})\s*(s|sec|second|m|min|minute|h|hour|d|day)s?$/i.exec(String(value).trim());
  const ms = match ? Number(match[1]) * UNIT_MS[match[2]!.toLowerCase()]! : Number.NaN;
  if (!(ms > 0))
    throw validationError('Invalid `expires_in` field: use a duration such as `10m`, `2 hours` or `1 day`.');
  if (ms > MAX_SHARE_MS) throw validationError('Invalid `expires_in` field: a share link lasts at most 48 hours.');
  return ms;
}

/** Routes for share links. */
export const emailShareRoutes: ResourceRoute[] = [
  {
    method: 'POST',
    path: '/emails/{}/share',
    handle(ctx) {
      const id = param(ctx);
      const received = ctx.state.receivedEmails.get(id);
      // The link would show the content that fetching it refuses.
      if (received?.over_quota) throw aboveQuota();
      const kind = ctx.state.emails.get(id) ? 'sent' : received ? 'received' : undefined;
      if (!kind) throw notFound('Email');
      const expiresAt = new Date(ctx.now().getTime() + parseExpiresIn(fields(ctx).expires_in));
      const token = ctx.random.alphanumeric(32);
      const url = `${ctx.origin}${FILES_PREFIX}/shared/${token}`;
      ctx.state.shares.insert({ id: token, email_id: id, kind, url, expires_at: expiresAt.toISOString() });
      return { body: { object: 'email', id, url } };
    },
  },
];
