/** verifyWebhook: checks a delivery's signature and timestamp over the raw body, then parses it. */
import { WebhookVerificationError } from './errors.js';
import type { WebhookEvent } from './generated/events.js';
import { readWebhookHeaders, type HeaderInput } from './headers.js';
import {
  checkInput,
  checkKind,
  checkVerifyOptions,
  DEFAULT_VERIFY_OPTIONS,
  nowSeconds,
  type VerifyOptions,
} from './options.js';
import { importSecret } from './secret.js';
import { anySignatureMatches, computeSignature, payloadBytes, signedContent, toBase64 } from './signature.js';

/** What {@link verifyWebhook} needs. */
export interface VerifyWebhookInput extends VerifyOptions {
  /**
   * The raw request body exactly as received: a string or bytes. Never `JSON.stringify(parsed)`; a
   * parsed body (an object) or none at all is refused with `invalid_option`.
   */
  payload: string | Uint8Array | ArrayBuffer;
  /**
   * The request headers: `svix-id`, `svix-timestamp`, `svix-signature` (or their `webhook-*`
   * names), any letter case.
   */
  headers: HeaderInput;
  /**
   * The endpoint's signing secret, `whsec_…` or bare base64; whitespace at either end (a file's
   * trailing newline) is trimmed, a byte-order mark or whitespace inside is refused (as `svix`
   * refuses it) with `invalid_secret` naming where. `undefined` is refused with
   * `invalid_secret`, so `process.env.X` can be passed directly; anything but a string (`null`, a
   * number, an object) with `invalid_option`.
   */
  secret: string | undefined;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The timestamp the signature covers, after the tolerance check. The header is read as the
 * `svix` and `standardwebhooks` libraries read it (`parseInt`: leading blanks, a sign and text after
 * the digits are tolerated) and the signature covers the number it holds, not the header's text.
 */
function signedTimestamp(value: string, options: VerifyOptions): string {
  const seconds = Number.parseInt(value, 10);
  if (Number.isNaN(seconds)) {
    throw new WebhookVerificationError('invalid_header', 'The `svix-timestamp` header is not a Unix time in seconds.');
  }
  const tolerance = options.toleranceSeconds ?? DEFAULT_VERIFY_OPTIONS.toleranceSeconds;
  const skew = nowSeconds(options.now) - seconds;
  if (skew > tolerance)
    throw new WebhookVerificationError(
      'timestamp_too_old',
      `The delivery is ${skew} s old, more than the ${tolerance} s tolerance: refused as a possible replay.`,
    );
  if (-skew > tolerance)
    throw new WebhookVerificationError(
      'timestamp_too_new',
      `The delivery is timestamped ${-skew} s in the future, more than the ${tolerance} s tolerance.`,
    );
  return String(seconds);
}

/** The body as an event: UTF-8 JSON, an object with a string `type`; else `invalid_payload`. */
function parseEvent(body: Uint8Array): WebhookEvent {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoder.decode(body));
  } catch {
    throw new WebhookVerificationError('invalid_payload', 'The body is signed but is not UTF-8 JSON.');
  }
  if (
    parsed === null ||
    typeof parsed !== 'object' ||
    Array.isArray(parsed) ||
    typeof (parsed as { type?: unknown }).type !== 'string'
  ) {
    throw new WebhookVerificationError(
      'invalid_payload',
      'The body is signed but is not a webhook event (a JSON object with a string `type`).',
    );
  }
  return parsed as WebhookEvent;
}

/**
 * Verifies one delivery given an imported key, its body (bytes, or a string not yet encoded) and
 * checked options; used by {@link verifyWebhook} and the handler (which imports the key once and
 * checks its options at construction).
 */
export async function verifyWithKey(
  key: CryptoKey,
  payload: string | Uint8Array,
  input: Omit<VerifyWebhookInput, 'secret' | 'payload'>,
): Promise<{ id: string; event: WebhookEvent }> {
  const headers = readWebhookHeaders(input.headers);
  const max = input.maxPayloadBytes ?? DEFAULT_VERIFY_OPTIONS.maxPayloadBytes;
  // A string of N UTF-16 units encodes to at least N bytes of UTF-8, so one longer than the cap is
  // refused as it is: a huge string was encoded in full only to be refused (a memory spike).
  const body = payload.length > max ? payload : payloadBytes(payload);
  if (typeof body === 'string' || body.length > max)
    throw new WebhookVerificationError(
      'payload_too_large',
      `The body is ${typeof body === 'string' ? 'at least ' : ''}${body.length} bytes, more than the ${max}-byte limit.`,
    );
  const timestamp = signedTimestamp(headers['svix-timestamp'], input);
  const content = signedContent(headers['svix-id'], timestamp, body);
  const expected = toBase64(await computeSignature(key, content));
  if (!anySignatureMatches(headers['svix-signature'], expected)) {
    throw new WebhookVerificationError(
      'invalid_signature',
      'No `v1` signature in `svix-signature` matches the body: it was altered, or signed with another secret.',
    );
  }
  // The event is parsed from the bytes that were signed (the content's copy of the body): a caller's
  // buffer changed while the HMAC was awaited cannot put unverified bytes into it.
  return { id: headers['svix-id'], event: parseEvent(content.subarray(content.length - body.length)) };
}

/**
 * Verifies a Resend webhook delivery and returns its event, typed by `type`.
 *
 * Checks, in order: the options (and the kinds of `secret` and `payload`), the secret, the three
 * headers (`svix-*` or `webhook-*`), the body size, the timestamp tolerance, then the HMAC-SHA256
 * signature over the raw body (any `v1` signature may match, for secret rotation). A delivery is
 * accepted exactly when the `svix` and `standardwebhooks` libraries accept it (within the size and
 * header-length caps, and given the secret trimmed of whitespace at either end), and then only if its
 * body is a JSON event.
 *
 * @throws `WebhookOptionError` (`invalid_option`) for an option out of range, or an input, option,
 * `secret` or `payload` of the wrong kind.
 * @throws {@link WebhookVerificationError} with a `code`; the message never contains the secret.
 * @example
 * ```ts
 * const event = await verifyWebhook({ payload: await request.text(), headers: request.headers, secret: process.env.RESEND_WEBHOOK_SECRET });
 * if (event.type === 'email.bounced') console.log(event.data.bounce.message);
 * ```
 */
export async function verifyWebhook(input: VerifyWebhookInput): Promise<WebhookEvent> {
  checkInput('verifyWebhook input', input);
  // A copy, checked and then used: a caller changing `input` while the key is imported (a NaN
  // tolerance set after the check) cannot switch a check off.
  input = { ...input };
  // Names are not checked here, as webhookHandler checks its own: the shared check would add ~0.19 kB
  // (7 %) to this smallest entry, and a misspelt option here keeps the defaults the references use.
  checkVerifyOptions(input);
  checkKind('secret', input.secret, ['string']);
  // Checked here, so that a payload of the wrong kind is refused with the options, before the
  // delivery; a string is encoded by verifyWithKey, after its length is checked against the cap.
  const payload = typeof input.payload === 'string' ? input.payload : payloadBytes(input.payload);
  // A bad secret is reported before anything about the request.
  const key = await importSecret(input.secret);
  return (await verifyWithKey(key, payload, input)).event;
}
