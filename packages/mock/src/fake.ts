/**
 * createFakeResend: a stateful, spec-driven stand-in for the Resend API. The core is a
 * fetch-standard `Request → Response` function; msw handlers (`./msw.ts`) and a node:http server
 * (`./server.ts`) are thin adapters over it, in their own entry points.
 */
import { ApiError } from './api-error.js';
import { createAuth, type ApiKeyOption } from './auth.js';
import { checkFakeOptions, checkFaults } from './check-options.js';
import { exampleFor, fitToSchema } from './examples.js';
import { faultErrorName, planFaults, type FaultOptions } from './faults.js';
import { checkIdempotencyKey, createIdempotencyStore, type StoredResponse } from './idempotency.js';
import { paginate } from './pagination.js';
import { MAX_BODY_BYTES, MAX_MULTIPART_BODY_BYTES, readBody } from './read-body.js';
import { createRandom } from './random.js';
import { createRateLimiter } from './rate-limit.js';
import { createdKeyPermission } from './resources/api-keys.js';
import type { HandlerContext, HandlerResult, ResourceRoute } from './resources/context.js';
import { normaliseTemplate } from './resources/context.js';
import { resourceRoutes } from './resources/index.js';
import { createRouter } from './router.js';
import { bundledSpec, isPublic, jsonMedia, listOperations, resolve, successStatus, type OpenApiDocument, type Operation } from './spec.js';
import { FakeStateStore, type FakeState } from './state.js';
import { createValidator } from './validate.js';
import type { FakeOptionsError } from './options-error.js';
import { observeRequest, type RequestNote } from './inbox/observe.js';
import { createInboxSource, type InboxSource } from './inbox/source.js';
import { checkWebhookOptions, createWebhookDispatcher, type WebhookDeliveryOptions, type WebhookDispatcher } from './webhook-delivery.js';
import { createWebhookEventSource } from './webhook-events.js';
import { simulateEmailEvent, type SimulatedEmailEventType } from './simulate-email-event.js';
import { seedDomains, type SendingRulesMode, type SendingSettings } from './sending-rules.js';
import { receiveEmail, type ReceiveEmailInput, type StoredReceivedEmail } from './inbound.js';
import { isFilePath, serveFile } from './files.js';

/**
 * Options for {@link createFakeResend}. Out-of-range values are refused with a
 * {@link FakeOptionsError} naming the option.
 */
export interface FakeResendOptions {
  /**
   * Another base URL to answer on besides `https://api.resend.com` (msw handlers are added for it,
   * and its path prefix, if any, is stripped before routing). An absolute `http:` or `https:` URL.
   * @defaultValue none: only `https://api.resend.com`
   */
  baseUrl?: string;
  /**
   * Accepted API keys. Plain strings have full access; `{ key, permission: 'sending_access' }`
   * may only send. Keys created through `POST /api-keys` are accepted too.
   * @defaultValue any well-formed `re_…` key, with full access
   */
  apiKeys?: readonly ApiKeyOption[];
  /**
   * Requests allowed per window for the whole team: a positive integer. `0` or `Infinity` disables
   * the limit.
   * @defaultValue 5
   */
  rps?: number;
  /**
   * Window length in ms, above 0 and at most 2³¹−1; shrink it to scale time in tests.
   * @defaultValue 1000
   */
  windowMs?: number;
  /**
   * `false` turns rate limiting (and its headers) off.
   * @defaultValue true
   */
  rateLimit?: boolean;
  /**
   * Seed for IDs, tokens and faults (a finite number): the same seed gives the same run.
   * @defaultValue 1
   */
  seed?: number;
  /**
   * Faults to inject; see {@link FaultOptions}. Change later with `fake.setFaults()`.
   * @defaultValue none
   */
  faults?: FaultOptions;
  /**
   * Clock in ms since the epoch, for rate limits, idempotency expiry and timestamps.
   * @defaultValue `Date.now`
   */
  now?: () => number;
  /**
   * How injected latency waits; tests can pass a controllable promise.
   * @defaultValue a `setTimeout` of `ms`
   */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Check every 2xx body against the operation's response schema and answer 500
   * `application_error` naming the mismatch instead. Meant for this package's own tests.
   * @defaultValue false
   */
  validateResponses?: boolean;
  /**
   * How webhook deliveries are made (to endpoints registered with `POST /webhooks`): a `fetch` to
   * receive them in-process, a scaled-down retry schedule, the attempt timeout. See the README,
   * "Webhooks".
   * @defaultValue the global `fetch`, Resend's retry schedule, 15 s timeout
   */
  webhooks?: WebhookDeliveryOptions;
  /**
   * Domains the team has added and verified from the start (listed by `GET /domains`), so emails
   * may be sent from them. A domain created through the API is verified by `POST /domains/{id}/verify`.
   * @defaultValue none
   */
  domains?: readonly string[];
  /**
   * `'resend'` refuses what Resend refuses: a `from` on a domain that is not added and verified
   * (403), `resend.dev` senders to anyone but the test addresses and `accountEmail` (403), and
   * recipients at `example.com` / `test.com` (422). `'off'` lets any sender reach any recipient.
   * @defaultValue 'resend'
   */
  sendingRules?: SendingRulesMode;
  /**
   * The account owner's address: the one recipient besides the test addresses that
   * `onboarding@resend.dev` may send to.
   * @defaultValue none
   */
  accountEmail?: string;
}

