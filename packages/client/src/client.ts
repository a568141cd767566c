/**
 * `createResendClient`: an openapi-fetch client typed by `@resendkit/types`, whose custom fetch is
 * the composition retry → rate limit → timeout → auth → redirects → fetch (see `attempt.ts`), with middleware for the
 * User-Agent, idempotency keys, path-parameter safety and typed errors.
 */
import createClient, { type Client, type HeadersOptions, type Middleware, createQuerySerializer } from 'openapi-fetch';
import type { paths } from '@resendkit/types';
import { validateApiKey, withAuth } from './auth.js';
import { ResendConfigError, checkKind, checkNumber, configFailure } from './config-error.js';
import { checkOptionNames, kindOf } from './shared/check-kind.js';
import { clientDefaults } from './defaults.js';
import { errorMiddleware } from './error-middleware.js';
import type { ClientErrorBody } from './errors.js';
import { clientWire } from './fetch-send.js';
import { type FetchLike, type Send, type WirePath, PlainRequest, toFetch } from './internal/index.js';
import { headerKindProblem, headerProblem, headerRecord } from './headers.js';
import { guardCalls } from './call-guard.js';
import { directCall } from './direct-call.js';
import { bodySerializer } from './json-body.js';
import type { IdempotencyOptions } from './idempotency.js';
import { type RequestRules, requestRules, rulesOnRequest } from './request-rules.js';
import {
  LIMITER_OPTION_NAMES,
  type RateLimitLane,
  RateLimiter,
  type RateLimiterOptions,
  sharedRateLimiter,
  withRateLimit,
} from './rate-limit.js';
import { type RetryOptions, withRetry } from './retry.js';
import { withTimeout } from './timeout.js';
import { DEFAULT_BASE_URL, validateBaseUrl, withRedirects } from './transport.js';
import type { CallOptions } from './call-options.js';
import type { ResendMethods } from './generated/methods.js';
import { type MethodCaller, attachMethods } from './methods.js';
// After methods.js, which imports the generated tables it reads first: their place in the bundle stays.
import { withCommaQueries } from './comma-queries.js';
import { type ReceivingHelpers, addReceivingHelpers } from './receiving.js';
import { readEnvironment } from './environment.js';
import { platformMiddlewareFor } from './user-middleware.js';
import { countUserMiddleware } from './user-middleware-count.js';
import type { ClientEventListener, ClientEventMap } from './telemetry/events.js';
import { attachObserver } from './telemetry/observer.js';
import { type ObservabilityOptions, observability } from './telemetry/setup.js';

/** The response every operation may also produce: one of this client's own failures. */
interface ClientErrorResponseObject {
  headers: { [name: string]: unknown };
  content: { 'application/json': ClientErrorBody };
}

/** An operation with {@link ClientErrorBody} added as its `default` response. */
export type WithClientErrors<Operation> = [Operation] extends [{ responses: infer R }]
  ? Omit<Operation, 'responses'> & { responses: R & { default: ClientErrorResponseObject } }
  : Operation;

/**
 * `paths` from `@resendkit/types` with {@link ClientErrorBody} added to every operation's responses, so
 * a call's `error` is typed `ErrorResponse | ClientErrorBody`.
 */
export type ResendPaths = {
  [P in keyof paths]: { [M in keyof paths[P]]: WithClientErrors<paths[P][M]> };
};

/** The media types the client parses: JSON only (non-JSON error bodies become `invalid_response`). */
export type JsonMediaType = `${string}/json`;

/**
 * What `createResendClient()` returns: the endpoint methods (`resend.emails.get(id)`), openapi-fetch's
 * path-based calls (`resend.GET("/emails/{email_id}", …)`) and the limiter in use.
 */
