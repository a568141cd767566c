/**
 * Quota: a send (`POST /emails`, `POST /emails/batch`) that would go past the daily or monthly
 * quota is answered 429; an accepted one is counted per recipient. Every answer carries the
 * `x-resend-*-quota` headers once a quota is set. Replays never reach this stage, so they never count.
 */
import { recipientCount, type Quota } from '../../quota.js';
import type { Stage } from '../exchange.js';

const SENDS = new Set(['POST /emails', 'POST /emails/batch']);

/** Emails a send request asks for: its recipients, summed over a batch. */
function emailsIn(template: string, body: unknown): number {
  if (template === '/emails/batch')
    return Array.isArray(body) ? body.reduce<number>((n, email) => n + recipientCount(email), 0) : 0;
  return recipientCount(body);
}

export function quotaStage(quota: Quota): Stage {
  return async (exchange, next) => {
    const operation = exchange.operation!;
    const isSend = SENDS.has(`${operation.method} ${operation.template}`);
    const emails = isSend ? emailsIn(operation.template, exchange.body) : 0;
    exchange.headers = { ...exchange.headers, ...quota.headers() };
    if (emails > 0) quota.check(emails);
    const outcome = await next();
    const status = exchange.stored?.status ?? 0;
    if (emails > 0 && status >= 200 && status < 300) quota.add(emails);
    if (outcome.kind === 'response')
      for (const [name, value] of Object.entries(quota.headers())) outcome.response.headers.set(name, value);
    return outcome;
  };
}