/** What the core produced for one request: a response, or a connection to cut. */
export type FakeOutcome = { kind: 'response'; response: Response } | { kind: 'cut' };

/** A running fake. */
export interface FakeResend {
  /** Answers one request like Resend would. A cut connection rejects with a `TypeError`, as fetch does. */
  fetch(request: Request): Promise<Response>;
  /** The core: like `fetch`, but reports cut connections as `{ kind: 'cut' }` for adapters. */
  handle(request: Request): Promise<FakeOutcome>;
  /** The base URLs the fake answers on: `https://api.resend.com`, then `baseUrl` when given. */
  readonly baseUrls: readonly string[];
  /** What the fake stored and counted. */
  readonly state: FakeState;
  /** Forgets everything (state, counters, rate window, idempotency keys) and reseeds. */
  reset(): void;
  /** Replaces the fault configuration (`undefined` = none); throws {@link FakeOptionsError} like `createFakeResend`. */
  setFaults(faults: FaultOptions | undefined): void;
  /**
   * Resolves once every webhook delivery attempt has finished and no retry is scheduled (use a short
   * `webhooks.retryDelaysMs` when endpoints fail). Records are in `state.webhookDeliveries`.
   */
  settleWebhooks(): Promise<void>;
  /** The operations served, from the spec. */
  readonly operations: readonly Pick<Operation, 'method' | 'template' | 'operationId'>[];
  /**
   * What the web inbox shows (emails with search and paging, the request log, webhook deliveries),
   * read from this fake's state. `listen()` from `@resendkit/mock/server` serves it under `/_inbox/`.
   */
  readonly inbox: InboxSource;
  /**
   * Puts an accepted email through an event the fake does not cause by itself: an open or a click
   * (tracking), a delivery delay, a failure, or a bounce/complaint/suppression for any address. The
   * email's `last_event` changes, and endpoints subscribed to `type` receive the signed event. `data`
   * is laid over the event's `data` one level deep (`{ click: { link } }` keeps the other click
   * fields); defaults fill the rest (the first link of the html for a click).
   * @throws {@link FakeOptionsError} for an unknown email, a scheduled or canceled one, or another type.
   */
  simulateEmailEvent(emailId: string, type: SimulatedEmailEventType, data?: Record<string, unknown>): void;
  /**
   * Delivers an inbound email to the team, as if it had arrived on a receiving domain: it gets an ID,
   * a `message_id` and a raw MIME message (served by the fake at `raw.download_url`), endpoints
   * subscribed to `email.received` get the event, and `GET /emails/receiving…` (the SDK's
   * `emails.receiving.*`, forwarding included) read it back.
   * @throws {@link FakeOptionsError} naming a missing or malformed field.
   */
  receiveEmail(email: ReceiveEmailInput): StoredReceivedEmail;
}

const DEFAULT_BASE = 'https://api.resend.com';
const JSON_TYPE = 'application/json; charset=utf-8';

/** Resend's timestamp form: `2026-04-03 22:13:42.674000+00`. */
export function resendTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '000+00');
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': JSON_TYPE, ...headers } });
}

// The OAuth flow endpoints answer 400, 401 and 429 in RFC 6749's shape, not Resend's.
const OAUTH_FLOW = /^\/oauth\/(?:authorize|register|token|revoke)\/?$/;
const OAUTH_CODES: Record<number, string> = { 400: 'invalid_request', 401: 'invalid_client', 429: 'too_many_requests' };
const OAUTH_NAMES = new Set(['invalid_request', 'invalid_scope', 'invalid_grant', 'unauthorized_client', 'invalid_client', 'server_error', 'too_many_requests']);

