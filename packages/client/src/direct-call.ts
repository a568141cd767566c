/**
 * The direct call: how a call leaves when nothing needs openapi-fetch's `Request`, which is every call
 * while no middleware is registered with `use()` and the call's options are ones the client knows
 * (`params`, `body`, `headers`, `signal`, its own per-call stacks). It builds the attempt as plain
 * data, with openapi-fetch's own URL serializers and its header-merging rules, applies the client's
 * request rules, sends it down the same stack, puts the answer through the same checks and parses it
 * as openapi-fetch does: the result is the one openapi-fetch would give.
 *
 * Why: openapi-fetch's request building (merged `Headers` twice, a `Request`, an id, a frozen options
 * object, an awaited loop per middleware phase) is most of the client's own CPU per call on Node 22+,
 * Bun and Deno; see bench/README.md for the figures. Any call it does not cover (user middleware, a
 * `FormData` or form-encoded body, a `fetch` of the caller's, `parseAs`) takes openapi-fetch as
 * before. Header pairs never get here: the client makes them records first (its construction and the
 * call guard), so the common record or no headers costs nothing more.
 */
import { createFinalURL, defaultPathSerializer } from 'openapi-fetch';
import { checkedAnswer, failedAnswer } from './error-middleware.js';
import { jsonText, unsendableResult } from './json-body.js';
import {
  type Attempt,
  type Send,
  headerOf,
  heldText,
  isHeld,
  peekJson,
  readJson,
  readText,
  responseHeader,
} from './internal/index.js';
import type { RequestRules } from './request-rules.js';

/** The call options the direct call understands; any other key sends the call through openapi-fetch. */
interface DirectInit {
  method?: unknown;
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: unknown };
  body?: unknown;
  headers?: unknown;
  signal?: AbortSignal | null;
  fetch?: unknown;
  baseUrl?: unknown;
}

const KNOWN_KEYS = new Set(['method', 'params', 'body', 'headers', 'signal', 'fetch', 'baseUrl']);

/** A header name openapi-fetch's `Headers` would accept (an RFC 9110 token). */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** What a client gives its direct call. */
export interface DirectCallOptions {
  baseUrl: string;
  /** The client's `headers` option, made a record (see `headerRecord`). */
  baseHeaders: unknown;
  querySerializer: (query: Record<string, unknown>) => string;
  rules: RequestRules;
  /** The stack a call's `fetch` option stands for (`undefined`: the default one); `undefined` for a fetch not the client's. */
  sendOf: (fetch: unknown) => Send | undefined;
  /** True while users' middleware is registered: every call then takes openapi-fetch. */
  hasUserMiddleware: () => boolean;
}

/**
 * Sends one call directly; `undefined` when it must take openapi-fetch. `onAttempt` sees the attempt
 * before it is sent (telemetry ties it to the call's trace).
 */
export type DirectCall = (
  method: string,
  schemaPath: string,
  init: unknown,
  onAttempt?: (attempt: Attempt) => void,
) => Promise<unknown> | undefined;

/**
 * Headers as the pairs an attempt carries, with names in lower case: a call has a handful, so a
 * search of the pairs beats a `Map` and its copy into pairs (~0.3 µs a call on Node 24).
 */
class HeaderPairs {
  readonly pairs: [string, string][] = [];

  get(name: string): string | undefined {
    return headerOf(this.pairs, name);
  }

  set(name: string, value: string): void {
    for (const pair of this.pairs) if (pair[0] === name) return void (pair[1] = value);
    this.pairs.push([name, value]);
  }

  delete(name: string): void {
    const at = this.pairs.findIndex((pair) => pair[0] === name);
    if (at !== -1) this.pairs.splice(at, 1);
  }
}

/**
 * Merges header sources as openapi-fetch does (later sources win, `null` removes, arrays append,
 * names lower case). `undefined` for a source it cannot take as it is (pairs, which the client has
 * made records before, a name that is not a token, a `Content-Type` that would change how the body
 * is serialised).
 */
function mergedHeaders(merged: HeaderPairs, sources: unknown[]): HeaderPairs | undefined {
  for (const source of sources) {
    if (!source || typeof source !== 'object') continue;
    if (Array.isArray(source)) return undefined;
    const entries = source instanceof Headers ? source.entries() : Object.entries(source);
    for (const [rawName, value] of entries as Iterable<[string, unknown]>) {
      const name = rawName.toLowerCase();
      if (!TOKEN.test(name) || name === 'content-type') return undefined;
      if (value === null) merged.delete(name);
      else if (Array.isArray(value)) {
        for (const v of value) {
          const text = String(v).trim();
          const had = merged.get(name);
          merged.set(name, had === undefined ? text : `${had}, ${text}`);
        }
      } else if (value !== undefined) merged.set(name, String(value).trim());
    }
  }
  return merged;
}

