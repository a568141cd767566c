/** Turns a webhook signing secret (`whsec_…` or bare base64) into an HMAC-SHA256 key. */
import { WebhookVerificationError } from './errors.js';

/**
 * Decodes base64 the way the `svix` and `standardwebhooks` libraries decode a secret (they use
 * `@stablelib/base64`), so that every secret they take is taken here and no other: at least four
 * characters, at most two `=` at the end and none elsewhere, padding optional, a lone character
 * after the last group of four ignored, the unused bits of the last character not checked.
 */
function decodeAsReferences(text: string): Uint8Array | undefined {
  // Not `/=*$/`: quadratic on a long run of `=` not at the end.
  const body = text.replace(/={1,2}$/, '');
  if (text.length < 4 || body.endsWith('=')) return undefined;
  const groups = body.length % 4 === 1 ? body.slice(0, -1) : body;
  if (!/^[A-Za-z0-9+/]*$/.test(groups)) return undefined;
  return Uint8Array.from(atob(groups), (c) => c.charCodeAt(0));
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
 * at least one byte, after an optional `whsec_` prefix; the message names a byte-order mark or
 * whitespace left inside.
 */
export function secretBytes(secret: unknown): Uint8Array {
  const text = typeof secret === 'string' ? secret.replace(EDGE_BLANKS, '') : '';
  const bytes = decodeAsReferences(text.replace(/^whsec_/, ''));
  if (bytes?.length) return bytes;
  // A BOM (a file saved as "UTF-8 with BOM"; `\s` matches U+FEFF) and whitespace inside (a copy
  // wrapped over two lines) are refused as the references refuse them, but named (never echoed).
  const at = text.search(/\s/);
  throw new WebhookVerificationError(
    'invalid_secret',
    `The webhook signing secret ${
      text === ''
        ? 'is missing: pass the `whsec_…` value Resend shows for the endpoint'
        : at < 0
          ? 'is not valid: expected `whsec_` followed by base64, or bare base64'
          : `has ${text[at] === '\uFEFF' ? 'a byte-order mark (U+FEFF)' : 'whitespace inside it'}`
    }.`,
  );
}

/** Imports a secret for HMAC-SHA256 signing with Web Crypto (the key is not extractable). */
export async function importSecret(secret: unknown): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', secretBytes(secret) as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
}
