/**
 * Reads a delivery's three headers, named `svix-*` (as Resend sends them) or `webhook-*` (the
 * Standard Webhooks names), from a `Headers` object or a plain record, in any letter case.
 */
import { kindOf } from '@resendkit/client/shared';
import { WebhookVerificationError } from './errors.js';

/** Request headers as frameworks hand them over: a fetch `Headers` or a plain (Node-style) record. */
export type HeaderInput = Headers | Record<string, string | string[] | undefined>;

/**
 * The headers of one delivery, under their `svix-*` names whichever names they arrived with (a type
 * alias, so it can be passed wherever a header record is).
 */
export type WebhookHeaders = {
  'svix-id': string;
  'svix-timestamp': string;
  'svix-signature': string;
};

type Field = 'id' | 'timestamp' | 'signature';

/** Longest `svix-id` accepted (and so signed by `signWebhook`): real message IDs are far shorter. */
export const MAX_ID_LENGTH = 256;

// Generous bounds: real headers are far shorter; longer ones are refused before any hashing.
const MAX_HEADER_LENGTH: Record<Field, number> = { id: MAX_ID_LENGTH, timestamp: 32, signature: 8 * 1024 };

/** A lookup by lower-case name. In a record the last of two spellings of one name wins, as in the references. */
function lookupIn(headers: HeaderInput): (name: string) => string | undefined {
  if (typeof (headers as Headers).get === 'function') return (name) => (headers as Headers).get(name) ?? undefined;
  const byName = new Map<string, unknown>();
  for (const [key, value] of Object.entries(headers)) byName.set(key.toLowerCase(), value);
  return (name) => {
    const value = byName.get(name);
    if (value === undefined || value === null) return undefined;
    return Array.isArray(value) ? value.join(' ') : String(value);
  };
}

/**
 * The three headers, as sent (not trimmed: the `svix` and `standardwebhooks` libraries sign and
 * compare them as they are). Each is read from its `svix-*` name when that is present (even empty),
 * else from its `webhook-*` name, as the `svix` library does. Throws `missing_header` for an absent
 * or empty one and `invalid_header` for an over-long one, naming it; `missing_header` too, naming
 * what was given, when `headers` is neither a `Headers` nor a record (an array of pairs included,
 * whose entries would otherwise be looked up as headers named `0`, `1`…).
 */
export function readWebhookHeaders(headers: HeaderInput): WebhookHeaders {
  if (headers === null || typeof headers !== 'object' || Array.isArray(headers)) {
    throw new WebhookVerificationError(
      'missing_header',
      `No request headers were given (got ${kindOf(headers)}): pass the request's \`Headers\` or a header record.`,
    );
  }
  const lookup = lookupIn(headers);
  const read = (field: Field): string => {
    const value = lookup(`svix-${field}`) ?? lookup(`webhook-${field}`);
    if (!value)
      throw new WebhookVerificationError(
        'missing_header',
        `The \`svix-${field}\` (or \`webhook-${field}\`) header is missing: this request was not sent by Resend, or a proxy dropped it.`,
      );
    if (value.length > MAX_HEADER_LENGTH[field])
      throw new WebhookVerificationError(
        'invalid_header',
        `The \`svix-${field}\` header is longer than ${MAX_HEADER_LENGTH[field]} characters.`,
      );
    return value;
  };
  return { 'svix-id': read('id'), 'svix-timestamp': read('timestamp'), 'svix-signature': read('signature') };
}