/** The result openapi-fetch makes of a response (same fields, same parsing). */
function resultOf(method: string, response: Response): unknown {
  const { ok, status } = response;
  const length = responseHeader(response, 'content-length');
  if (
    status === 204 ||
    method === 'HEAD' ||
    (length === '0' && !responseHeader(response, 'transfer-encoding')?.includes('chunked'))
  )
    return ok ? { data: undefined, response } : { error: undefined, response };
  // A body the wire holds aside is at hand: read without a promise (each costs allocations per call).
  const text = heldText(response);
  if (text === undefined) return parsedResult(response, ok, length);
  if (ok) return { data: text || length ? peekJson(response) : undefined, response };
  return { error: errorBody(text), response };
}

/** {@link resultOf} for a body not held aside. */
async function parsedResult(response: Response, ok: boolean, length: string | null): Promise<unknown> {
  if (ok) {
    if (length) return { data: await readJson(response), response };
    const raw = await readText(response);
    // A body the wire holds (a buffered response) is parsed once, however many layers looked at it.
    return { data: raw ? (isHeld(response) ? peekJson(response) : JSON.parse(raw)) : undefined, response };
  }
  return { error: errorBody(await readText(response)), response };
}

/** An error body as openapi-fetch leaves it: parsed when JSON, else the text (the checks made it a typed one). */
function errorBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Sends `attempt` down `send` and makes the result; a thrown failure becomes its error answer (a caller's abort rethrows). */
async function answerTo(send: Send, attempt: Attempt, schemaPath: string): Promise<unknown> {
  let response: Response;
  try {
    response = await send(attempt);
  } catch (error) {
    const failed = failedAnswer(error, attempt.signal?.aborted === true, attempt);
    if (!failed) throw error;
    response = failed;
  }
  const checked = checkedAnswer(attempt.method, schemaPath, response);
  return resultOf(attempt.method, checked instanceof Promise ? await checked : checked);
}

/** The direct call of one client. */
export function directCall(options: DirectCallOptions): DirectCall {
  const { baseUrl, baseHeaders, querySerializer, rules, sendOf, hasUserMiddleware } = options;
  return (method, schemaPath, init, onAttempt) => {
    if (hasUserMiddleware() || (init != null && typeof init !== 'object')) return undefined;
    const given = (init ?? {}) as DirectInit;
    for (const key in given) if (!KNOWN_KEYS.has(key)) return undefined;
    const send = sendOf(given.fetch);
    const { body } = given;
    if (!send || (typeof FormData !== 'undefined' && body instanceof FormData)) return undefined;
    const params = given.params ?? {};
    // Content-Type first: no source may set it (see mergedHeaders), so it is openapi-fetch's default.
    const typed = new HeaderPairs();
    if (body !== undefined) typed.set('content-type', 'application/json');
    const headers = mergedHeaders(typed, [baseHeaders, given.headers, params.header]);
    if (!headers) return undefined;
    // Not an async function: the promise is `answerTo`'s own (an async wrapper was allocations on
    // every call); whatever throws before it rejects the call, as it does through openapi-fetch.
    try {
      const url = createFinalURL(schemaPath, {
        baseUrl,
        params,
        querySerializer,
        pathSerializer: defaultPathSerializer,
      });
      const serialized = body === undefined ? null : jsonText(body);
      const refused = rules(method, schemaPath, params, headers);
      if (refused) return Promise.resolve(resultOf(method, refused));
      // The answer is read here only, through the door: the wire need not build a second Response.
      const attempt: Attempt = {
        url,
        method,
        headers: headers.pairs,
        body: serialized,
        redirect: 'follow',
        heldBody: true,
        signal: given.signal ?? undefined,
      };
      onAttempt?.(attempt);
      return answerTo(send, attempt, schemaPath);
    } catch (error) {
      // A body JSON cannot hold, or a parameter no URL can carry, resolves as a refusal here, as
      // through openapi-fetch (json-body.ts).
      return new Promise((resolve) => resolve(unsendableResult(error, params)));
    }
  };
}
