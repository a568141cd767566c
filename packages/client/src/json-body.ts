/**
 * Bodies serialised for sending, with one refusal: a body JSON cannot hold (a `BigInt`, a cycle)
 * throws {@link UnsendableBody}, which the call guard (call-guard.ts) turns into an `invalid_option`
 * result with nothing sent, instead of the platform's `TypeError` rejecting the call. The direct
 * call and openapi-fetch (its `bodySerializer`) both serialise here, so both paths refuse alike.
 */
import { defaultBodySerializer } from 'openapi-fetch';

/** A body that cannot be sent as JSON; its `cause` is the platform's error. */
export class UnsendableBody extends Error {
  constructor(cause: unknown) {
    // The first line only: V8 draws the path of a cycle on the lines after it.
    const reason = (cause instanceof Error ? cause.message : String(cause)).split('\n')[0];
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
