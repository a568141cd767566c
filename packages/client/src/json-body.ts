/**
 * Bodies serialised for sending, with one refusal: a body JSON cannot hold (a `BigInt`, a cycle)
 * throws {@link UnsendableBody}, which the call guard (call-guard.ts) turns into an `invalid_option`
 * result with nothing sent, instead of the platform's `TypeError` rejecting the call. The direct
 * call and openapi-fetch (its `bodySerializer`) both serialise here, so both paths refuse alike.
 */
import { defaultBodySerializer } from 'openapi-fetch';
import type { ClientError } from './errors.js';
import { failure, syntheticErrorResponse } from './failure.js';
import { thrownText } from './shared/check-kind.js';

/** A body that cannot be sent as JSON; its `cause` is the platform's error. */
export class UnsendableBody extends Error {
  constructor(cause: unknown) {
    // The first line only: V8 draws the path of a cycle on the lines after it.
    const reason = thrownText(cause).split('\n')[0];
    super(`The body cannot be sent as JSON (${reason}); nothing was sent.`, { cause });
  }
}

/** `body` as JSON text; throws {@link UnsendableBody} when JSON cannot hold it. */
export function jsonText(body: unknown): string {
  try {
    return JSON.stringify(body);
  } catch (error) {
    throw new UnsendableBody(error);
  }
}

/**
 * openapi-fetch's own serialiser (forms, URL-encoded, JSON), its throw made an {@link UnsendableBody}.
 * It reads the request's headers too, though its published type names only the body.
 */
export function bodySerializer(body: unknown, headers?: unknown): string {
  try {
    return (defaultBodySerializer as (body: unknown, headers?: unknown) => string)(body, headers);
  } catch (error) {
    throw new UnsendableBody(error);
  }
}

/**
 * What a call that threw `thrown` resolves with when it is an {@link UnsendableBody}: `{ error,
 * response }` naming it, with the platform's error as the error's `cause` (through the made-up
 * response); anything else is thrown on. Taken on the rejection of a call only, so a call that
 * settles pays nothing for it.
 */
export function unsendableResult(thrown: unknown): { error: ClientError; response: Response } {
  if (!(thrown instanceof UnsendableBody)) throw thrown;
  const made = failure({ name: 'invalid_option', status: null, message: thrown.message, cause: thrown.cause });
  return {
    error: { statusCode: null, name: 'invalid_option', message: thrown.message },
    response: syntheticErrorResponse(made, 400),
  };
}
