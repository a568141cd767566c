/** The request-log hook in the fake's request path: times a request and records what was answered. */
import type { FakeOutcome } from '../fake.js';
import type { RequestLog } from './request-log.js';

/** Set by the pipeline while it answers, for facts only it knows. */
export interface RequestNote {
  /** True when the answer was a replayed idempotent response. */
  replayed?: boolean;
  /** The body text as the pipeline read it (within its size cap); absent when it was never read. */
  requestBody?: string;
}

/**
 * Runs `answer` and records the request in `log`. The request body is the text the pipeline read
 * (so the log never reads past the pipeline's size cap); the response body is read from a clone, so
 * the caller still gets an unread stream.
 */
export async function observeRequest(
  log: RequestLog,
  request: Request,
  now: () => number,
  answer: (request: Request, note: RequestNote) => Promise<FakeOutcome>,
): Promise<FakeOutcome> {
  const startedAt = now();
  const started = performance.now();
  const note: RequestNote = {};
  const outcome = await answer(request, note);
  const durationMs = performance.now() - started;
  const responseBody = outcome.kind === 'response' ? await outcome.response.clone().text().catch(() => '') : '';
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
