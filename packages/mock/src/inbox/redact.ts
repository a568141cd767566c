/**
 * Masking of secrets wherever the inbox shows request data: API keys (`re_…`) and webhook signing
 * secrets (`whsec_…`) keep their prefix and last 4 characters only.
 */

const KEY_PATTERN = /\b(?:re|whsec)_[A-Za-z0-9_+/=-]{5,}/g;

/** `re_abc…` → `re_…wxyz`; other tokens keep only their last 4 characters. Never the whole key. */
function maskToken(token: string): string {
  const last4 = token.length > 8 ? token.slice(-4) : '';
  if (token.startsWith('whsec_')) return `whsec_…${last4}`;
  return token.startsWith('re_') ? `re_…${last4}` : `…${last4}`;
}

/** The key of an `Authorization: Bearer …` header, masked; `null` when there is none. */
export function maskApiKey(authorization: string | null): string | null {
  if (!authorization) return null;
  const token = authorization.replace(/^\s*Bearer\s+/i, '').trim();
  return token ? maskToken(token) : null;
}

/** Masks every `re_…` key and `whsec_…` secret inside a text (e.g. what `POST /api-keys` and `POST /webhooks` answer). */
export function redactKeys(text: string): string {
  return text.replace(KEY_PATTERN, (key) => maskToken(key));
}
