/** signWebhook: produces the `svix-*` headers for a body, as Resend would, for tests and fakes. */
import { WebhookVerificationError } from './errors.js';
import { MAX_ID_LENGTH, type WebhookHeaders } from './headers.js';
import { checkInput, checkKind, checkNames } from './options.js';
import { importSecret } from './secret.js';
import { computeSignature, payloadBytes, signedContent, toBase64 } from './signature.js';

/** What {@link signWebhook} needs; a name not listed here is refused. */
export interface SignWebhookInput {
  /** The exact body that will be sent. */
  payload: string | Uint8Array | ArrayBuffer;
  /**
   * The signing secret(s), `whsec_…` or bare base64. Several secrets (during a rotation) give one
   * `v1` signature each, space-separated.
   */
  secret: string | readonly string[];
  /**
   * The message ID (`svix-id`): 1 to 256 visible ASCII characters (`!` to `~`) other than commas, as
   * it is sent as a header; stays the same across retries of one message. @defaultValue a random `msg_…`
   */
  id?: string;
  /** When it was sent: a `Date` or Unix seconds (0 to 8.64e12, the range of a `Date`). @defaultValue now */
  timestamp?: Date | number;
}

/** Every name of {@link SignWebhookInput} (`test/options.test.ts` holds it to the interface). */
export const SIGN_INPUT_NAMES = [
  'payload',
  'secret',
  'id',
  'timestamp',
] as const satisfies readonly (keyof SignWebhookInput)[];

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return `msg_${toBase64(bytes).replace(/[+/=]/g, '')}`;
}

function timestampSeconds(timestamp: Date | number | undefined): string {
  const seconds =
    timestamp === undefined ? Date.now() / 1000 : timestamp instanceof Date ? timestamp.getTime() / 1000 : timestamp;
  // Past the latest time a Date holds (8.64e12 s), and from 1e21 on, `String()` writes an exponent:
  // verifiers would read "1e+21" back as 1 s after 1970.
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 8.64e12) {
    throw new WebhookVerificationError(
      'invalid_header',
      '`timestamp` must be a valid Date or a non-negative number of Unix seconds a Date can hold.',
    );
  }
  return String(Math.floor(seconds));
}

/**
 * Signs a body the way Resend does and returns the three headers to send with it.
 *
 * @throws {@link WebhookVerificationError} `invalid_secret` for a secret that is missing or not base64;
 * `invalid_header` for an `id` or `timestamp` that verifiers would refuse or misread, or an `id` that
 * cannot be sent as a header value (an emoji, a control character, a line break).
 * @throws `WebhookOptionError` (`invalid_option`) for an input, `payload`, `secret` or `id` of the
 * wrong kind (a secret list holding anything but strings, say), or a name the input does not have.
 * @example
 * ```ts
 * const body = JSON.stringify({ type: 'email.delivered', created_at: new Date().toISOString(), data: { … } });
 * const headers = await signWebhook({ payload: body, secret: 'whsec_…' });
 * await fetch('http://127.0.0.1:3000/api/webhooks', { method: 'POST', body, headers });
 * ```
 */
export async function signWebhook(input: SignWebhookInput): Promise<WebhookHeaders> {
  checkInput('signWebhook input', input);
  // A copy, checked and then used: the input is read again after the keys are imported, and a
  // caller changing it meanwhile (an `id` set to a number) would get what the checks refused.
  input = { ...input };
  checkNames(input, SIGN_INPUT_NAMES, 'signWebhook');
  checkKind('secret', input.secret, ['string', 'strings']);
  checkKind('id', input.id, ['string']);
  const body = payloadBytes(input.payload);
  // A missing secret goes on as one, to be refused with `invalid_secret` as verifyWebhook refuses it.
  const secrets = Array.isArray(input.secret) ? [...input.secret] : [input.secret];
  if (secrets.length === 0)
    throw new WebhookVerificationError('invalid_secret', 'At least one signing secret is needed.');
  const keys = await Promise.all(secrets.map(importSecret));
  const id = input.id ?? randomId();
  // Sent as the `svix-id` header, so visible ASCII, as svix's message and event ids are (the svix and
  // standardwebhooks libraries set no rule): `\0` or an emoji makes `new Headers` throw a bare
  // TypeError, another control character Node's http, and a Latin-1 letter is read back by some
  // platforms as other characters than were signed. Spaces (trimmed at either end) and commas (where
  // repeated headers are joined) stay refused.
  if (!/^[!-+\--~]+$/.test(id))
    throw new WebhookVerificationError(
      'invalid_header',
      '`id` must be a non-empty message ID of visible ASCII characters, without spaces or commas.',
    );
  // verifyWebhook refuses a longer `svix-id`: a delivery signed with one could never be accepted.
  if (id.length > MAX_ID_LENGTH)
    throw new WebhookVerificationError(
      'invalid_header',
      `\`id\` must be at most ${MAX_ID_LENGTH} characters (got ${id.length}): verifiers refuse a longer \`svix-id\`.`,
    );
  const timestamp = timestampSeconds(input.timestamp);
  const content = signedContent(id, timestamp, body);
  const signatures = await Promise.all(keys.map(async (key) => `v1,${toBase64(await computeSignature(key, content))}`));
  return { 'svix-id': id, 'svix-timestamp': timestamp, 'svix-signature': signatures.join(' ') };
}
