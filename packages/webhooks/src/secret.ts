/** Turns a webhook signing secret (`whsec_…` or bare base64) into an HMAC-SHA256 key. */
import { WebhookVerificationError } from './errors.js';

const PREFIX = 'whsec_';

/**
 * Decodes base64 the way the `svix` and `standardwebhooks` libraries decode a secret (they use
 * `@stablelib/base64`), so that every secret they take is taken here and no other: at least four
 * characters, at most two `=` at the end and none elsewhere, padding optional, a lone character
 * after the last group of four ignored, the unused bits of the last character not checked.
 */
function decodeAsReferences(text: string): Uint8Array | undefined {
  let end = text.length;
  while (end > 0 && text[end - 1] === '=') end--;
  if (text.length < 4 || text.length - end > 2) return undefined;
  const body = text.slice(0, end);
  const groups = body.length % 4 === 1 ? body.slice(0, -1) : body;
  if (!/^[A-Za-z0-9+/]*$/.test(groups)) return undefined;
  const binary = atob(groups);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The key bytes of a secret. Throws `invalid_secret` (without echoing the secret) unless it is a
 * string of base64 holding at least one byte, after an optional `whsec_` prefix. It is not trimmed,
 * as the references do not trim it.
 */
export function secretBytes(secret: unknown): Uint8Array {
  if (typeof secret !== 'string' || secret === '') {
    throw new WebhookVerificationError(
      'invalid_secret',
      'The webhook signing secret is missing: pass the `whsec_…` value Resend shows for the endpoint.',
    );
  }
  const bytes = decodeAsReferences(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret);
  if (!bytes || bytes.length === 0) {
    throw new WebhookVerificationError(
      'invalid_secret',
      'The webhook signing secret is not valid: expected `whsec_` followed by base64, or bare base64.',
    );
  }
  return bytes;
}

/** Imports a secret for HMAC-SHA256 signing with Web Crypto (the key is not extractable). */
export async function importSecret(secret: unknown): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', secretBytes(secret) as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
}
