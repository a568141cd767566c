/**
 * Per-call option checks, run before openapi-fetch builds its `Request`: a per-call `baseUrl` other
 * than the client's, or a malformed or `Authorization` header, resolves as a typed `{ error }` with
 * nothing sent, instead of sending the key elsewhere or throwing a platform `TypeError`.
 */
import type { Client } from 'openapi-fetch';
import { type ClientError, attachRequestInfo, syntheticErrorResponse } from './errors.js';
import { headerProblem } from './headers.js';

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

interface CallInit {
  baseUrl?: unknown;
  headers?: unknown;
  params?: { header?: unknown };
}

function refusal(init: CallInit | undefined, baseUrl: string): ClientError | undefined {
  if (init == null || typeof init !== 'object') return undefined;
  if (init.baseUrl !== undefined && init.baseUrl !== baseUrl && String(init.baseUrl).replace(/\/+$/, '') !== baseUrl) {
    return { statusCode: null, name: 'invalid_url', message: 'A per-call baseUrl is refused; nothing was sent.' };
  }
  const problem = headerProblem(init.headers, ['authorization']) ?? headerProblem(init.params?.header, ['authorization']);
  if (problem === undefined) return undefined;
  return { statusCode: null, name: 'invalid_header', message: `Refused: ${problem}; nothing was sent.` };
}

/**
 * Wraps the method calls of `client` (in place) with the checks above, and returns it. A refused call
 * resolves with `{ error, response }` (status 400) like any other failure.
 */
export function guardCalls<C extends Pick<Client<never>, (typeof METHODS)[number] | 'request'>>(client: C, baseUrl: string): C {
  type Call = (path: string, init?: CallInit) => Promise<unknown>;
  const calls = client as unknown as Record<string, Call> & { request: (method: string, path: string, init?: CallInit) => Promise<unknown> };
  const refused = (method: string, path: string, init: CallInit | undefined) => {
    const error = refusal(init, baseUrl);
    if (error === undefined) return undefined;
    const response = syntheticErrorResponse(error, 400);
    attachRequestInfo(response, { method: String(method).toUpperCase(), url: `${baseUrl}${String(path)}` } as Request);
    return Promise.resolve({ error, response });
  };
  for (const method of METHODS) {
    const call = calls[method] as Call;
    calls[method] = (path, init) => refused(method, path, init) ?? call(path, init);
  }
  const request = calls.request;
  calls.request = (method, path, init) => refused(method, path, init) ?? request(method, path, init);
  return client;
}
