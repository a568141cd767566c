/** verifyWebhook: checks a delivery's signature and timestamp over the raw body, then parses it. */
import { WebhookVerificationError } from './errors.js';
import type { WebhookEvent } from './generated/events.js';
import { readWebhookHeaders, type HeaderInput } from './headers.js';
import { importSecret } from './secret.js';
import { anySignatureMatches, computeSignature, payloadBytes } from './signature.js';

/** Options shared by {@link verifyWebhook} and {@link webhookHandler}. */
export interface VerifyOptions {
  /**
   * How far `svix-timestamp` may be from now, in seconds, in either direction. Older deliveries are
   * refused as replays; newer ones as forged or from a clock far ahead.
   * @defaultValue 300 (5 minutes)
   */
  toleranceSeconds?: number;
  /**
   * Largest body accepted, in bytes; larger ones are refused before hashing.
   * @defaultValue 1 048 576 (1 MiB)
   */
  maxPayloadBytes?: number;
  /**
   * Clock in ms since the epoch (for tests).
   * @defaultValue `Date.now`
   */
  now?: () => number;
}

/** What {@link verifyWebhook} needs. */
export interface VerifyWebhookInput extends VerifyOptions {
  /** The raw request body exactly as received: a string or bytes. Never `JSON.stringify(parsed)`. */
  payload: string | Uint8Array | ArrayBuffer;
  /** The request headers (`svix-id`, `svix-timestamp`, `svix-signature`), any letter case. */
  headers: HeaderInput;
  /**
   * The endpoint's signing secret, `whsec_…` or bare base64. `undefined` is refused with
   * `invalid_secret`, so `process.env.X` can be passed directly.
   */
  secret: string | undefined;
}

/** The defaults of {@link VerifyOptions}. */
export const DEFAULT_VERIFY_OPTIONS = { toleranceSeconds: 300, maxPayloadBytes: 1024 * 1024 } as const;

const decoder = new TextDecoder('utf-8', { fatal: true });

function checkTimestamp(value: string, options: VerifyOptions): void {
  if (!/^\d{1,15}$/.test(value)) {
    throw new WebhookVerificationError('invalid_header', 'The `svix-timestamp` header is not a Unix time in whole seconds.');
  }
  const tolerance = options.toleranceSeconds ?? DEFAULT_VERIFY_OPTIONS.toleranceSeconds;
  const nowSeconds = Math.floor((options.now ?? Date.now)() / 1000);
  const skew = nowSeconds - Number(value);
  if (skew > tolerance) throw new WebhookVerificationError('timestamp_too_old', `The delivery is ${skew} s old, more than the ${tolerance} s tolerance: refused as a possible replay.`);
  if (-skew > tolerance) throw new WebhookVerificationError('timestamp_too_new', `The delivery is timestamped ${-skew} s in the future, more than the ${tolerance} s tolerance.`);
}

function parseEvent(body: Uint8Array): WebhookEvent {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoder.decode(body));
  } catch {
    throw new WebhookVerificationError('invalid_payload', 'The body is signed but is not UTF-8 JSON.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || typeof (parsed as { type?: unknown }).type !== 'string') {
    throw new WebhookVerificationError('invalid_payload', 'The body is signed but is not a webhook event (a JSON object with a string `type`).');
  }
  return parsed as WebhookEvent;
}

/**
 * Verifies the internals of one delivery given an imported key; used by {@link verifyWebhook} and
 * the handler (which imports the key once).
 */
export async function verifyWithKey(key: CryptoKey, input: Omit<VerifyWebhookInput, 'secret'>): Promise<{ id: string; event: WebhookEvent }> {
  const headers = readWebhookHeaders(input.headers);
  const body = payloadBytes(input.payload);
  const max = input.maxPayloadBytes ?? DEFAULT_VERIFY_OPTIONS.maxPayloadBytes;
  if (body.length > max) throw new WebhookVerificationError('payload_too_large', `The body is ${body.length} bytes, more than the ${max}-byte limit.`);
  checkTimestamp(headers['svix-timestamp'], input);
  const expected = await computeSignature(key, headers['svix-id'], headers['svix-timestamp'], body);
  if (!anySignatureMatches(headers['svix-signature'], expected)) {
    throw new WebhookVerificationError('invalid_signature', 'No `v1` signature in `svix-signature` matches the body: it was altered, or signed with another secret.');
  }
  return { id: headers['svix-id'], event: parseEvent(body) };
}

/**
 * Verifies a Resend webhook delivery and returns its event, typed by `type`.
 *
 * Checks, in order: the three `svix-*` headers, the body size, the timestamp tolerance, then the
 * HMAC-SHA256 signature over the raw body (any `v1` signature may match, for secret rotation).
 *
 * @throws {@link WebhookVerificationError} with a `code`; the message never contains the secret.
 * @example
 * ```ts
 * const event = await verifyWebhook({ payload: await request.text(), headers: request.headers, secret: process.env.RESEND_WEBHOOK_SECRET });
 * if (event.type === 'email.bounced') console.log(event.data.bounce.message);
 * ```
 */
export async function verifyWebhook(input: VerifyWebhookInput): Promise<WebhookEvent> {
  // A bad secret is reported before anything about the request.
  const key = await importSecret(input.secret);
  return (await verifyWithKey(key, input)).event;
}
