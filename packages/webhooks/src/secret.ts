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
 * ASCII whitespace at either end: a secret read from a file or a Kubernetes secret keeps its
 * trailing newline (`\r\n` on Windows), one pasted by hand may start with a space.
 *
 * Trimmed rather than refused: the `svix` and `standardwebhooks` libraries already take the secret
 * Resend shows (32 base64 characters) with a trailing newline as the same key, their base64 decoder
 * ignoring a lone character after the last group of four. Refusing whitespace would refuse a secret
 * they take; refusing only where they refuse would make a newline work or fail by the secret's
 * length and line ending. Whitespace is never part of `whsec_` or base64, so trimming gives every
 * secret they take the key they take it as, and no two keys become one; the cost is taking some
 * secrets they refuse (a padded one with a newline, a leading space), as the key their text holds.
 */
const EDGE_BLANKS = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

/**
 * The key bytes of a secret, trimmed of ASCII whitespace at both ends (see {@link EDGE_BLANKS}).
 * Throws `invalid_secret` (without echoing the secret) unless it is then a string of base64 holding
 * at least one byte, after an optional `whsec_` prefix.
 */
export function secretBytes(secret: unknown): Uint8Array {
  const text = typeof secret === 'string' ? secret.replace(EDGE_BLANKS, '') : '';
  if (text === '') {
    throw new WebhookVerificationError(
      'invalid_secret',
      'The webhook signing secret is missing: pass the `whsec_…` value Resend shows for the endpoint.',
    );
  }
  const bytes = decodeAsReferences(text.startsWith(PREFIX) ? text.slice(PREFIX.length) : text);
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
