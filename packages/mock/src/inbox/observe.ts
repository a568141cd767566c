/** The request-log hook in the fake's request path: times a request and records what was answered. */
import type { FakeOutcome, RequestNote } from '../pipeline/exchange.js';
import type { RequestLog } from './request-log.js';

/**
 * The response's body read once, and a response like it with those bytes for the caller. Not
 * `response.clone()`: Node 20's fetch (undici 6.24) never frees a clone's stream, 5–8 KB a request:
 * after 70 000 requests the heap held 579 MB, the capped log included (now 29 MB).
 */
async function readAndCopy(response: Response): Promise<{ text: string; response: Response }> {
  const bytes = response.body === null ? null : new Uint8Array(await response.arrayBuffer());
  const { status, statusText, headers } = response;
  return {
    text: bytes === null ? '' : new TextDecoder().decode(bytes),
    response: new Response(bytes, { status, statusText, headers }),
  };
}

/**
 * Runs `answer` and records the request in `log` (with the facts the pipeline put in `note`). The request body is the text the pipeline read
 * (so the log never reads past the pipeline's size cap); the response body is read here and the
 * caller gets an unread copy of it.
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
  let outcome = await answer();
  const durationMs = performance.now() - started;
  let responseBody = '';
  if (outcome.kind === 'response') {
    const read = await readAndCopy(outcome.response);
    outcome = { ...outcome, response: read.response };
    responseBody = read.text;
  }
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
