/**
 * `fake.simulateEmailEvent`: events the fake cannot cause by itself (opens and clicks need tracking on
 * a real domain; delays and failures need a real mail server), applied to a stored email as Resend
 * would apply them.
 */
import { WEBHOOK_EVENT_TYPES, type WebhookEvent } from '@resendkit/webhooks';
import { FakeOptionsError } from './options-error.js';
import { shownValue } from './shown-value.js';
import type { FakeStateStore } from './state.js';
import { emailEventDetails, type WebhookEventSource } from './webhook-events.js';

/** Events about an email that an accepted send does not decide by itself: all outbound `email.*` but the send's own. */
export type SimulatedEmailEventType = Exclude<
  Extract<WebhookEvent['type'], `email.${string}`>,
  'email.sent' | 'email.scheduled' | 'email.received'
>;

const NOT_SIMULATED = new Set(['email.sent', 'email.scheduled', 'email.received']);
const TYPES = WEBHOOK_EVENT_TYPES.filter(
  (type) => type.startsWith('email.') && !NOT_SIMULATED.has(type),
) as SimulatedEmailEventType[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `details` with `data` laid over it, one level deep, so `{ click: { link } }` keeps the other click fields. */
function merged(details: Record<string, unknown>, data: Record<string, unknown>): Record<string, unknown> {
  const out = { ...details };
  for (const [key, value] of Object.entries(data))
    out[key] = isPlainObject(out[key]) && isPlainObject(value) ? { ...out[key], ...value } : value;
  return out;
}

/**
 * Sets the email's `last_event` and sends the event to subscribed endpoints.
 * @throws {@link FakeOptionsError} for an unknown email, a scheduled or canceled one, or another event type.
 */
export function simulateEmailEvent(
  state: FakeStateStore,
  events: WebhookEventSource,
  at: Date,
  request: { emailId: unknown; type: unknown; data: unknown },
): void {
  const { emailId, type, data = {} } = request;
  if (!TYPES.includes(type as SimulatedEmailEventType)) {
    throw new FakeOptionsError(
      'type',
      `simulateEmailEvent: type must be one of ${TYPES.join(', ')} (got ${shownValue(type)}).`,
    );
  }
  if (!isPlainObject(data))
    throw new FakeOptionsError('data', 'simulateEmailEvent: data must be a plain object of event fields.');
  const email = typeof emailId === 'string' ? state.emails.get(emailId) : undefined;
  if (!email)
    throw new FakeOptionsError(
      'emailId',
      `simulateEmailEvent: no email with ID ${String(emailId)} was sent to this fake.`,
    );
  if (email.last_event === 'scheduled' || email.last_event === 'canceled') {
    throw new FakeOptionsError(
      'emailId',
      `simulateEmailEvent: email ${email.id} is ${email.last_event}; only sent emails have delivery events.`,
    );
  }
  email.last_event = (type as string).slice('email.'.length);
  const details = merged(emailEventDetails(type as string, email, at), data);
  // Clicks are kept on the email: a broadcast's recipients and clicked links are read from them.
  const link = (details.click as { link?: unknown } | undefined)?.link;
  if (type === 'email.clicked' && typeof link === 'string') {
    const clicked = email as { clicks?: string[] };
    (clicked.clicks ??= []).push(link);
  }
  events.emailEvent(email, type as string, details);
}
