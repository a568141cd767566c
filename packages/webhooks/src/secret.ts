/** Turns a webhook signing secret (`whsec_…` or bare base64) into an HMAC-SHA256 key. */
import { WebhookVerificationError } from './errors.js';
import { fromBase64 } from './signature.js';

const PREFIX = 'whsec_';

/**
 * The key bytes of a secret. Throws `invalid_secret` (without echoing the secret) when it is not a
 * non-empty string of base64 after the optional `whsec_` prefix.
 */
function secretBytes(secret: unknown): Uint8Array {
  if (typeof secret !== 'string' || secret.trim() === '') {
    throw new WebhookVerificationError('invalid_secret', 'The webhook signing secret is missing: pass the `whsec_…` value Resend shows for the endpoint.');
  }
  const body = secret.trim().startsWith(PREFIX) ? secret.trim().slice(PREFIX.length) : secret.trim();
  const bytes = fromBase64(body);
  if (!bytes || bytes.length === 0) {
    throw new WebhookVerificationError('invalid_secret', 'The webhook signing secret is not valid: expected `whsec_` followed by base64, or bare base64.');
  }
  return bytes;
}

/** Imports a secret for HMAC-SHA256 signing with Web Crypto (the key is not extractable). */
export async function importSecret(secret: unknown): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', secretBytes(secret) as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}
