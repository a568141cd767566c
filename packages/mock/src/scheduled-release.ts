/**
 * Scheduled emails go out once the fake's clock passes their `scheduled_at`. Nothing runs in the
 * background: the fake calls {@link releaseDue} before it answers a request and when its state or
 * inbox is read, so a test that moves an injected `now` sees the send at once, with no timer.
 */
import { lastEventFor } from './recipient-outcome.js';
import type { FakeStateStore, StoredEmail } from './state.js';
import { storedTime } from './test-api/emails.js';
import type { WebhookEventSource } from './webhook-events.js';

/**
 * Groups the emails given a `scheduled_at`, so a check looks at those only (in `Collection.firstWith`'s
 * index), not at every email: it runs on every request.
 */
const scheduledKey = (email: StoredEmail) => (email.scheduled_at === null ? undefined : 's');

/**
 * Sends every scheduled email due at `now` as an unscheduled one is sent: the `last_event` its
 * recipient gets (suppression list as it is now), then its events, dated its scheduled time and
 * in that order. Canceled emails are not scheduled any more, so they never go out.
 */
export function releaseDue(state: FakeStateStore, now: number, events: WebhookEventSource): void {
  const timeOf = (email: StoredEmail) => storedTime(email.scheduled_at!);
  const isDue = (email: StoredEmail) => email.last_event === 'scheduled' && timeOf(email) <= now;
  const due: StoredEmail[] = [];
  for (let email; (email = state.emails.firstWith(scheduledKey, ['s'], isDue)); due.push(email))
    email.last_event = lastEventFor(email.to, state.suppressions);
  for (const email of due.sort((a, b) => timeOf(a) - timeOf(b))) {
    events.sent(email, state.suppressions, new Date(timeOf(email)));
    state.requests.notify({ kind: 'email', id: email.id });
  }
}
