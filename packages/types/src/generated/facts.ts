/**
 * This file was generated from spec/ by `pnpm generate` (scripts/generate.ts).
 * Do not edit it by hand: change the spec and regenerate.
 */

/**
 * Facts of the API read at run time, taken from the spec: the routes marked `x-idempotent` (they get
 * an `Idempotency-Key` and are retried after a 5xx), the list routes and their `x-pagination`
 * mode, and the `maxItems` of a batch send and of one email's recipients.
 */
export interface SpecFacts {
  /** `METHOD /path` of every `x-idempotent` operation. */
  readonly idempotentRoutes: readonly string[];
  /** List routes (GET path template → `x-pagination` mode: `always`, `optional`, `after-only` or `none`). */
  readonly listRoutes: Readonly<Record<string, string>>;
  /** Most emails in one `POST /emails/batch`. */
  readonly maxBatchSize: number;
  /** Most `to` recipients of one email. */
  readonly maxRecipients: number;
}

/** `METHOD /path` of every `x-idempotent` operation, sorted. */
export const idempotentRoutes: SpecFacts['idempotentRoutes'] = /* @__PURE__ */ Object.freeze([
  "POST /emails",
  "POST /emails/batch",
  "POST /inboxes/{inbox_id}/drafts/{draft_id}/send",
  "POST /inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}/forward",
  "POST /inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}/reply"
]);

/** List routes (GET path template → `x-pagination` mode). */
export const listRoutes: SpecFacts['listRoutes'] = /* @__PURE__ */ Object.freeze({
  "/emails": "always",
  "/emails/{email_id}/attachments": "always",
  "/emails/receiving": "optional",
  "/emails/receiving/{email_id}/attachments": "optional",
  "/domains": "optional",
  "/api-keys": "optional",
  "/oauth/grants": "always",
  "/templates": "always",
  "/audiences": "none",
  "/contacts": "optional",
  "/contacts/imports": "always",
  "/contacts/{contact_id}/segments": "always",
  "/contacts/{contact_id}/topics": "always",
  "/contact-properties": "always",
  "/segments": "optional",
  "/segments/{segment_id}/contacts": "optional",
  "/topics": "always",
  "/broadcasts": "optional",
  "/broadcasts/{broadcast_id}/recipients": "always",
  "/broadcasts/{broadcast_id}/clicked-links": "always",
  "/suppressions": "always",
  "/webhooks": "optional",
  "/webhooks/{webhook_id}/events": "after-only",
  "/webhooks/{webhook_id}/events/{event_id}/attempts": "after-only",
  "/logs": "always",
  "/automations": "always",
  "/automations/{automation_id}/runs": "always",
  "/events": "always",
  "/inboxes": "always",
  "/inboxes/{inbox_id}/threads": "always",
  "/inboxes/{inbox_id}/threads/search": "always",
  "/inboxes/{inbox_id}/threads/{thread_id}/emails": "always",
  "/inboxes/{inbox_id}/drafts": "always",
  "/inboxes/{inbox_id}/labels": "none"
});

/** Most emails in one `POST /emails/batch`. */
export const maxBatchSize: SpecFacts['maxBatchSize'] = 100;

/** Most `to` recipients of one email. */
export const maxRecipients: SpecFacts['maxRecipients'] = 50;

/** The facts, frozen; each is also exported on its own, for bundles that need only some. */
export const specFacts: SpecFacts = /* @__PURE__ */ Object.freeze({ idempotentRoutes, listRoutes, maxBatchSize, maxRecipients });
