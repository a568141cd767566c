/**
 * Error normalisation, as openapi-fetch middleware: every failure reaches the caller as `{ error }`
 * with a `name` (never a throw, never a string): non-JSON error bodies become `invalid_response`,
 * and network failures/timeouts that survived the retries become `network_error`/`timeout`.
 */
import type { Middleware } from 'openapi-fetch';
import {
  type ClientErrorName,
  ResendError,
  SYNTHETIC_HEADER,
  attachRequestInfo,

  syntheticErrorResponse,
} from './errors.js';

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
    return 'Blocked in front of the API (403, error code 1010): the request had no acceptable User-Agent header.';
  }
  const snippet = text.replace(/\s+/g, ' ').trim().slice(0, 120);
  const type = contentType ?? 'no content type';
  return snippet === ''
    ? `HTTP ${status} with an empty body (${type}) where a JSON body was expected.`
    : `HTTP ${status} with a non-JSON body (${type}) where JSON was expected: ${snippet}`;
}

/** Response headers worth keeping on a replaced response (rate-limit and retry hints). */
function keptHeaders(response: Response): Headers {
  const headers = new Headers();
  for (const [name, value] of response.headers) {
    if (name === 'retry-after' || name.startsWith('ratelimit-') || name.startsWith('x-resend-')) headers.set(name, value);
  }
  return headers;
}

/**
 * Middleware turning every failure into a typed `error`:
 * - an error response whose body is empty or not JSON → `{ name: "invalid_response", statusCode: <status> }`
 *   (same status, rate-limit headers kept);
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
      attachRequestInfo(response, request);
      if (response.headers.has(SYNTHETIC_HEADER)) return undefined;
      const contentType = response.headers.get('content-type');
      if (response.ok) {
        if (options.parseAs !== 'json' || response.status === 204 || request.method === 'HEAD') return undefined;
        // Checked even when labelled JSON: a truncated or garbled 2xx body would otherwise throw from
        // the call, and a caller could take an accepted email for a failed one and send it again.
        const text = await response.clone().text();
        if (text === '' || parsesAsJson(text)) return undefined;
        void response.body?.cancel().catch(() => undefined);
        const replaced = syntheticErrorResponse(
          { statusCode: response.status, name: 'invalid_response', message: describe(response.status, contentType, text) },
          502,
          keptHeaders(response),
        );
        attachRequestInfo(replaced, request);
        return replaced;
      }
      const text = await response.clone().text();
      if (text !== '' && parsesAsJson(text)) return undefined;
      void response.body?.cancel().catch(() => undefined);
      const replaced = syntheticErrorResponse(
        { statusCode: response.status, name: 'invalid_response', message: describe(response.status, contentType, text) },
        response.status,
        keptHeaders(response),
      );
      attachRequestInfo(replaced, request);
      return replaced;
    },
    onError({ request, error }) {
      if (request.signal.aborted) return undefined;
      const name: ClientErrorName =
        error instanceof ResendError && (error.name === 'timeout' || error.name === 'queue_full')
          ? error.name
          : 'network_error';
      const message = error instanceof Error ? error.message : 'The request failed without a response.';
      const response = syntheticErrorResponse({ statusCode: null, name, message });
      attachRequestInfo(response, request);
      return response;
    },
  };
}