export type ResendClient = Client<ResendPaths, JsonMediaType> &
  ResendMethods & {
    /** The inbound helpers the SDK has beside the routes: `raw` and `forward` (see `receiving.ts`). */
    readonly emails: { readonly receiving: ReceivingHelpers };
    /** The rate limiter this client draws from (shared per team/base URL), or `undefined` when off. */
    readonly limiter: RateLimiter | undefined;
    /** The base URL requests go to. */
    readonly baseUrl: string;
    /**
     * Which way the next request leaves: `node` (on Node's own `fetch`, straight to the undici
     * dispatcher beneath it: the fast path) or `fetch` (Bun, Deno, workers, browsers, a `fetch` option,
     * or `globalThis.fetch` replaced by msw or an instrumentation). Check it where speed matters: a
     * Node whose undici the client does not know takes `fetch`, slower but as correct.
     */
    readonly transport: WirePath;
    /**
     * Listens to `request`, `response`, `retry`, `rate_limit_wait` or `error` events (the facts the
     * OpenTelemetry spans carry: route templates, statuses, attempts, waits; never addresses, bodies,
     * keys or email ids). Returns what stops listening. A listener that throws is ignored.
     */
    on<E extends keyof ClientEventMap>(event: E, listener: ClientEventListener<E>): () => void;
    /**
     * The client's fetch in the limiter's `bulk` lane, for path-based calls:
     * `resend.POST('/emails/batch', { body, fetch: resend.bulkFetch })` (methods take `{ priority: 'bulk' }`).
     */
    readonly bulkFetch: FetchLike;
  };

/** `rateLimit` option: the limiter's settings plus how to share it. */
export interface RateLimitOptions extends RateLimiterOptions {
  /**
   * Groups clients that share one limiter. Clients without `team` share by base-URL origin, which is
   * right when one process uses one Resend team; give each team a name when it uses several.
   */
  team?: string;
  /** Use this limiter instead of the shared one (the other rate-limit options are then ignored). */
  limiter?: RateLimiter;
}

/** Options of {@link createResendClient}. */
export interface ResendClientOptions extends ObservabilityOptions {
  /** The API key (`re_…`). @defaultValue the `RESEND_API_KEY` environment variable (`process.env`, else `Deno.env`; an unreadable environment counts as unset); missing → throws at construction */
  apiKey?: string;
  /** Where the API is. https only; plain http only for localhost/127.0.0.0/8/[::1] (elsewhere with `allowInsecureBaseUrl`). @defaultValue the `RESEND_BASE_URL` environment variable (read like `apiKey`), else `https://api.resend.com` */
  baseUrl?: string;
  /**
   * Allow a plain `http:` base URL to a host that is not loopback, such as `http://resend-mock:3000`
   * in a docker compose network. The API key then travels unencrypted, readable by anyone on the
   * path: use it only for a fake on a private network, never for Resend itself.
   * @defaultValue false
   */
  allowInsecureBaseUrl?: boolean;
  /** Your app's product token, sent before ours: `my-app/1.0` → `my-app/1.0 resendkit/0.1.0 node/20.20.2`. */
  userAgent?: string;
  /** Client-side rate limiting, or `false`. @defaultValue on: 5 requests per 1000 ms, shared per base-URL origin, adopting the server's `ratelimit-limit` */
  rateLimit?: RateLimitOptions | false;
  /** Retries, or `false`. @defaultValue on: 2 retries, 500 ms backoff base, 10 s cap (see {@link RetryOptions}) */
  retry?: RetryOptions | false;
  /** Time limit of each attempt, until the whole response has arrived, in ms; `0` for none. @defaultValue 30000 */
  timeoutMs?: number;
  /** The fetch to use, looked up on every attempt. @defaultValue `globalThis.fetch` at call time */
  fetch?: FetchLike;
  /**
   * Headers sent with every request (e.g. `x-batch-validation`): a record, a `Headers` or
   * `[name, value]` pairs (a name given twice sends its values joined with ", "). `Authorization`
   * (always ours) and `Idempotency-Key` in any case (every send would reuse it, and all but the first
   * be replayed, not sent) are refused, as are CR/LF and non-Latin-1 values and any other kind (a
   * `Map`, a number): `ResendConfigError` `invalid_option`.
   * @defaultValue none
   */
  headers?: HeadersOptions;
  /** Largest response body read, in bytes; a larger one fails the call as `response_too_large`. @defaultValue 33554432 (32 MiB) */
  maxResponseBytes?: number;
  /** Redirects followed (to another origin only without a body, and with no credentials or custom headers). @defaultValue 5 */
  maxRedirects?: number;
  /** Idempotency-Key generation for the send routes, or `false` to leave keys to the caller. @defaultValue on: a random UUID per `POST /emails` and `POST /emails/batch` call without one */
  idempotency?: IdempotencyOptions | false;
}

