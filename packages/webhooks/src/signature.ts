/**
 * The scheme's signature: base64 HMAC-SHA256 of `{id}.{timestamp}.{raw body}`, and the comparison of
 * a `svix-signature` header against it, made exactly as the `svix` and `standardwebhooks` libraries
 * make it so that both accept and refuse the same deliveries.
 */
import { refuseOption } from './options.js';

const encoder = new TextEncoder();

/** What bytes are: told by their tag rather than `instanceof`, so bytes from another realm (a vm context) pass. */
const BYTES = /^\[object (Uint8Array|ArrayBuffer)]$/;

/**
 * The body as bytes: strings are UTF-8 encoded, bytes are used as they are (never re-serialised).
 * Anything else (a parsed body, none, a number) is refused with `invalid_option`: read as bytes it
 * would be empty or made up, and the delivery refused as forged.
 */
export function payloadBytes(payload: unknown): Uint8Array {
  if (typeof payload === 'string') return encoder.encode(payload);
  if (!BYTES.test(Object.prototype.toString.call(payload)))
    // Most often a body a framework parsed first (express.json()): the message says what to pass instead.
    refuseOption('payload', 'the raw body (a string, Uint8Array or ArrayBuffer) read before any JSON parsing', payload);
  return payload instanceof Uint8Array ? payload : new Uint8Array(payload as ArrayBuffer);
}

/**
 * The signed content, `{id}.{timestamp}.` then the body, in a fresh array: the body is copied here,
 * once, so what is signed (and what a verifier then parses) cannot change while the HMAC is awaited.
 */
export function signedContent(id: string, timestamp: string, body: Uint8Array): Uint8Array {
  const prefix = encoder.encode(`${id}.${timestamp}.`);
  const content = new Uint8Array(prefix.length + body.length);
  content.set(prefix);
  content.set(body, prefix.length);
  return content;
}

/** Raw HMAC-SHA256 of `content` (see {@link signedContent}). */
export async function computeSignature(key: CryptoKey, content: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, content as BufferSource));
}

/** Standard, padded base64. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Compares two byte strings in time that depends only on their lengths, so an attacker cannot learn
 * how many leading bytes of a forged signature were right.
 */
function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/**
 * True when an entry of a space-separated `svix-signature` header is `v1,` followed by exactly
 * `expected` (the canonical, padded base64 of the signature). As in the references, signatures are
 * compared as text, never decoded: unpadded or otherwise re-encoded base64 does not match; text
 * after a second comma of an entry is ignored, and other versions (`v1a`, `v2`) are skipped. Every
 * entry is compared (no early exit).
 */
export function anySignatureMatches(header: string, expected: string): boolean {
  const wanted = encoder.encode(expected);
  let matched = false;
  for (const entry of header.split(' ')) {
    const [version, signature = ''] = entry.split(',');
    if (version === 'v1' && timingSafeEqual(encoder.encode(signature), wanted)) matched = true;
  }
  return matched;
}
