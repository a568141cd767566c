/**
 * Error normalisation, as openapi-fetch middleware: every failure reaches the caller as `{ error }`
 * with a `name` (never a throw, never a string): non-JSON error bodies become `invalid_response`,
 * and network failures/timeouts that survived the retries become `network_error`/`timeout`.
 */
import type { Middleware } from 'openapi-fetch';
import { bodyText } from './attempt.js';
import { type ClientErrorName, ResendError, SYNTHETIC_HEADER, attachRequestInfo, syntheticErrorResponse } from './errors.js';

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function describe(status: number, contentType: string | null, text: string): string {
  if (status === 403 && /error code:?\s*1010/i.test(text)) {
    return 'HTTP 403, error code 1010: blocked in front of the API for lacking an acceptable User-Agent.';
  }
  const snippet = text.replace(/\s+/g, ' ').trim().slice(0, 120);
  return `HTTP ${status}: expected JSON, got ${snippet ? `${contentType ?? 'no content type'}: ${snippet}` : 'an empty body'}`;
}

// Client errors raised before or instead of a request keep their name; anything else thrown is a network failure.
const PASSED_THROUGH = new Set<string>(['timeout', 'queue_full', 'rate_limit_store_unavailable']);

/**
 * Middleware turning every failure into a typed `error`:
 * - an error response whose body is empty or not JSON → `{ name: "invalid_response", statusCode: <status> }`
 *   (same status and headers);
 * - a 2xx response whose non-empty body is not JSON → `invalid_response` with status 502 and the
 *   real status as `statusCode` (the request may well have been carried out);
 * - a thrown network error or timeout → `{ name: "network_error" | "timeout", statusCode: null }` with
 *   status 599, so the call resolves instead of throwing. The caller's own abort still rejects.
 *
 * It also records the request's method and path on each response, for `unwrap`/`toResendError`.
 * Register it first so it runs last on the way back.
 */
export function errorMiddleware(): Middleware {
  return {
    async onResponse({ request, response, options }) {
      const { ok, status, headers } = response;
      if (headers.has(SYNTHETIC_HEADER) || (ok && (options.parseAs !== 'json' || status === 204 || request.method === 'HEAD'))) {
        return attachRequestInfo(response, request);
      }
      // A 2xx body is checked even when labelled JSON: a truncated or garbled one would otherwise throw
      // from the call, and a caller could take an accepted email for a failed one and send it again.
      const text = await bodyText(response);
      if ((ok && text === '') || parsesAsJson(text)) return attachRequestInfo(response, request);
      void response.body?.cancel().catch(() => undefined);
      const message = describe(status, headers.get('content-type'), text);
      return attachRequestInfo(syntheticErrorResponse({ statusCode: status, name: 'invalid_response', message }, ok ? 502 : status, headers), request);
    },
    onError({ request, error }) {
      if (request.signal.aborted) return undefined;
      const name: ClientErrorName = error instanceof ResendError && PASSED_THROUGH.has(error.name) ? (error.name as ClientErrorName) : 'network_error';
      const message = error instanceof Error ? error.message : 'No response.';
      return attachRequestInfo(syntheticErrorResponse({ statusCode: null, name, message }), request);
    },
  };
}
