/**
 * Idempotency keys: the send routes get a random `Idempotency-Key` when the caller gives none, so
 * every retry of one call carries the same key and an email whose response was lost is not sent
 * twice. Caller-given keys are checked (1–256 characters) before anything is sent.
 */
import type { Middleware } from 'openapi-fetch';
import { idempotentRoutes } from '@resendkit/types';
import { checkKind } from './config-error.js';
import { refusalResponse } from './failure.js';

/**
 * The schema paths whose POST gets a generated key: every operation the spec marks `x-idempotent`
 * (`POST /emails`, `POST /emails/batch`, the inbox reply, forward and draft send).
 */
const IDEMPOTENT_SEND_PATHS: readonly string[] = Object.freeze(
  idempotentRoutes.filter((route) => route.startsWith('POST ')).map((route) => route.slice(5)),
);

/** Options of {@link idempotencyMiddleware}. */
export interface IdempotencyOptions {
  /**
   * Schema paths whose POST gets a generated key when none is given: the path alone (`"/emails"`, not
   * the route `"POST /emails"` of `idempotentRoutes`). `createResendClient` refuses an entry that is
   * no schema path of the API with `invalid_option` naming it (it would match no request, so sends went
   * out without a key); `idempotencyMiddleware` takes the list as it is.
   * @defaultValue the paths the spec marks `x-idempotent` (`/emails`, `/emails/batch`, the inbox reply, forward and draft send)
   */
  paths?: readonly string[];
  /** Makes a key. @defaultValue `() => crypto.randomUUID()` */
  generateKey?: () => string;
}

/** The largest key the API accepts. */
const MAX_IDEMPOTENCY_KEY_LENGTH = 256;

/** The refusal of a generated key: the generator threw, or its key would break the header or the 1–256 rule. */
const BAD_KEY = 'generateKey threw, or its key is not 1–256 printable Latin-1 characters; nothing was sent.';

/** Headers as the request rules read and write them: a `Headers`, or a `Map` keyed by lower-case names. */
export interface HeaderAccess {
  get(name: string): string | null | undefined;
  set(name: string, value: string): unknown;
}

/**
 * The key rule over a request's headers: a caller's key is checked (1–256 characters), a send route's
 * POST without one gets a generated key. Returns the refusal (`invalid_idempotency_key`, status 400,
 * nothing sent), or `undefined` when the request may go.
 */
export function idempotencyRule(
  options: IdempotencyOptions = {},
): (method: string, schemaPath: string, headers: HeaderAccess) => Response | undefined {
  checkKind(options, 'idempotency', ['object']);
  // A string of paths would make a set of its letters: no route would get a key.
  checkKind(options.paths, 'idempotency.paths', ['strings']);
  checkKind(options.generateKey, 'idempotency.generateKey', ['function']);
  const paths = new Set(options.paths ?? IDEMPOTENT_SEND_PATHS);
  const generate = options.generateKey ?? (() => globalThis.crypto.randomUUID());
  // A UUID needs no check; a caller's generator does.
  const check = options.generateKey !== undefined;
  return (method, schemaPath, headers) => {
    const given = headers.get('idempotency-key');
    if (given != null) {
      // Count characters (code points), as the API's 1–256 rule does.
      const length = [...given].length;
      if (length >= 1 && length <= MAX_IDEMPOTENCY_KEY_LENGTH) return undefined;
      const message = `Idempotency-Key must be 1–${MAX_IDEMPOTENCY_KEY_LENGTH} characters (got ${length}); nothing was sent.`;
      return refusalResponse('invalid_idempotency_key', message);
    }
    if (method !== 'POST' || !paths.has(schemaPath)) return undefined;
    let key: unknown;
    try {
      key = generate();
    } catch (error) {
      // A generator's throw would reject the call instead of resolving `{ error }`: refused, as its cause.
      return refusalResponse('invalid_idempotency_key', BAD_KEY, error);
    }
    // A generated key that would break the header (or the 1–256 rule) is refused, not thrown.
    if (
      !check ||
      (typeof key === 'string' && /^[!-~\u00a1-\u00ff](?:[ -~\u00a0-\u00ff]{0,254}[!-~\u00a1-\u00ff])?$/.test(key))
    ) {
      headers.set('idempotency-key', key as string);
      return undefined;
    }
    return refusalResponse('invalid_idempotency_key', BAD_KEY);
  };
}

/**
 * Middleware adding `Idempotency-Key` to the send routes when missing, and refusing an invalid
 * caller key on any route: the call resolves with `{ error: { name: "invalid_idempotency_key",
 * statusCode: null } }` (status 400) and nothing is sent.
 */
export function idempotencyMiddleware(options: IdempotencyOptions = {}): Middleware {
  const rule = idempotencyRule(options);
  return { onRequest: ({ request, schemaPath }) => rule(request.method, schemaPath, request.headers) ?? request };
}
