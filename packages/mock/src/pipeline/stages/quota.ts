/**
 * Quota: a send (`POST /emails`, `POST /emails/batch`) that would go past the daily or monthly
 * quota is answered 429; an accepted one is counted per recipient. Every answer carries the
 * `x-resend-*-quota` headers once a quota is set. Replays never reach this stage, so they never count.
 * Inbox replies, forwards and draft sends count too, once their handler knows who they go to (`countSend`).
 * Received emails count in the same quota, but through `fake.receiveEmail()`, not this stage.
 */
import { recipientCount, type Quota } from '../../quota.js';
import type { Exchange, FakeOutcome, Stage } from '../exchange.js';

const SENDS = new Set(['POST /emails', 'POST /emails/batch']);
/** Sends whose recipients come from the email answered: their handler counts them through `countSend`. */
const INBOX_SENDS = new Set(['replyToInboxEmail', 'forwardInboxEmail', 'sendInboxDraft']);

/** Emails a send request asks for: its recipients, summed over a batch. */
function emailsIn(template: string, body: unknown): number {
  if (template === '/emails/batch')
    return Array.isArray(body) ? body.reduce<number>((n, email) => n + recipientCount(email), 0) : 0;
  return recipientCount(body);
}

/** Emails of the `emails` asked for that were not sent: all, unless it succeeded; else a permissive batch's refused ones. */
function unsentIn(exchange: Exchange, emails: number): number {
  const status = exchange.stored?.status ?? 0;
  if (status < 200 || status >= 300) return emails;
  const errors = (exchange.result?.body as { errors?: unknown } | undefined)?.errors;
  const items = exchange.body;
  if (!Array.isArray(errors) || !Array.isArray(items)) return 0;
  return errors.reduce<number>((n, error: { index?: unknown }) => n + recipientCount(items[Number(error.index)]), 0);
}

export function quotaStage(quota: Quota): Stage {
  return async (exchange, next) => {
    const operation = exchange.operation!;
    let emails = 0;
    // Held while the send is in flight, so concurrent sends cannot all fit in the same room.
    let giveBack: ((unsent: number) => void) | undefined;
    const reserve = (count: number) => {
      if (count <= 0) return;
      giveBack = quota.reserve(count);
      emails = count;
    };
    exchange.headers = { ...exchange.headers, ...quota.headers() };
    if (SENDS.has(`${operation.method} ${operation.template}`)) reserve(emailsIn(operation.template, exchange.body));
    else if (INBOX_SENDS.has(operation.operationId)) exchange.countSend = reserve;
    let outcome: FakeOutcome;
    try {
      outcome = await next();
    } catch (error) {
      giveBack?.(emails);
      throw error;
    }
    giveBack?.(unsentIn(exchange, emails));
    if (outcome.kind === 'response')
      for (const [name, value] of Object.entries(quota.headers())) outcome.response.headers.set(name, value);
    return outcome;
  };
}
