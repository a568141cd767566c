/** The scheme's signature: base64 HMAC-SHA256 of `{id}.{timestamp}.{raw body}`, compared in constant time. */

const encoder = new TextEncoder();

/** The body as bytes: strings are UTF-8 encoded, bytes are used as they are (never re-serialised). */
export function payloadBytes(payload: string | Uint8Array | ArrayBuffer): Uint8Array {
  if (typeof payload === 'string') return encoder.encode(payload);
  return payload instanceof Uint8Array ? payload : new Uint8Array(payload);
}

/** Raw HMAC-SHA256 of the signed content. */
export async function computeSignature(key: CryptoKey, id: string, timestamp: string, body: Uint8Array): Promise<Uint8Array> {
  const prefix = encoder.encode(`${id}.${timestamp}.`);
  const content = new Uint8Array(prefix.length + body.length);
  content.set(prefix);
  content.set(body, prefix.length);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, content as BufferSource));
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Decodes base64 (standard alphabet); `undefined` when it is not. */
export function fromBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
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
 * True when any `v1,<base64>` entry of a space-separated `svix-signature` header equals `expected`.
 * Every entry is checked (no early exit), and other versions are ignored.
 */
export function anySignatureMatches(header: string, expected: Uint8Array): boolean {
  let matched = false;
  for (const entry of header.split(' ')) {
    const comma = entry.indexOf(',');
    if (comma < 0 || entry.slice(0, comma) !== 'v1') continue;
    const candidate = fromBase64(entry.slice(comma + 1));
    if (candidate && timingSafeEqual(candidate, expected)) matched = true;
  }
  return matched;
}