/** openapi-fetch's per-request options for {@link CallOptions}; a stack of its own only when `timeoutMs` or `retry` is overridden (`priority` alone picks a stack made once). */
function callInit(
  options: CallOptions,
  stack: (timeoutMs: number | undefined, retry: RetryOptions | false | undefined, lane: RateLimitLane) => FetchLike,
  bulkFetch: FetchLike,
): { signal?: AbortSignal; headers?: Record<string, string>; fetch?: FetchLike } {
  const init: { signal?: AbortSignal; headers?: Record<string, string>; fetch?: FetchLike } = {};
  // A falsy `0` or `''` too: dropped, it would send unabortable; the call's checks refuse what is no AbortSignal.
  if (options.signal != null) init.signal = options.signal;
  // A `Headers` or pairs made a record first (checkCallOptions refused other kinds): a spread of a
  // `Headers` is `{}` and of pairs `0: …` headers, either losing the caller's Idempotency-Key.
  const headers = headerRecord(options.headers);
  if (headers || options.idempotencyKey !== undefined) {
    init.headers = {
      ...(headers as Record<string, string> | undefined),
      ...(options.idempotencyKey === undefined ? {} : { 'idempotency-key': options.idempotencyKey }),
    };
  }
  const lane = options.priority ?? 'interactive';
  if (options.timeoutMs !== undefined || options.retry !== undefined)
    init.fetch = stack(options.timeoutMs, options.retry, lane);
  else if (lane === 'bulk') init.fetch = bulkFetch;
  return init;
}

/** Every option `createResendClient` reads (`test/input-checks.test.ts` holds it to {@link ResendClientOptions}). */
export const CLIENT_OPTION_NAMES = [
  'apiKey',
  'baseUrl',
  'allowInsecureBaseUrl',
  'userAgent',
  'rateLimit',
  'retry',
  'timeoutMs',
  'fetch',
  'headers',
  'maxResponseBytes',
  'maxRedirects',
  'idempotency',
  'telemetry',
  'logLevel',
  'logger',
  'hooks',
] as const satisfies readonly (keyof ResendClientOptions)[];

/** Every per-call option a method reads (`test/input-checks.test.ts` holds it to {@link CallOptions}). */
export const CALL_OPTION_NAMES = [
  'signal',
  'headers',
  'idempotencyKey',
  'timeoutMs',
  'retry',
  'priority',
] as const satisfies readonly (keyof CallOptions)[];

/**
 * Every option `retry` reads (here, not in `withRetry`: a composed client gets its options from
 * code, and stays small). A misspelt one (`max_delay_ms`) would leave its default in force.
 */
const RETRY_OPTION_NAMES = [
  'retries',
  'baseDelayMs',
  'maxDelayMs',
  'maxRetryAfterMs',
  'random',
  'onRetry',
  'sleep',
] as const satisfies readonly (keyof RetryOptions)[];

/** Every option `idempotency` reads: a misspelt `generate_key` would leave random keys in force. */
const IDEMPOTENCY_OPTION_NAMES = ['paths', 'generateKey'] as const satisfies readonly (keyof IdempotencyOptions)[];

/** Every option `rateLimit` reads: a misspelt one (`windowMS`) would leave its default in force. */
const RATE_LIMIT_OPTION_NAMES = [
  ...LIMITER_OPTION_NAMES,
  'team',
  'limiter',
] as const satisfies readonly (keyof RateLimitOptions)[];

