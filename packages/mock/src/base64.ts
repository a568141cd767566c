/**
 * Base64 that runs wherever the fake's core does (Workers and edge runtimes, where Node's `Buffer`
 * may be absent): encoding is the client's (the platform's encoder where there is one), decoding
 * web-standard `atob`.
 */
import { base64Of } from '@resendkit/client/shared';

/** Bytes → Base64. */
export const bytesToBase64: (bytes: Uint8Array) => string = base64Of;

/** How many bytes Base64 `text` stands for (whitespace ignored), without decoding it. */
export function base64Size(text: string): number {
  const compact = text.replace(/\s+/g, '');
  const padding = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((compact.length * 3) / 4) - padding);
}

/** Base64 (whitespace ignored) → bytes; throws a `DOMException` for text that is not Base64. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/\s+/g, ''));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** UTF-8 text → Base64. */
export function textToBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}
