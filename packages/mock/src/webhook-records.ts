/** The records of webhook deliveries the fake keeps (in `fake.state.webhookDeliveries`). */

/** One HTTP attempt to deliver an event (the spec's `WebhookEventAttempt`, plus what went wrong). */
export interface WebhookAttemptRecord {
  /** `atmpt_…`. */
  id: string;
  /** The endpoint's status code; `0` when there was no answer (timeout, refused connection). */
  http_status_code: number;
  /** The endpoint's answer body (first 1 000 characters), or what went wrong without one. */
  response: string;
  /** When it was made, in Resend's timestamp form. */
  sent_at: string;
  /** True for an attempt made by `POST …/replay`. */
  replay: boolean;
}

/** One event for one webhook endpoint, with its delivery state (what `fake.state.webhookDeliveries` lists). */
export interface StoredWebhookDelivery {
  /** The message ID (`msg_…`), sent as `svix-id` on every attempt. */
  id: string;
  /** The webhook (endpoint registration) it is for. */
  webhook_id: string;
  /** The endpoint URL at the time of the event. */
  endpoint: string;
  /** The event type, e.g. `email.bounced`. */
  type: string;
  /** When the event happened, in Resend's timestamp form. */
  created_at: string;
  /** The payload `{ type, created_at, data }`, exactly as sent. */
  payload: Record<string, unknown>;
  /** `pending` (not tried yet), `attempting` (a retry is due), `success` or `failed` (given up). */
  status: 'pending' | 'attempting' | 'success' | 'failed';
  /** When the next retry is due (Resend's timestamp form), or `null`. */
  next_attempt_at: string | null;
  /** Every attempt, oldest first. */
  attempts: WebhookAttemptRecord[];
}
