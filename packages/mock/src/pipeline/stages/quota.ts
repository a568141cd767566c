/**
 * Quota: a send (`POST /emails`, `POST /emails/batch`) that would go past the daily or monthly
 * quota is answered 429; an accepted one is counted per recipient. Every answer carries the
 * `x-resend-*-quota` headers once a quota is set. Replays never reach this stage, so they never count.
 * Received emails count in the same quota, but through `fake.receiveEmail()`, not this stage.
 */
import { recipientCount, type Quota } from '../../quota.js';
import type { Exchange, FakeOutcome, Stage } from '../exchange.js';

const SENDS = new Set(['POST /emails', 'POST /emails/batch']);

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
    const isSend = SENDS.has(`${operation.method} ${operation.template}`);
    const emails = isSend ? emailsIn(operation.template, exchange.body) : 0;
    exchange.headers = { ...exchange.headers, ...quota.headers() };
    // Held while the send is in flight, so concurrent sends cannot all fit in the same room.
    const giveBack = emails > 0 ? quota.reserve(emails) : undefined;
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
