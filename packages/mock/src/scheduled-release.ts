/**
 * Scheduled emails and broadcasts go out once the fake's clock passes their `scheduled_at`. Nothing
 * runs in the background: the fake calls {@link releaseDue} before it answers a request and when its
 * state or inbox is read, so a test that moves an injected `now` sees the send at once, with no timer.
 */
import { thrownText } from '@resendkit/client/shared';
import { lastEventFor } from './recipient-outcome.js';
import { fanOut, type SendContext } from './resources/broadcast-delivery.js';
import type { StoredEmail, StoredRecord } from './state.js';
import { storedTime } from './test-api/emails.js';
import type { WebhookEventSource } from './webhook-events.js';

/** What a release reads of the fake (its runtime): state and events, and a broadcast's sending rules and IDs. */
export interface ReleaseSource extends Omit<SendContext, 'timestamp'> {
  readonly webhookEvents: WebhookEventSource;
}

/**
 * Groups the emails given a `scheduled_at`, so a check looks at those only (in `Collection.firstWith`'s
 * index), not at every email: it runs on every request.
 */
const scheduledKey = (email: StoredEmail) => (email.scheduled_at === null ? undefined : 's');

/** The events of a send of `email` at `at`, and word to the inbox (its page, waits, a `--data` file's saver). */
function announce(fake: ReleaseSource, email: StoredEmail, at: number): void {
  fake.webhookEvents.sent(email, fake.state.suppressions, new Date(at));
  fake.state.requests.notify({ kind: 'email', id: email.id });
}

/**
 * Sends every scheduled email due at `now` as an unscheduled one is sent: the `last_event` its
 * recipient gets (suppression list as it is now), then its events, dated its scheduled time and
 * in that order. Canceled emails are not scheduled any more, so they never go out.
 */
function releaseEmails(fake: ReleaseSource, now: number): void {
  const { state } = fake;
  const timeOf = (email: StoredEmail) => storedTime(email.scheduled_at!);
  const isDue = (email: StoredEmail) => email.last_event === 'scheduled' && timeOf(email) <= now;
  const due: StoredEmail[] = [];
  for (let email; (email = state.emails.firstWith(scheduledKey, ['s'], isDue)); due.push(email))
    email.last_event = lastEventFor(email.to, state.suppressions);
  for (const email of due.sort((a, b) => timeOf(a) - timeOf(b))) announce(fake, email, timeOf(email));
}

/**
 * Sends every scheduled broadcast due at `now` as one sent now is sent (segment, contacts and
 * sending rules as they are now), its `sent_at`, emails and events dated its scheduled time, in
 * that order. Broadcasts are few and become scheduled after they are stored, so they are scanned,
 * not indexed as emails are; canceled ones are drafts again. One the rules refuse by then (its
 * domain removed, its segment deleted) is `failed`, with the refusal's message as its
 * `failure_reason`, and emails no one: the refusal must not become the answer to the unrelated
 * request that noticed it, and left scheduled it would be tried on every request.
 */
function releaseBroadcasts(fake: ReleaseSource, now: number, stamp: (ms: number) => string): void {
  const timeOf = (broadcast: StoredRecord) => Date.parse(String(broadcast.scheduled_at));
  const due: StoredRecord[] = [];
  for (const broadcast of fake.state.broadcasts)
    if (broadcast.status === 'scheduled' && timeOf(broadcast) <= now) due.push(broadcast);
  for (const broadcast of due.sort((a, b) => timeOf(a) - timeOf(b))) {
    const at = timeOf(broadcast);
    let emails: StoredEmail[] = [];
    try {
      emails = fanOut({ ...fake, timestamp: () => stamp(at) }, broadcast);
    } catch (error) {
      // Resend's broadcast has no field for it, so the fake keeps it where a test can read it back.
      Object.assign(broadcast, { status: 'failed', failure_reason: thrownText(error) });
    }
    for (const email of emails) announce(fake, email, at);
  }
}

/**
 * Sends the scheduled emails, then the scheduled broadcasts, due at `now` (each kind in order of
 * time: an email and a broadcast that came due between two checks are not interleaved, though
 * each one's events carry its own time). `stamp` gives Resend's timestamp form.
 */
export function releaseDue(fake: ReleaseSource, now: number, stamp: (ms: number) => string): void {
  releaseEmails(fake, now);
  releaseBroadcasts(fake, now, stamp);
}
