/**
 * API-key handling: validation at construction, and the fetch wrapper that adds
 * `Authorization: Bearer <key>` to each attempt — the only place the key is ever put on a request,
 * so no Request, Response or error the user can see holds it.
 */
import { ResendConfigError } from './config-error.js';
import { ResendError } from './errors.js';
import { thrownText } from './shared/check-kind.js';
import { refusalResponse } from './failure.js';
import { type Send, anyHeaderValue, bufferedResponse, changeAttempt, isHeld, peekText } from './internal/index.js';

/**
 * Checks an API key and returns it. Throws {@link ResendConfigError} (`missing_api_key` or
 * `invalid_api_key`) naming the problem, never the key.
 */
export function validateApiKey(apiKey: string | undefined): string {
  if (apiKey == null) {
    throw new ResendConfigError('missing_api_key', 'No API key: pass the apiKey option or set RESEND_API_KEY.');
  }
  if (typeof apiKey !== 'string')
    throw new ResendConfigError('invalid_api_key', `apiKey must be a string (got ${typeof apiKey}).`);
  // Printable ASCII only: whitespace or a control character (a stray newline) would break the header.
  if (!/^[!-~]+$/.test(apiKey)) {
    const why = apiKey === '' ? 'is empty' : 'holds whitespace, control or non-ASCII characters';
    throw new ResendConfigError('invalid_api_key', `apiKey ${why}.`);
  }
  return apiKey;
}

/** Replaces every occurrence of `secret` in `text` with `[redacted]`. */
function redact(text: string, secret: string): string {
  return secret === '' ? text : text.split(secret).join('[redacted]');
}

/**
 * A copy of an error with the key removed from its message, name and `code` (and its causes', two
 * levels deep), dropping everything else (such as a request object a custom fetch may have
 * attached). A thrown non-Error becomes an Error with its redacted text.
 */
function scrubError(error: unknown, secret: string, depth = 2): Error {
  // Anything else thrown (a string, an object) becomes an Error holding only its redacted text.
  if (!(error instanceof Error)) return new Error(redact(thrownText(error), secret));
  const cause = depth > 0 && error.cause !== undefined ? scrubError(error.cause, secret, depth - 1) : undefined;
  const copy = new Error(redact(error.message, secret), cause === undefined ? undefined : { cause });
  Object.defineProperty(copy, 'name', {
    value: redact(typeof error.name === 'string' ? error.name : 'Error', secret),
    configurable: true,
  });
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') (copy as Error & { code?: string }).code = redact(code, secret);
  if (error.stack) copy.stack = redact(error.stack, secret);
  return copy;
}

/**
 * The forms a response may echo a key in (as is, and JSON-escaped when that differs) and the test
 * for them: made once per client, not per response.
 */
export interface KeyEchoes {
  readonly forms: string[];
  readonly leaks: (value: string) => boolean;
}

/** The {@link KeyEchoes} of `key`. */
function echoes(key: string): KeyEchoes {
  const escaped = JSON.stringify(key).slice(1, -1);
  const forms = escaped === key ? [key] : [key, escaped];
  // A value shorter than a form cannot hold it (most header values are): the search is skipped.
  const leaks = (value: string) => {
    for (const form of forms) if (value.length >= form.length && value.includes(form)) return true;
    return false;
  };
  return { forms, leaks };
}

/**
 * `response` with every echo of the key in its body (when the wire buffered it), headers
 * and status text replaced by `[redacted]`, so no error message, `toJSON()`, inspect output or stack
 * built from it can show the key. Returned as is when nothing echoes it (the usual case).
 * `echoed` is `echoes(key)`, for a caller that made it once.
 */
export function redactResponse(response: Response, key: string, echoed: KeyEchoes = echoes(key)): Response {
  const text = peekText(response) ?? '';
  const { forms, leaks } = echoed;
  if (!leaks(text) && !anyHeaderValue(response, leaks) && !leaks(response.statusText)) return response;
  const clean = (value: string) => forms.reduce((out, form) => redact(out, form), value);
  const headers = new Headers();
  for (const [name, value] of response.headers) headers.append(name, clean(value));
  headers.delete('content-length');
  const init = { status: response.status, statusText: clean(response.statusText), headers };
  if (isHeld(response)) return bufferedResponse(new TextEncoder().encode(clean(text)), init, clean(response.url));
  const copy = new Response(response.body, init);
  return Object.defineProperty(copy, 'url', { value: clean(response.url) });
}

/** True when `url` is `base` or lies under it (same scheme, host and port, path below base's, no credentials). */
function isUnderBaseUrl(url: string, base: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // `base` is a normalised href without credentials (validateBaseUrl), so a prefix ending at a
  // path or query boundary also means the same scheme, host and port, and no credentials.
  const href = parsed.href;
  return href.startsWith(base) && /^(?:[/?]|$)/.test(href.slice(base.length));
}

/**
 * Wraps a {@link Send} so each attempt gets `Authorization: Bearer <apiKey>`, replacing any other.
 * Put it beneath retries, so the key lives only on the per-attempt data, never on a Request the
 * caller or middleware can see. Errors thrown below are scrubbed of the key (aborts pass untouched),
 * and a response echoing the key gets it replaced by `[redacted]`.
 * With `baseUrl`, every attempt is pinned to it: one whose URL has another scheme, host or port, or
 * a path outside `baseUrl`'s (a per-call `baseUrl`, a path such as `.evil.example/x` or `:8443/x`)
 * sends nothing and answers a 400 `{ name: "invalid_url" }` response.
 * @param next - what sends the attempt.
 * @param apiKey - the key; validated here, throws {@link ResendConfigError} when unusable.
 * @param baseUrl - the only URL prefix the key may go to (as returned by `validateBaseUrl`).
 */
export function withAuth(next: Send, apiKey: string, baseUrl?: string): Send {
  const key = validateApiKey(apiKey);
  const authorization = `Bearer ${key}`;
  const echoed = echoes(key);
  // The last URL found under baseUrl: most calls go to the same few URLs, and a string compare
  // spares the URL parse.
  let lastAllowed: string | undefined;
  return async (attempt) => {
    const allowed = baseUrl === undefined || attempt.url === lastAllowed || isUnderBaseUrl(attempt.url, baseUrl);
    if (!allowed) {
      return refusalResponse('invalid_url', `URL not under ${baseUrl}; nothing was sent.`);
    }
    lastAllowed = attempt.url;
    const headers: [string, string][] = [];
    for (const pair of attempt.headers) if (pair[0] !== 'authorization') headers.push(pair);
    headers.push(['authorization', authorization]);
    try {
      return redactResponse(await next(changeAttempt(attempt, { headers })), key, echoed);
    } catch (error) {
      // Our own errors (built from our text, never holding the key) keep their type.
      if ((attempt.signal?.aborted && error === attempt.signal.reason) || error instanceof ResendError) throw error;
      throw scrubError(error, key);
    }
  };
}