function errorResponse(error: ApiError, headers: Record<string, string>, pathname = ''): Response {
  // A request the validator refused is `invalid_request` (400) on these endpoints.
  const status = OAUTH_FLOW.test(pathname) && error.statusCode === 422 ? 400 : error.statusCode;
  const code = OAUTH_FLOW.test(pathname) ? (OAUTH_NAMES.has(error.errorName) ? error.errorName : OAUTH_CODES[status]) : undefined;
  if (code) return json(status, { error: code, error_description: error.message }, headers);
  return json(error.statusCode, error.toBody(), headers);
}

/**
 * Creates a fake; no work happens until the first request.
 * @throws {@link FakeOptionsError} when an option is out of range (e.g. `windowMs: NaN`, `rps: -1`).
 */
export function createFakeResend(options: FakeResendOptions = {}): FakeResend {
  checkFakeOptions(options);
  const doc = bundledSpec;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const seed = options.seed ?? 1;
  const state = new FakeStateStore();
  const limiter = options.rateLimit === false ? undefined : createRateLimiter(options.rps ?? 5, options.windowMs ?? 1000);
  const idempotency = createIdempotencyStore();
  const validator = createValidator(doc);
  let random = createRandom(seed);
  let faultRandom = createRandom(seed ^ 0x5bd1e995);
  let faults = options.faults;
  checkWebhookOptions(options.webhooks);
  let dispatcher: WebhookDispatcher | undefined;
  const getDispatcher = () =>
    (dispatcher ??= createWebhookDispatcher({ state, random: () => random, now, timestamp: resendTimestamp, options: options.webhooks ?? {} }));
  const webhookEvents = createWebhookEventSource(doc, getDispatcher, () => new Date(now()));
  const basePath = options.baseUrl ? new URL(options.baseUrl).pathname.replace(/\/$/, '') : '';
  const rps = options.rateLimit === false || options.rps === 0 || options.rps === Number.POSITIVE_INFINITY ? 0 : (options.rps ?? 5);
  const settings: SendingSettings = {
    sendingRules: options.sendingRules ?? 'resend',
    accountEmail: options.accountEmail,
    rateLimit: { limit: rps, windowMs: options.windowMs ?? 1000 },
  };
  const seedTeamDomains = () => seedDomains(state, options.domains ?? [], () => random.uuid(), resendTimestamp(now()));
  seedTeamDomains();

  // Built on first use: the operation list, router and handler table.
  let routing: { operations: Operation[]; router: ReturnType<typeof createRouter>; handlers: Map<string, ResourceRoute> } | undefined;
  const getRouting = () =>
    (routing ??= (() => {
      const operations = listOperations(doc);
      const handlers = new Map(resourceRoutes.map((r) => [`${r.method} ${r.path}`, r]));
      return { operations, router: createRouter(operations), handlers };
    })());

  const examples = new Map<Operation, unknown>();
  const auth = createAuth(options.apiKeys, (token) => createdKeyPermission(state, token, resendTimestamp(now())));

  function responseSchemaPointer(operation: Operation, status: number): string | undefined {
    const responses = operation.node.responses as Record<string, unknown> | undefined;
    const response = responses?.[String(status)] ?? responses?.[`${String(status)[0]}XX`];
    const media = jsonMedia(doc, response, `${operation.pointer}/responses/${status}`);
    return media && media.media.schema !== undefined ? `${media.pointer}/schema` : undefined;
  }

  /** The 2xx body of an operation without hand-written behaviour, from the spec's examples. */
  function exampleBody(operation: Operation, status: number, params: readonly string[]): unknown {
    let base = examples.get(operation);
    if (base === undefined) {
      const responses = operation.node.responses as Record<string, unknown> | undefined;
      const media = jsonMedia(doc, responses?.[String(status)], `${operation.pointer}/responses/${status}`);
      const pointer = responseSchemaPointer(operation, status);
      if (!media || !pointer) base = null;
      else {
        const schema = resolve(doc, media.media.schema, pointer).node;
        const named = media.media.examples as Record<string, { value?: unknown }> | undefined;
        const candidate = media.media.example ?? Object.values(named ?? {})[0]?.value ?? exampleFor(doc, schema);
        base = validator.check(pointer, candidate) === undefined ? candidate : fitToSchema(doc, candidate, schema);
      }
      examples.set(operation, base);
    }
    const body = structuredClone(base);
    // Echo the addressed ID when the schema allows it, so GET /x/{id} answers about that id.
    const last = params[params.length - 1];
    const pointer = responseSchemaPointer(operation, status);
    if (last !== undefined && pointer && body && typeof body === 'object' && 'id' in body) {
      const withId = { ...(body as object), id: last };
      if (validator.check(pointer, withId) === undefined) return withId;
    }
    return body;
  }

  function redirectLocation(operation: Operation, status: number): string {
    const responses = operation.node.responses as Record<string, unknown> | undefined;
    const response = resolve(doc, responses?.[String(status)], `${operation.pointer}/responses/${status}`).node;
    const header = (response.headers as Record<string, unknown> | undefined)?.location;
    const example = header === undefined ? undefined : exampleFor(doc, resolve(doc, header, '#').node.schema ?? {});
    return typeof example === 'string' && example !== 'https://resend.com' ? example : 'https://resend.com/oauth/consent';
  }

  // Every request the fake answers goes through the request log (the inbox reads it).
  const handle = (request: Request) => observeRequest(state.requests, request, now, answer);

  async function answer(request: Request, note: RequestNote): Promise<FakeOutcome> {
    state.counters.requests++;
    const url = new URL(request.url);
    let pathname = url.pathname;
    if (basePath && pathname.startsWith(basePath)) pathname = pathname.slice(basePath.length) || '/';
    const method = request.method.toUpperCase();
    const rateHeaders = () => limiter?.peek(now()) ?? {};
    if (isFilePath(pathname)) return { kind: 'response', response: serveFile(state, method, pathname, now()) };

    // Blocked in front of the API: not Resend's JSON error model.
    if (!request.headers.get('user-agent')) {
      return {
        kind: 'response',
        response: new Response('error code: 1010', {
          status: 403,
          headers: { 'content-type': 'text/plain; charset=UTF-8', ...rateHeaders() },
        }),
      };
    }
    const { router, handlers } = getRouting();
    const match = router.match(method, pathname);
    try {
      if (match.kind !== 'operation' || !isPublic(match.operation)) auth(request.headers.get('authorization'), method, pathname);
    } catch (error) {
      if (error instanceof ApiError) return { kind: 'response', response: errorResponse(error, rateHeaders(), pathname) };
      throw error;
    }
    const decision = limiter?.take(now());
    const headers = decision?.headers ?? {};
    if (decision && !decision.allowed) {
      state.counters.rateLimited++;
      const limit = headers['ratelimit-limit'];
      const error = new ApiError(
        429,
        'rate_limit_exceeded',
        `Too many requests: this team may make ${limit} requests per ${options.windowMs ?? 1000} ms. Wait for \`retry-after\` seconds, then try again.`,
      );
      return { kind: 'response', response: errorResponse(error, headers, pathname) };
    }

    if (match.kind === 'not_found') {
      return { kind: 'response', response: errorResponse(new ApiError(404, 'not_found', 'The requested endpoint does not exist.'), headers, pathname) };
    }
    if (match.kind === 'method_not_allowed') {
      return {
        kind: 'response',
        response: errorResponse(new ApiError(405, 'method_not_allowed', `Method ${method} is not allowed on this path.`), {
          ...headers,
          allow: match.allowed.join(', '),
        }, pathname),
      };
    }
    const { operation, params } = match;
    const opKey = `${operation.method} ${operation.template}`;
    state.counters.byOperation[opKey] = (state.counters.byOperation[opKey] ?? 0) + 1;

    let finish: ((response: StoredResponse | undefined) => void) | undefined;
    try {
      const multipart = /^multipart\//i.test(request.headers.get('content-type') ?? '');
      const rawBody = method === 'GET' || method === 'HEAD' ? '' : await readBody(request, multipart ? MAX_MULTIPART_BODY_BYTES : MAX_BODY_BYTES);
      note.requestBody = rawBody;
      const key = operation.idempotent ? request.headers.get('idempotency-key') : null;
      checkIdempotencyKey(key);
      const { query, body } = validator.validateRequest(operation, params, url.searchParams, rawBody, request.headers.get('content-type'));
      const idem = idempotency.begin(key, method, pathname, body, now());
      if (idem.kind === 'replay') {
        state.counters.idempotentReplays++;
        note.replayed = true;
        const stored = idem.response;
        return { kind: 'response', response: new Response(stored.body, { status: stored.status, headers: { ...stored.headers, ...headers } }) };
      }
      if (idem.kind === 'fresh') finish = idem.complete;

      const plan = planFaults(faults, faultRandom);
      if (plan.latencyMs > 0) await sleep(plan.latencyMs);
      if (plan.before?.kind === 'cut') {
        state.counters.injectedCuts++;
        finish?.(undefined);
        return { kind: 'cut' };
      }
      if (plan.before?.kind === 'error') {
        state.counters.injectedErrors++;
        finish?.(undefined);
        const status = plan.before.status;
        const error = new ApiError(status, faultErrorName(status), 'Injected failure: the fake answered with a server error on purpose.');
        return { kind: 'response', response: errorResponse(error, headers, pathname) };
      }

      const ctx: HandlerContext = {
        params,
        query,
        body,
        headers: request.headers,
        state,
        random,
        operation,
        settings,
        origin: `${url.origin}${basePath}`,
        now: () => new Date(now()),
        timestamp: () => resendTimestamp(now()),
        list: (items) =>
          paginate(items, query, operation.pagination ?? (operation.parameters.some((p) => p.name === 'limit') ? 'always' : 'none')),
      };
      const routeKey = `${operation.method} ${normaliseTemplate(operation.template)}`;
      const handler = handlers.get(routeKey);
      const before = webhookEvents.before(routeKey, ctx);
      const result: HandlerResult = handler ? await handler.handle(ctx) : { body: undefined };
      if (handler) webhookEvents.after(routeKey, ctx, result.body, before);
      const status = result.status ?? successStatus(operation);
      const pointer = responseSchemaPointer(operation, status);
      let payload = handler ? result.body : exampleBody(operation, status, params);
      if (handler && pointer) payload = fitToSchema(doc, payload, resolve(doc, { $ref: pointer }, pointer).node, new Date(now()));
      if (options.validateResponses && pointer) {
        const problem = validator.check(pointer, payload);
        if (problem) throw new ApiError(500, 'application_error', `Response does not match ${opKey} ${status}: ${problem}`);
      }
      const text = payload === undefined || payload === null ? '' : JSON.stringify(payload);
      const stored: StoredResponse = { status, body: text, headers: text ? { 'content-type': JSON_TYPE } : {} };
      finish?.(stored);
      finish = undefined;

      if (plan.lost) {
        state.counters.lostResponses++;
        if (plan.lost.kind === 'cut') return { kind: 'cut' };
        const error = new ApiError(500, 'application_error', 'Injected failure: the request was processed but its response was lost.');
        return { kind: 'response', response: errorResponse(error, headers, pathname) };
      }
      const redirect: Record<string, string> = status >= 300 && status < 400 ? { location: result.headers?.location ?? redirectLocation(operation, status) } : {};
      return {
        kind: 'response',
        response: new Response(text || null, { status, headers: { ...stored.headers, ...headers, ...redirect } }),
      };
    } catch (error) {
      finish?.(undefined);
      if (error instanceof ApiError) return { kind: 'response', response: errorResponse(error, headers, pathname) };
      const message = error instanceof Error ? error.message : String(error);
      return { kind: 'response', response: errorResponse(new ApiError(500, 'application_error', `The fake failed: ${message}`), headers, pathname) };
    }
  }

  /** A stored record as the API would answer with it (fitted to the operation's 200 schema). */
  function apiView(method: string, template: string, record: unknown): unknown {
    const operation = getRouting().operations.find((o) => o.method === method && o.template === template);
    const pointer = operation && responseSchemaPointer(operation, 200);
    return pointer ? fitToSchema(doc, structuredClone(record), resolve(doc, { $ref: pointer }, pointer).node, new Date(now())) : record;
  }

  let inbox: InboxSource | undefined;
  const fake: FakeResend = {
    handle,
    async fetch(request) {
      const outcome = await handle(request);
      if (outcome.kind === 'cut') throw new TypeError('fetch failed', { cause: new Error('The fake cut the connection.') });
      return outcome.response;
    },
    baseUrls: Object.freeze([DEFAULT_BASE, ...(options.baseUrl ? [options.baseUrl] : [])]),
    get inbox() {
      return (inbox ??= createInboxSource(state, (email) => apiView('GET', '/emails/{email_id}', email), () => state.webhookDeliveries.all()));
    },
    state,
    reset() {
      dispatcher?.stop();
      state.clear();
      limiter?.reset();
      idempotency.clear();
      random = createRandom(seed);
      faultRandom = createRandom(seed ^ 0x5bd1e995);
      seedTeamDomains();
    },
    setFaults(next) {
      checkFaults(next);
      faults = next;
    },
    async settleWebhooks() {
      await dispatcher?.settled();
    },
    simulateEmailEvent(emailId, type, data) {
      simulateEmailEvent(state, webhookEvents, new Date(now()), { emailId, type, data });
    },
    receiveEmail(email) {
      return receiveEmail({ state, random: () => random, now: () => new Date(now()), events: webhookEvents }, email);
    },
    get operations() {
      return getRouting().operations.map(({ method, template, operationId }) => ({ method, template, operationId }));
    },
  };
  return fake;
}
