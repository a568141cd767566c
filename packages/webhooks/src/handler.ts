/**
 * webhookHandler: a fetch-style `(Request) => Promise<Response>` that verifies each delivery, claims
 * its id, and dispatches it by `type` (Next.js route handlers, Hono, Bun.serve, Deno, Workers).
 */
import { callQuietly } from '@resendkit/client/shared';
import { claimsFor, DEFAULT_CLAIMS, type Claims, type WebhookClaimStore, type WebhookDedupe } from './claims.js';
import { isWebhookOptionError, isWebhookVerificationError } from './errors.js';
import type { WebhookEvent } from './generated/events.js';
import {
  checkInput,
  checkKind,
  checkNames,
  checkNumber,
  checkVerifyOptions,
  DEFAULT_VERIFY_OPTIONS,
  refuseOption,
  type VerifyOptions,
} from './options.js';
import { checkRequest, readBody } from './request-body.js';
import { importSecret } from './secret.js';
import { verifyWithKey } from './verify.js';

/** Every event type, e.g. `'email.bounced'`. */
export type WebhookEventType = WebhookEvent['type'];

/** The payload type of one event type, e.g. `WebhookEventOf<'email.bounced'>`. */
export type WebhookEventOf<T extends WebhookEventType> = Extract<WebhookEvent, { type: T }>;

/** What a handler receives besides the event. */
export interface WebhookContext {
  /** The `svix-id` of the delivery: the same for every retry of one message. */
  id: string;
  /** The incoming request (its body has been read). */
  request: Request;
}

/**
 * One function per event type to act on; types without one are acknowledged and ignored. Only the
 * object's own properties count (an event type such as `constructor` finds nothing inherited).
 */
export type WebhookHandlers = {
  [T in WebhookEventType]?: (event: WebhookEventOf<T>, context: WebhookContext) => unknown;
};

/** Options for {@link webhookHandler}; each is checked when the handler is made, and a name not listed here is refused. */
export interface WebhookHandlerOptions extends VerifyOptions {
  /**
   * Where delivery ids are claimed. Without it, an in-process store (the 10 000 most recent ids):
   * each delivery runs at most once per process. With a {@link WebhookClaimStore} shared by every
   * instance (Redis, a database table), at most once per store. A {@link WebhookDedupe}
   * (`has`/`add`, e.g. a `Set`) is still accepted; it is not atomic across processes.
   * @defaultValue an in-process store
   */
  dedupe?: WebhookClaimStore | WebhookDedupe;
  /**
   * How long a claim lasts, in seconds (an integer ≥ 1), passed to `dedupe.claim`.
   * @defaultValue 259 200 (3 days; Resend retries a delivery for about 28 hours)
   */
  dedupeTtlSeconds?: number;
  /**
   * Told about every refused delivery and failed handler, for logging (the response never carries
   * details). A verification failure is a `WebhookVerificationError`. It may be async; its throw or
   * rejection is ignored.
   */
  onError?: (error: unknown, context: { id?: string; event?: WebhookEvent }) => unknown;
}

/** Every name of {@link WebhookHandlerOptions} (`test/options.test.ts` holds it to the interface). */
export const HANDLER_OPTION_NAMES = [
  'toleranceSeconds',
  'maxPayloadBytes',
  'now',
  'dedupe',
  'dedupeTtlSeconds',
  'onError',
] as const satisfies readonly (keyof WebhookHandlerOptions)[];

type AnyHandler = (event: WebhookEvent, context: WebhookContext) => unknown;
type Report = (error: unknown, context: { id?: string; event?: WebhookEvent }) => void;

/** A plain-text answer: the sender only reads the status, and nothing about a failure is disclosed. */
const text = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } });

/**
 * Refuses, with `invalid_option`, a secret that is neither a string nor `undefined` (a misconfiguration
 * found at once, not as a 500 on the first delivery), handlers that are not an object of functions
 * and any option unknown by name, out of range or of the wrong kind.
 */
function checkArguments(secret: unknown, handlers: unknown, options: WebhookHandlerOptions): void {
  checkKind('secret', secret, ['string']);
  checkInput('handlers', handlers, 'an object of functions keyed by event type');
  for (const [type, handler] of Object.entries(handlers as object)) {
    if (handler !== undefined && typeof handler !== 'function')
      refuseOption(`handlers[${JSON.stringify(type)}]`, 'a function', handler);
  }
  checkKind('options', options, ['object']);
  // The options' names only: `handlers` is keyed by event type, and a type it lists that never
  // arrives is harmless (unlisted types are acknowledged and ignored), so its keys are not checked.
  checkNames(options, HANDLER_OPTION_NAMES, 'webhookHandler');
  checkVerifyOptions(options);
  checkNumber('dedupeTtlSeconds', options.dedupeTtlSeconds, 1, true);
  checkKind('onError', options.onError, ['function']);
}

/**
 * The registered handler for `type`: a function held as an own property, never one inherited from
 * `Object.prototype` (an event typed `constructor` or `__proto__` has none).
 */
