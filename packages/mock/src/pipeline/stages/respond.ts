/**
 * Respond: the operation's answer as JSON fitted to its response schema (checked against it with
 * `validateResponses`), stored for idempotent replays, with the rate-limit headers and a `location`
 * for 3xx answers.
 */
import { ApiError } from '../../api-error.js';
import type { StoredResponse } from '../../idempotency.js';
import { successStatus } from '../../spec.js';
import { answer, JSON_TYPE, type Stage } from '../exchange.js';
import type { FakeRuntime } from '../runtime.js';
import type { SpecResponses } from '../spec-responses.js';

export function respondStage(runtime: FakeRuntime, responses: SpecResponses): Stage {
  return (exchange) => {
    const operation = exchange.operation!;
    const result = exchange.result ?? { body: undefined, handled: false };
    const status = result.status ?? successStatus(operation);
    const pointer = responses.schemaPointer(operation, status);
    let payload = result.handled ? result.body : responses.example(operation, status, exchange.params ?? []);
    if (result.handled && pointer) payload = responses.fit(payload, pointer);
    if (runtime.options.validateResponses && pointer) {
      const problem = runtime.validator.check(pointer, payload);
      if (problem)
        throw new ApiError(
          500,
          'application_error',
          `Response does not match ${operation.method} ${operation.template} ${status}: ${problem}`,
        );
    }
    const text = payload === undefined || payload === null ? '' : JSON.stringify(payload);
    const stored: StoredResponse = { status, body: text, headers: text ? { 'content-type': JSON_TYPE } : {} };
    exchange.stored = stored;
    const redirect: Record<string, string> =
      status >= 300 && status < 400
        ? { location: result.headers?.location ?? responses.redirectLocation(operation, status) }
        : {};
    return Promise.resolve(
      answer(new Response(text || null, { status, headers: { ...stored.headers, ...exchange.headers, ...redirect } })),
    );
  };
}
