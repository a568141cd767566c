/** The request-log hook in the fake's request path: times a request and records what was answered. */
import type { FakeOutcome, RequestNote } from '../pipeline/exchange.js';
import type { RequestLog } from './request-log.js';

/**
 * Runs `answer` and records the request in `log` (with the facts the pipeline put in `note`). The request body is the text the pipeline read
 * (so the log never reads past the pipeline's size cap); the response body is read from a clone, so
 * the caller still gets an unread stream.
 */
export async function observeRequest(
  log: RequestLog,
  request: Request,
  now: () => number,
  note: RequestNote,
  answer: () => Promise<FakeOutcome>,
): Promise<FakeOutcome> {
  const startedAt = now();
  const started = performance.now();
  const outcome = await answer();
  const durationMs = performance.now() - started;
  const responseBody =
    outcome.kind === 'response'
      ? await outcome.response
          .clone()
          .text()
          .catch(() => '')
      : '';
  const url = new URL(request.url);
  log.record({
    method: request.method.toUpperCase(),
    path: url.pathname + url.search,
    startedAt,
    durationMs,
    authorization: request.headers.get('authorization'),
    userAgent: request.headers.get('user-agent'),
    idempotencyKey: request.headers.get('idempotency-key'),
    replayed: note.replayed === true,
    requestBody: note.requestBody ?? '',
    status: outcome.kind === 'response' ? outcome.response.status : null,
    responseBody,
  });
  return outcome;
}
