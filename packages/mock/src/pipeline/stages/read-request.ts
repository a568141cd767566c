/** Read and validate: the body (within its size cap), the idempotency key's form, then the spec's checks. */
import { checkIdempotencyKey } from '../../idempotency.js';
import type { Operation } from '../../spec.js';
import { MAX_BODY_BYTES, MAX_MULTIPART_BODY_BYTES, readBody } from '../../read-body.js';
import type { Stage } from '../exchange.js';
import type { FakeRuntime } from '../runtime.js';

/**
 * A permissive batch (`x-batch-validation: permissive`, on an operation that declares the header)
 * refuses invalid emails one by one, so its items are validated one by one too.
 */
function judgesEachItem(operation: Operation, headers: Headers): boolean {
  const declared = operation.parameters.some((p) => p.in === 'header' && p.name === 'x-batch-validation');
  return declared && headers.get('x-batch-validation') === 'permissive';
}

export function readRequestStage(runtime: FakeRuntime): Stage {
  return async (exchange, next) => {
    const { request, method, operation } = exchange;
    const multipart = /^multipart\//i.test(request.headers.get('content-type') ?? '');
    const raw =
      method === 'GET' || method === 'HEAD'
        ? ''
        : await readBody(request, multipart ? MAX_MULTIPART_BODY_BYTES : MAX_BODY_BYTES);
    exchange.note.requestBody = raw;
    if (operation!.idempotent) checkIdempotencyKey(request.headers.get('idempotency-key'));
    const checked = runtime.validator.validateRequest(
      operation!,
      exchange.params!,
      exchange.url.searchParams,
      raw,
      request.headers.get('content-type'),
      judgesEachItem(operation!, request.headers),
    );
    exchange.query = checked.query;
    exchange.body = checked.body;
    exchange.itemErrors = checked.itemErrors;
    return next();
  };
}