/** Throws `invalid_option` for a name `retry` settings (the client's or a call's) do not have. */
function checkRetryNames(retry: RetryOptions | false | null | undefined): void {
  if (retry) checkOptionNames(retry, RETRY_OPTION_NAMES, 'retry', configFailure);
}

/**
 * The key and base URL, checked, the client-wide headers as a record (pairs and a `Headers` made one,
 * see headerRecord), and the other options that cannot be checked later.
 */
function checkedOptions(options: ResendClientOptions): { apiKey: string; baseUrl: string; headers: unknown } {
  checkKind(options, 'options', ['object']);
  checkOptionNames(options, CLIENT_OPTION_NAMES, 'createResendClient', configFailure);
  checkKind(options.allowInsecureBaseUrl, 'allowInsecureBaseUrl', ['boolean']);
  // `null` stands for unset here, as `undefined` does: the defaults apply.
  for (const name of ['rateLimit', 'retry', 'idempotency'] as const)
    if (options[name] !== null) checkKind(options[name], name, ['object', 'false']);
  checkRetryNames(options.retry);
  if (options.idempotency)
    checkOptionNames(options.idempotency, IDEMPOTENCY_OPTION_NAMES, 'idempotency', configFailure);
  const apiKey = validateApiKey(options.apiKey ?? readEnvironment('RESEND_API_KEY'));
  const baseUrl = validateBaseUrl(options.baseUrl ?? readEnvironment('RESEND_BASE_URL') ?? DEFAULT_BASE_URL, {
    allowInsecure: options.allowInsecureBaseUrl === true,
    apiKey,
  });
  checkKind(options.fetch, 'fetch', ['function']);
  const badHeaders = headerProblem(options.headers, ['authorization', 'idempotency-key']);
  if (badHeaders !== undefined) throw new ResendConfigError('invalid_option', `headers: ${badHeaders}.`);
  return { apiKey, baseUrl, headers: headerRecord(options.headers) };
}

/** The limiter the client draws from: the one given, else the one shared per team or base-URL origin. */
function limiterFor(options: ResendClientOptions, baseUrl: string): RateLimiter | undefined {
  if (options.rateLimit === false) return undefined;
  checkOptionNames(options.rateLimit ?? {}, RATE_LIMIT_OPTION_NAMES, 'rateLimit', configFailure);
  const { team, limiter: given, ...limiterOptions } = options.rateLimit ?? {};
  checkKind(team, 'rateLimit.team', ['string']);
  if (given !== undefined && typeof (given as Partial<RateLimiter> | null)?.acquire !== 'function') {
    throw new ResendConfigError('invalid_option', `rateLimit.limiter must be a RateLimiter (got ${kindOf(given)}).`);
  }
  return given ?? sharedRateLimiter(team === undefined ? new URL(baseUrl).origin : `team:${team}`, limiterOptions);
}

/**
 * The client's own middleware for calls that take openapi-fetch, as one registration: the request
 * rules (path parameters, User-Agent, idempotency keys) and the error normalisation. openapi-fetch
 * builds a context and awaits once per middleware and phase, so one registration costs half of two.
 */
function ownMiddleware(rules: RequestRules): Middleware {
  return { ...errorMiddleware(), onRequest: rulesOnRequest(rules) } as Middleware;
}

/** The client's path-based calls once guarded (`guardCalls`), by method name. */
type GuardedCalls = Record<string, (path: string, init: object) => Promise<unknown>>;

/** A stack of sends for a time limit, retries and a lane (see {@link sendStacks}). */
type StackOf = (timeoutMs: number, retry: RetryOptions | false, lane?: RateLimitLane) => FetchLike;

/**
 * The layers above auth, as openapi-fetch's `fetch`: made once for the client's defaults and again
 * only for a call that overrides `timeoutMs` or `retry`; `sendOf` finds the `Send` beneath a stack's
 * `fetch`, for the direct call. The observer's layers pass attempts straight on while no telemetry is on.
 */
