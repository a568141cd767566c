/** The request-log hook in the fake's request path: times a request and records what was answered. */
import type { FakeOutcome } from '../fake.js';
import type { RequestLog } from './request-log.js';

/** Set by the pipeline while it answers, for facts only it knows. */
export interface RequestNote {
  /** True when the answer was a replayed idempotent response. */
  replayed?: boolean;
}

/**
 * Runs `answer` and records the request in `log`. The bodies are read from clones, so neither the
 * pipeline nor the caller sees a consumed stream.
 */
export async function observeRequest(
  log: RequestLog,
  request: Request,
  now: () => number,
  answer: (request: Request, note: RequestNote) => Promise<FakeOutcome>,
): Promise<FakeOutcome> {
  const startedAt = now();
  const started = performance.now();
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== null;
  const requestBody = hasBody ? request.clone().text() : Promise.resolve('');
  // A body that cannot be read is the pipeline's problem to report; the log keeps what it got.
  requestBody.catch(() => undefined);
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
    idempotencyKey: request.headers.get('idempotency-key'),
    replayed: note.replayed === true,
    requestBody: await requestBody.catch(() => ''),
    status: outcome.kind === 'response' ? outcome.response.status : null,
    responseBody,
  });
  return outcome;
}
