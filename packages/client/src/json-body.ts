/**
 * Bodies serialised for sending, with one refusal: a body JSON cannot hold (a `BigInt`, a cycle)
 * throws {@link UnsendableBody}, which the call guard (call-guard.ts) turns into an `invalid_option`
 * result with nothing sent, instead of the platform's `TypeError` rejecting the call. The direct
 * call and openapi-fetch (its `bodySerializer`) both serialise here, so both paths refuse alike.
 */
import { defaultBodySerializer } from 'openapi-fetch';
import type { ClientError, ClientErrorName } from './errors.js';
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
 * The refusal for a call whose URL could not be built (`encodeURIComponent`'s `URIError`): the path
 * or query parameter holding a lone UTF-16 surrogate (a string cut through an emoji; `\p{Cs}` matches
 * only an unpaired one), named without its value. `undefined` when no parameter does.
 */
function unencodable(params: unknown): [name: ClientErrorName, message: string] | undefined {
  const { path, query } = (params ?? {}) as Record<string, Record<string, unknown> | undefined>;
  for (const values of [path, query])
    for (const key in values)
      if (/\p{Cs}/u.test(String(values[key]))) {
        const inPath = values === path;
        const message = `${inPath ? 'Path' : 'Query'} parameter "${key}" holds a lone UTF-16 surrogate; nothing was sent.`;
        return [inPath ? 'invalid_path_parameter' : 'invalid_option', message];
      }
  return undefined;
}

/**
 * What a call that threw `thrown` resolves with when it is an {@link UnsendableBody}, or a `URIError`
 * for a parameter of `params` no URL can carry: `{ error, response }` naming it, with the platform's
 * error as the error's `cause` (through the made-up response); anything else is thrown on. Taken on
 * the rejection of a call only, so a call that settles pays nothing for it.
 */
export function unsendableResult(thrown: unknown, params?: unknown): { error: ClientError; response: Response } {
  const cut = thrown instanceof URIError ? unencodable(params) : undefined;
  if (!cut && !(thrown instanceof UnsendableBody)) throw thrown;
  const [name, message] = cut ?? ['invalid_option', (thrown as UnsendableBody).message];
  const made = failure({ name, status: null, message, cause: cut ? thrown : (thrown as UnsendableBody).cause });
  return {
    error: { statusCode: null, name, message } as ClientError,
    response: syntheticErrorResponse(made, 400),
  };
}