function sendStacks(
  authed: Send,
  limiter: RateLimiter | undefined,
  observer: ReturnType<typeof observability>['observer'],
): { stack: StackOf; sendOf: (fetch: FetchLike) => Send | undefined } {
  const sends = new WeakMap<FetchLike, Send>();
  const stack: StackOf = (timeoutMs, retry, lane = 'interactive') => {
    let send = observer.withWire(withTimeout(authed, timeoutMs), () => lane, limiter !== undefined);
    if (limiter) send = withRateLimit(send, limiter, { lane });
    send = observer.withAttempts(send);
    if (retry !== false) send = withRetry(send, retry);
    send = observer.withCallTrace(send);
    const fetch = toFetch(send);
    sends.set(fetch, send);
    return fetch;
  };
  return { stack, sendOf: (fetch) => sends.get(fetch) };
}

/**
 * Throws `invalid_option` for call options that are not an object, a `priority` that is not a lane,
 * a `retry` that is neither options nor `false`, an `idempotencyKey` that is not a string, or
 * `headers` of none of openapi-fetch's forms (a `Map`, a number): read as they are, each would quietly
 * mean something else (the defaults, a lane no budget knows, a key shared or made up, headers
 * dropped). Their numbers are checked where they are used.
 */
function checkCallOptions(options: CallOptions): void {
  checkKind(options, 'call options', ['object']);
  // A misspelt `idempotencyKey` would send under a random key: a later re-run would send again.
  checkOptionNames(options, CALL_OPTION_NAMES, 'A call', configFailure);
  const { priority } = options;
  if (priority !== undefined && priority !== 'interactive' && priority !== 'bulk') {
    const shown = typeof priority === 'string' ? JSON.stringify(priority) : kindOf(priority);
    throw new ResendConfigError('invalid_option', `priority must be "interactive" or "bulk" (got ${shown}).`);
  }
  if (options.retry !== null) checkKind(options.retry, 'retry', ['object', 'false']);
  checkRetryNames(options.retry);
  // Made text, `true` or `NaN` would be one key shared by every call given it (all but the first
  // answered, not sent), and `null` a random one (a re-run would send again).
  checkKind(options.idempotencyKey, 'idempotencyKey', ['string']);
  // A `Map` or a number would be dropped, or its Idempotency-Key lost to a random one.
  const badHeaders = headerKindProblem(options.headers);
  if (badHeaders !== undefined) throw new ResendConfigError('invalid_option', `headers: ${badHeaders}.`);
}

/** What endpoint methods call: a guarded path-based call, with the call's own options turned into openapi-fetch's. */
function methodCaller(
  guarded: GuardedCalls,
  stack: (timeoutMs: number | undefined, retry: RetryOptions | false | undefined, lane: RateLimitLane) => FetchLike,
  bulkFetch: FetchLike,
): MethodCaller {
  return async (method, path, init, callOptions) => {
    let perCall: ReturnType<typeof callInit> | undefined;
    if (callOptions !== undefined) {
      checkCallOptions(callOptions);
      perCall = callInit(callOptions, stack, bulkFetch);
    }
    return guarded[method]!(path, { ...init, ...perCall });
  };
}

/** A call's time limit and retries: its own `timeoutMs` and `retry` over the client's. */
type CallLimits = (
  timeoutMs: number | undefined,
  retry: RetryOptions | false | undefined,
) => { timeoutMs: number; retry: RetryOptions | false };

/** The inbound helpers beside the routes of `emails.receiving`, added when `emails` is first read. */
function receivingFor(
  options: ResendClientOptions,
  maxBytes: number,
  redirected: Send,
  limits: CallLimits,
): (group: Record<string, unknown>) => void {
  // Downloads take the wire beneath auth (the key never reaches a signed URL's origin), under the
  // same time limit and retries as an API call, so a stalled or 503 download is what a call's would be.
  const send = (callOptions: CallOptions | undefined): Send => {
    const { timeoutMs, retry } = limits(callOptions?.timeoutMs, callOptions?.retry);
    const timed = withTimeout(redirected, timeoutMs);
    return retry === false ? timed : withRetry(timed, retry);
  };
  return (group) =>
    addReceivingHelpers({
      methods: { emails: group as unknown as ResendMethods['emails'] },
      send,
      allowInsecure: options.allowInsecureBaseUrl === true,
      maxBytes,
    });
}

