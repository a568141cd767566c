/**
 * webhookHandler: a fetch-style `(Request) => Promise<Response>` that verifies each delivery and
 * dispatches it by `type` (Next.js route handlers, Hono, Bun.serve, Deno, Workers).
 */
import { isWebhookVerificationError, WebhookVerificationError } from './errors.js';
import type { WebhookEvent } from './generated/events.js';
import { importSecret } from './secret.js';
import { verifyWithKey, type VerifyOptions } from './verify.js';

/** Every event type, e.g. `'email.bounced'`. */
export type WebhookEventType = WebhookEvent['type'];

/** The payload type of one event type, e.g. `WebhookEventOf<'email.bounced'>`. */
export type WebhookEventOf<T extends WebhookEventType> = Extract<WebhookEvent, { type: T }>;

/** What a handler receives besides the event. */
export interface WebhookContext {
  /** The `svix-id` of the delivery: the same for every retry of one message, so a dedupe key. */
  id: string;
  /** The incoming request (its body has been read). */
  request: Request;
}

/** One function per event type to act on; types without one are acknowledged and ignored. */
export type WebhookHandlers = {
  [T in WebhookEventType]?: (event: WebhookEventOf<T>, context: WebhookContext) => unknown;
};

/**
 * Remembers processed message IDs so a retried or replayed delivery runs its handler once.
 * A `Set<string>` fits (one process, unbounded); in production use a shared store with an expiry
 * of a few days (Resend retries for about 28 hours).
 */
export interface WebhookDedupe {
  /** True when this `svix-id` was already processed: the handler is skipped and 200 returned. */
  has(id: string): boolean | Promise<boolean>;
  /** Called after the handler succeeded (not before, so a failed attempt can be retried). */
  add(id: string): unknown;
}

/** Options for {@link webhookHandler}. */
export interface WebhookHandlerOptions extends VerifyOptions {
  /** Skips deliveries already processed; see {@link WebhookDedupe}. @defaultValue none */
  dedupe?: WebhookDedupe;
  /**
   * Told about every refused delivery and failed handler, for logging (the response never carries
   * details). A verification failure is a {@link WebhookVerificationError}.
   */
  onError?: (error: unknown, context: { id?: string; event?: WebhookEvent }) => void;
}

const text = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } });

/** Reads the body, stopping as soon as it passes `max` bytes (a declared length is checked first). */
async function readBody(request: Request, max: number): Promise<Uint8Array> {
  const tooLarge = (size: number | string) => new WebhookVerificationError('payload_too_large', `The body is ${size} bytes, more than the ${max}-byte limit.`);
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) throw tooLarge(declared);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.length;
    if (size > max) {
      await reader.cancel();
      throw tooLarge(`over ${max}`);
    }
    chunks.push(next.value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

/**
 * Creates a request handler for a webhook endpoint. It answers:
 * - 200 after the event's handler resolved (or when no handler is registered for its type, or the
 *   message was already processed according to `dedupe`);
 * - 400 with no detail when verification fails (wrong secret, tampered body, stale timestamp…);
 * - 405 for methods other than POST;
 * - 500 when the handler throws, so Resend retries later; also when the secret is invalid.
 *
 * @example
 * ```ts
 * export const POST = webhookHandler(process.env.RESEND_WEBHOOK_SECRET, {
 *   'email.bounced': async (event) => markUndeliverable(event.data.to),
 * });
 * ```
 */
export function webhookHandler(secret: string | undefined, handlers: WebhookHandlers, options: WebhookHandlerOptions = {}): (request: Request) => Promise<Response> {
  // Imported on the first request, not at construction: no work at import or module load.
  let key: Promise<CryptoKey> | undefined;
  const report = (error: unknown, context: { id?: string; event?: WebhookEvent }) => {
    try {
      options.onError?.(error, context);
    } catch {
      // A failing logger must not change the answer.
    }
  };
  return async (request) => {
    if (request.method !== 'POST') return text(405, 'Method Not Allowed', { allow: 'POST' });
    let verified: { id: string; event: WebhookEvent };
    try {
      key ??= importSecret(secret);
      const cryptoKey = await key.catch((error: unknown) => {
        key = undefined;
        throw error;
      });
      const payload = await readBody(request, options.maxPayloadBytes ?? 1024 * 1024);
      verified = await verifyWithKey(cryptoKey, { ...options, payload, headers: request.headers });
    } catch (error) {
      report(error, {});
      const misconfigured = isWebhookVerificationError(error) && error.code === 'invalid_secret';
      return misconfigured ? text(500, 'Webhook endpoint misconfigured') : text(400, 'Invalid webhook');
    }
    const { id, event } = verified;
    try {
      if (options.dedupe && (await options.dedupe.has(id))) return text(200, 'Duplicate ignored');
      const handler = handlers[event.type] as ((event: WebhookEvent, context: WebhookContext) => unknown) | undefined;
      if (!handler) return text(200, 'Ignored');
      await handler(event, { id, request });
      await options.dedupe?.add(id);
      return text(200, 'OK');
    } catch (error) {
      report(error, { id, event });
      return text(500, 'Webhook handler failed');
    }
  };
}
