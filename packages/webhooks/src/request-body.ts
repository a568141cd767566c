/** The handler's read of a delivery's body: from a fetch `Request` not read before, capped in size. */
import { kindOf, readCapped } from '@resendkit/client/shared';
import { WebhookOptionError, WebhookVerificationError } from './errors.js';

/**
 * Refuses, with `invalid_option` (option `request`), what the handler cannot read a delivery from:
 * no fetch `Request` (a Node request passed as it is), or one whose body was already read (by a
 * middleware that parsed it) or is locked (by one that tees it or took a reader: not yet "used",
 * but unreadable). Both are the endpoint's misconfiguration, not a bad delivery, and would
 * otherwise surface as a bare `TypeError` from the stream code.
 */
export function checkRequest(request: unknown): asserts request is Request {
  const { headers, bodyUsed, body } = (request ?? {}) as Partial<Request>;
  const used = bodyUsed || body?.locked;
  if (used || typeof headers?.get !== 'function')
    throw new WebhookOptionError(
      'request',
      `request must be a fetch \`Request\` with an unread body (got ${used ? 'one already read' : kindOf(request)}).`,
    );
}

/** Reads the body with the shared capped reader, stopping as soon as it passes `max` bytes (a declared length is checked first). */
export function readBody(request: Request, max: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  const size = declared !== null && Number(declared) > max ? declared : `over ${max}`;
  return readCapped(
    request,
    max,
    () =>
      new WebhookVerificationError('payload_too_large', `The body is ${size} bytes, more than the ${max}-byte limit.`),
  );
}
