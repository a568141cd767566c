/**
 * The client's own rules for every request, as one function over plain facts (method, schema path,
 * path parameters, headers): path parameters that would escape their segment are refused, the
 * User-Agent is set, and the send routes get an Idempotency-Key. The direct call applies it to the
 * headers it builds; openapi-fetch calls (user middleware registered, or options only openapi-fetch
 * knows) apply it as one middleware, to the request's headers.
 */
import type { Middleware } from 'openapi-fetch';
import { type HeaderAccess, type IdempotencyOptions, idempotencyRule } from './idempotency.js';
import { checkIdempotencyPaths } from './idempotency-paths.js';
import { pathParamsCheck } from './transport.js';
import { userAgentValue } from './user-agent.js';

/** Applies the rules: sets headers in place; returns the refusal (nothing is sent), or `undefined`. */
export type RequestRules = (
  method: string,
  schemaPath: string,
  params: { path?: unknown },
  headers: HeaderAccess,
) => Response | undefined;

/** Options the rules are made from (the client's). */
export interface RequestRulesOptions {
  userAgent?: string | undefined;
  idempotency?: IdempotencyOptions | false | undefined;
}

/**
 * The rules for one client. Throws `invalid_option` for a `userAgent` that would break the header, or
 * an `idempotency.paths` entry that is no schema path of the API.
 */
export function requestRules(options: RequestRulesOptions): RequestRules {
  const pathParams = pathParamsCheck();
  const userAgent = userAgentValue(options.userAgent);
  const key = options.idempotency === false ? undefined : idempotencyRule(options.idempotency || {});
  // After the rule's kind checks: `paths` is a list of strings by now.
  if (options.idempotency) checkIdempotencyPaths(options.idempotency.paths);
  return (method, schemaPath, params, headers) => {
    const refused = pathParams(schemaPath, params);
    if (refused) return refused;
    headers.set('user-agent', userAgent);
    return key?.(method, schemaPath, headers);
  };
}

/** The rules as openapi-fetch's `onRequest`: synchronous, so openapi-fetch awaits nothing of ours. */
export function rulesOnRequest(rules: RequestRules): NonNullable<Middleware['onRequest']> {
  return ({ request, schemaPath, params }) => rules(request.method, schemaPath, params, request.headers);
}
