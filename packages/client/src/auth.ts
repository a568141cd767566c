/**
 * API-key handling: validation at construction, and the fetch wrapper that adds
 * `Authorization: Bearer <key>` to each attempt — the only place the key is ever put on a request,
 * so no Request, Response or error the user can see holds it.
 */
import { ResendConfigError } from './config-error.js';
import type { Send } from './attempt.js';

/**
 * Checks an API key and returns it. Throws {@link ResendConfigError} (`missing_api_key` or
 * `invalid_api_key`) naming the problem, never the key.
 */
export function validateApiKey(apiKey: string | undefined): string {
  if (apiKey == null) {
    throw new ResendConfigError('missing_api_key', 'No API key: pass the apiKey option or set RESEND_API_KEY.');
  }
  if (typeof apiKey !== 'string') throw new ResendConfigError('invalid_api_key', `apiKey must be a string (got ${typeof apiKey}).`);
  // Printable ASCII only: whitespace or a control character (a stray newline) would break the header.
  if (!/^[!-~]+$/.test(apiKey)) {
    const why = apiKey === '' ? 'is empty' : 'holds whitespace, control or non-ASCII characters';
    throw new ResendConfigError('invalid_api_key', `apiKey ${why}.`);
  }
  return apiKey;
}

/** Replaces every occurrence of `secret` in `text` with `[redacted]`. */
export function redact(text: string, secret: string): string {
  return secret === '' ? text : text.split(secret).join('[redacted]');
}

/**
 * A copy of an error with the key removed from its message, name and `code` (and its causes', two
 * levels deep), dropping everything else (such as a request object a custom fetch may have
 * attached). A thrown non-Error becomes an Error with its redacted text.
 */
export function scrubError(error: unknown, secret: string, depth = 2): Error {
  // Anything else thrown (a string, an object) becomes an Error holding only its redacted text.
  if (!(error instanceof Error)) return new Error(redact(String(error), secret));
  const cause = depth > 0 && error.cause !== undefined ? scrubError(error.cause, secret, depth - 1) : undefined;
  const copy = new Error(redact(error.message, secret), cause === undefined ? undefined : { cause });
  Object.defineProperty(copy, 'name', { value: redact(String(error.name), secret), configurable: true });
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') (copy as Error & { code?: string }).code = redact(code, secret);
  if (error.stack) copy.stack = redact(error.stack, secret);
  return copy;
}

/**
 * Wraps a {@link Send} so each attempt gets `Authorization: Bearer <apiKey>`, replacing any other.
 * Put it beneath retries, so the key lives only on the per-attempt data, never on a Request the
 * caller or middleware can see. Errors thrown below are scrubbed of the key (aborts pass untouched).
 * @param next - what sends the attempt.
 * @param apiKey - the key; validated here, throws {@link ResendConfigError} when unusable.
 */
export function withAuth(next: Send, apiKey: string): Send {
  const key = validateApiKey(apiKey);
  const authorization = `Bearer ${key}`;
  return async (attempt) => {
    const headers = attempt.headers.filter(([name]) => name !== 'authorization');
    headers.push(['authorization', authorization]);
    try {
      return await next({ ...attempt, headers });
    } catch (error) {
      if (attempt.signal.aborted && error === attempt.signal.reason) throw error;
      throw scrubError(error, key);
    }
  };
}
