/** Reads the three `svix-*` headers from a `Headers` object or a plain record, in any letter case. */
import { WebhookVerificationError } from './errors.js';

/** Request headers as frameworks hand them over: a fetch `Headers` or a plain (Node-style) record. */
export type HeaderInput = Headers | Record<string, string | string[] | undefined>;

/** The headers of one delivery (a type alias, so it can be passed wherever a header record is). */
export type WebhookHeaders = {
  'svix-id': string;
  'svix-timestamp': string;
  'svix-signature': string;
};

// Generous bounds: real headers are far shorter; longer ones are refused before any hashing.
const MAX_HEADER_LENGTH = { 'svix-id': 256, 'svix-timestamp': 32, 'svix-signature': 8 * 1024 } as const;

function lookup(headers: HeaderInput, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (key.toLowerCase() !== name) continue;
    return Array.isArray(value) ? value.join(' ') : value;
  }
  return undefined;
}

/** The three headers, trimmed; throws `missing_header` or `invalid_header` naming the header. */
export function readWebhookHeaders(headers: HeaderInput): WebhookHeaders {
  if (headers === null || typeof headers !== 'object') {
    throw new WebhookVerificationError('missing_header', 'No request headers were given: pass the request\'s `Headers` or a header record.');
  }
  const read = (name: keyof WebhookHeaders): string => {
    const value = lookup(headers, name)?.trim();
    if (!value) throw new WebhookVerificationError('missing_header', `The \`${name}\` header is missing: this request was not sent by Resend, or a proxy dropped it.`);
    if (value.length > MAX_HEADER_LENGTH[name]) throw new WebhookVerificationError('invalid_header', `The \`${name}\` header is longer than ${MAX_HEADER_LENGTH[name]} characters.`);
    return value;
  };
  return { 'svix-id': read('svix-id'), 'svix-timestamp': read('svix-timestamp'), 'svix-signature': read('svix-signature') };
}