/**
 * Creates a typed Resend client. Throws {@link ResendConfigError} when the key is missing or
 * malformed or the base URL is unsafe. Creates no timers and does no I/O.
 *
 * @example
 * const resend = createResendClient({ userAgent: 'my-app/1.0' });
 * const { data, error } = await resend.POST('/emails', {
 *   body: { from: 'Acme <hi@acme.dev>', to: 'ada@example.com', subject: 'Hi', text: 'Hello' },
 * });
 */
export function createResendClient(options: ResendClientOptions = {}): ResendClient {
  const { apiKey, baseUrl, headers } = checkedOptions(options);
  const rules = requestRules(options);
  const limiter = limiterFor(options, baseUrl);

  // globalThis.fetch is looked up per attempt, so a mock installed after construction (msw) sees
  // every attempt.
  const maxBytes = checkNumber(options.maxResponseBytes, clientDefaults.maxResponseBytes, 'maxResponseBytes', 1, true);
  const wire = clientWire(options.fetch, maxBytes);
  // Pinned beneath retries and redirects' caller: every attempt is checked, whatever built its URL.
  const redirected = withRedirects(wire.send, { maxRedirects: options.maxRedirects ?? clientDefaults.maxRedirects });
  const authed: Send = withAuth(redirected, apiKey, baseUrl);
  const { observer, on } = observability(options, baseUrl);
  const stacks = sendStacks(authed, limiter, observer);
  const timeoutMs = options.timeoutMs ?? clientDefaults.timeoutMs;
  const retry = options.retry ?? {};
  const bulkFetch = stacks.stack(timeoutMs, retry, 'bulk');
  const defaultFetch = stacks.stack(timeoutMs, retry);
  // openapi-fetch's default, made once instead of on every call.
  const querySerializer = createQuerySerializer();

  const client = createClient<ResendPaths, JsonMediaType>({
    baseUrl,
    // Middleware gets a PlainRequest: no stream or AbortSignal is built for a JSON body (see plain-request.ts).
    Request: PlainRequest as unknown as typeof Request,
    querySerializer,
    bodySerializer,
    fetch: defaultFetch,
    ...(headers === undefined ? {} : { headers: headers as HeadersOptions }),
  });
  client.use(ownMiddleware(rules));
  platformMiddlewareFor(client);
  const direct = directCall({
    baseUrl,
    baseHeaders: headers,
    querySerializer,
    rules,
    sendOf: (fetch) => stacks.sendOf((fetch ?? defaultFetch) as FetchLike),
    hasUserMiddleware: countUserMiddleware(client),
  });
  const guarded = guardCalls(client, baseUrl, withCommaQueries, observer, direct) as unknown as GuardedCalls;
  // Methods go through the guarded path-based calls, so both get the same per-call checks.
  const limits: CallLimits = (t, r) => ({
    timeoutMs: t ?? timeoutMs,
    retry: r == null ? retry : r && { ...(retry || {}), ...r },
  });
  const call = methodCaller(
    guarded,
    (t, r, lane) => {
      const own = limits(t, r);
      return stacks.stack(own.timeoutMs, own.retry, lane);
    },
    bulkFetch,
  );
  Object.defineProperty(client, 'transport', { get: () => wire.path(), enumerable: true });
  attachObserver(client, observer);
  const resend = Object.assign(client, { limiter, baseUrl, on, bulkFetch }) as ResendClient;
  attachMethods(resend, call, { emails: receivingFor(options, maxBytes, redirected, limits) });
  return resend;
}