function handlerFor(handlers: WebhookHandlers, type: string): AnyHandler | undefined {
  const handler: unknown = Object.hasOwn(handlers, type) ? (handlers as Record<string, unknown>)[type] : undefined;
  return typeof handler === 'function' ? (handler as AnyHandler) : undefined;
}

/**
 * Runs `handler` once for delivery `id`. The id is marked running here before any `await`, so a copy
 * arriving meanwhile in this process is answered 409 (the sender tries it again later, by when it is
 * done or given back); then it is claimed in the store. A failed handler gives the claim back; a
 * store failing to record a handler that ran is reported, and the delivery still acknowledged.
 */
async function runOnce(
  claims: Claims,
  running: Set<string>,
  handler: AnyHandler,
  event: WebhookEvent,
  context: WebhookContext,
  report: Report,
): Promise<Response> {
  const { id } = context;
  if (running.has(id)) return text(409, 'Delivery already in progress', { 'retry-after': '60' });
  running.add(id);
  const reportStore = (storeError: unknown) => report(storeError, { id, event });
  try {
    if (!(await claims.claim(id))) return text(200, 'Duplicate ignored');
    try {
      await handler(event, context);
    } catch (error) {
      await claims.release(id).catch(reportStore);
      throw error;
    }
    // The handler ran: failing to record it is reported, not answered 500, which would make the sender run it again.
    await claims.done(id).catch(reportStore);
    return text(200, 'OK');
  } finally {
    running.delete(id);
  }
}

/**
 * Creates a request handler for a webhook endpoint. It answers:
 * - 200 after the event's handler resolved, or when no handler is registered for its type, or when
 *   its id was already claimed (processed, here or by another instance sharing `dedupe`);
 * - 400 with no detail when verification fails (wrong secret, tampered body, stale timestamp…);
 * - 405 for methods other than POST;
 * - 409 to a copy of a delivery whose handler is still running in this process;
 * - 500 when the handler (or the claim store) throws, so Resend retries later; also when the endpoint
 *   is misconfigured: the secret is invalid, `now` returns no number, or what it is given is no fetch
 *   `Request` or one whose body was already read or is locked (reported as `WebhookOptionError`,
 *   option `request`).
 *
 * Each delivery id is claimed before its handler runs: the handler runs at most once per id per
 * process, or per store when `dedupe` is a shared {@link WebhookClaimStore}. A handler that throws
 * gives the claim back, so the sender's retry runs it again.
 *
 * @throws `WebhookOptionError` (`invalid_option`) at once when `handlers` or an option is invalid or
 * unknown by name (`dedup` for `dedupe`: the in-process store would silently stay in force), or
 * `secret` is neither a string nor `undefined` (`undefined`, an unset variable, is answered 500 instead).
 * @example
 * ```ts
 * export const POST = webhookHandler(process.env.RESEND_WEBHOOK_SECRET, {
 *   'email.bounced': async (event) => markUndeliverable(event.data.to),
 * });
 * ```
 */
export function webhookHandler(
  secret: string | undefined,
  handlers: WebhookHandlers,
  options: WebhookHandlerOptions = {},
): (request: Request) => Promise<Response> {
  checkArguments(secret, handlers, options);
  // A copy: the options checked here are the ones used, even if the caller's object changes later.
  options = { ...options };
  const claims = claimsFor(options.dedupe, options.dedupeTtlSeconds ?? DEFAULT_CLAIMS.ttlSeconds);
  const running = new Set<string>();
  // Imported on the first request, not at construction: no work at import or module load.
  let key: Promise<CryptoKey> | undefined;
  // A failing logger, sync or async, must not change the answer.
  const report: Report = (error, context) => callQuietly(options.onError, error, context);
  return async (request) => {
    let verified: { id: string; event: WebhookEvent };
    try {
      // Before the method, which a value that is no Request may not have.
      checkRequest(request);
      if (request.method !== 'POST') return text(405, 'Method Not Allowed', { allow: 'POST' });
      key ??= importSecret(secret);
      const cryptoKey = await key.catch((error: unknown) => {
        key = undefined;
        throw error;
      });
      const payload = await readBody(request, options.maxPayloadBytes ?? DEFAULT_VERIFY_OPTIONS.maxPayloadBytes);
      verified = await verifyWithKey(cryptoKey, payload, { ...options, headers: request.headers });
    } catch (error) {
      report(error, {});
      // The endpoint's own fault (its secret, its clock, how it passes the request), not the delivery's.
      const misconfigured =
        isWebhookOptionError(error) || (isWebhookVerificationError(error) && error.code === 'invalid_secret');
      return misconfigured ? text(500, 'Webhook endpoint misconfigured') : text(400, 'Invalid webhook');
    }
    const { id, event } = verified;
    const handler = handlerFor(handlers, event.type);
    if (!handler) return text(200, 'Ignored');
    try {
      return await runOnce(claims, running, handler, event, { id, request }, report);
    } catch (error) {
      report(error, { id, event });
      return text(500, 'Webhook handler failed');
    }
  };
}
