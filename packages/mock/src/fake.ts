/**
 * createFakeResend: a stateful, spec-driven stand-in for the Resend API. The core is a
 * fetch-standard `Request → Response` function; msw handlers (`./msw.ts`) and a node:http server
 * (`./server.ts`) are thin adapters over it, in their own entry points.
 *
 * Each request passes the stages listed in {@link pipelineStages}, in order, like the client's layers.
 */
import type { ApiKeyOption } from './auth.js';
import { checkFakeOptions, checkFaults } from './check-options.js';
import type { FaultOptions } from './faults.js';
import { attachQuota, createQuota, type Quota, type QuotaOptions } from './quota.js';
import { quotaStage } from './pipeline/stages/quota.js';
import { createTestApi, type FakeTestApi } from './test-api/fake-methods.js';
import { createInboxSource, type InboxSource } from './inbox/source.js';
import { kindOf } from '@resendkit/client/shared';
import { FakeOptionsError } from './options-error.js';
import { offBaseUrls } from './base-urls.js';
import { compose, type Exchange, type FakeOutcome, type Stage } from './pipeline/exchange.js';
import { createRuntime, resendTimestamp, type FakeRuntime } from './pipeline/runtime.js';
import { createSpecResponses, type SpecResponses } from './pipeline/spec-responses.js';
import { authStage } from './pipeline/stages/auth.js';
import { catchErrorsStage } from './pipeline/stages/catch-errors.js';
import { faultStage } from './pipeline/stages/faults.js';
import { idempotencyStage } from './pipeline/stages/idempotency.js';
import { observeStage } from './pipeline/stages/observe.js';
import { operateStage } from './pipeline/stages/operate.js';
import { rateLimitStage } from './pipeline/stages/rate-limit.js';
import { readRequestStage } from './pipeline/stages/read-request.js';
import { respondStage } from './pipeline/stages/respond.js';
import { matchRouteStage, refuseUnroutedStage } from './pipeline/stages/route.js';
import { userAgentStage } from './pipeline/stages/user-agent.js';
import { simulateEmailEvent, type SimulatedEmailEventType } from './simulate-email-event.js';
import type { Operation } from './spec.js';
import type { FakeState, FakeStateStore } from './state.js';
import type { SettingsHolder } from './test-api/settings.js';
import { checkWebhookOptions, type WebhookDeliveryOptions } from './webhook-delivery.js';

export { resendTimestamp };
export type { FakeOutcome };
import type { SendingRulesMode } from './sending-rules.js';
import { type InboundDeps, receiveEmail, type ReceiveEmailInput, type StoredReceivedEmail } from './inbound.js';
import { filesStage } from './pipeline/stages/files.js';

/**
 * Options for {@link createFakeResend}. Out-of-range values and unknown names (here and in the
 * nested `faults`, `webhooks` and `quota`) are refused with a {@link FakeOptionsError} naming the option.
 */
export interface FakeResendOptions {
  /**
   * Another base URL to answer on besides `https://api.resend.com` (msw handlers are added for it,
   * and its path prefix, if any, is stripped before routing from requests on its origin, at a `/`).
   * An absolute `http:` or `https:` URL.
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
   * Requests allowed per `windowMs` for the whole team: a positive integer. `0` or `Infinity`
   * disables the limit.
   * @defaultValue 5
   */
  requestsPerWindow?: number;
  /**
   * The old name of {@link FakeResendOptions.requestsPerWindow}: a count per window, not per second.
   * @deprecated Use `requestsPerWindow`; `rps` is read only when it is absent.
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
   * Clock in ms since the epoch, for rate limits, idempotency expiry, OAuth access tokens' expiry and
   * timestamps (webhook events' `created_at` too). Webhooks are signed with the wall clock, as Resend
   * signs them when it sends: a receiver refuses a signature dated ahead.
   * @defaultValue `Date.now`
   */
  now?: () => number;
  /**
   * How injected latency waits; tests can pass a controllable promise. It is given the request's
   * `signal`: once that aborts (the caller left) the request is cut without being processed.
   * @defaultValue a `setTimeout` of `ms`, ended and cleared when `signal` aborts
   */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
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
   * Resend's email quotas to emulate: emails per UTC day and per UTC month, sent and received
   * (`receiveEmail`) in one count, each To, Cc and Bcc recipient counting once. A send past one is
   * answered 429 `daily_quota_exceeded` or `monthly_quota_exceeded`; a received email is never
   * refused, but one that arrives over quota has its content answer 403 `email_above_quota`. Answers
   * carry `x-resend-daily-quota` / `x-resend-monthly-quota` (emails used). Change later with
   * `fake.updateSettings({ quota })`.
   * @defaultValue none
   */
  quota?: QuotaOptions;
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

/** Every option `createFakeResend` reads (`test/option-names.test.ts` holds it to {@link FakeResendOptions}). */
export const FAKE_OPTION_NAMES = [
  'baseUrl',
  'apiKeys',
  'requestsPerWindow',
  'rps',
  'windowMs',
  'rateLimit',
  'seed',
  'faults',
  'now',
  'sleep',
  'validateResponses',
  'webhooks',
  'quota',
  'domains',
  'sendingRules',
  'accountEmail',
] as const satisfies readonly (keyof FakeResendOptions)[];

/** A running fake. */
export interface FakeResend extends FakeTestApi {
  /**
   * Answers one request like Resend would. A request whose URL is not under one of
   * {@link FakeResend.baseUrls} (a misspelt host, `http://api.resend.com`, another origin) rejects
   * with a `TypeError` naming its origin and path, as a fetch to an unreachable host does; so does a
   * cut connection. Anything but a `Request` rejects with a {@link FakeOptionsError} (option `request`).
   */
  fetch(request: Request): Promise<Response>;
  /**
   * The core: like `fetch`, but reports cut connections as `{ kind: 'cut' }` and answers a request
   * on any origin, for adapters that receive requests on their own address (the server, msw).
   */
  handle(request: Request): Promise<FakeOutcome>;
  /** The base URLs the fake answers on: `https://api.resend.com`, then `baseUrl` when given. */
  readonly baseUrls: readonly string[];
  /** What the fake stored and counted. Reading it first sends the scheduled emails now due. */
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
   * `emails.receiving.*`, forwarding included) read it back. It counts toward `quota` as a send
   * does, one per To, Cc and Bcc recipient, and is never refused for it; one that finds the quota
   * used up, or goes past it itself, is stored with `over_quota: true`, listed and announced, but
   * its content, attachments, raw message and share link answer 403 `email_above_quota`.
   * @throws {@link FakeOptionsError} naming a missing or malformed field.
   */
  receiveEmail(email: ReceiveEmailInput): StoredReceivedEmail;
}

const DEFAULT_BASE = 'https://api.resend.com';
const RESEND_ORIGIN = new URL(DEFAULT_BASE).origin;

/**
 * The request pipeline, outermost first: observe → send scheduled emails now due → gate (user
 * agent, route, auth, rate limit) → read and validate → idempotency → quota → faults → operate
 * (handler, webhooks) → respond.
 */
function pipelineStages(runtime: FakeRuntime, responses: SpecResponses, quota: Quota): Stage[] {
  return [
    observeStage(runtime),
    catchErrorsStage(runtime),
    // Before anything else, so every answer (and a reschedule's or cancel's check) sees them sent.
    (_exchange, next) => (runtime.releaseDue(), next()),
    filesStage(runtime),
    userAgentStage(runtime),
    matchRouteStage(runtime),
    authStage(runtime),
    rateLimitStage(runtime),
    refuseUnroutedStage(runtime),
    readRequestStage(runtime),
    idempotencyStage(runtime),
    quotaStage(quota),
    faultStage(runtime),
    operateStage(runtime),
    respondStage(runtime, responses),
  ];
}

/**
 * The refusal for an argument that is not a fetch `Request` (a URL string, `fetch(url, init)`-style
 * arguments, nothing), which would otherwise fail deep inside as a bare `TypeError: Invalid URL`.
 * Duck-typed, so a `Request` from another realm or polyfill still passes.
 */
function notARequest(request: unknown): FakeOptionsError | undefined {
  const r = request as Partial<Request> | null | undefined;
  if (typeof r?.url === 'string' && typeof r.method === 'string' && typeof r.headers?.get === 'function')
    return undefined;
  return new FakeOptionsError(
    'request',
    `fake.fetch and fake.handle take a fetch Request, e.g. new Request(url, init) (got ${kindOf(request)}).`,
  );
}

/**
 * A fresh exchange for one request: its URL and its path, without `baseUrl`'s path when under it.
 * Never on Resend's own origin, and only at a `/`: stripped everywhere, `https://api.resend.com/api-keys`
 * lost `/api` of `http://localhost:3000/api` and answered 404, and `/apidomains` read as `/domains`.
 * Any other origin is taken as `baseUrl`'s: the server sees requests on the address it listens on,
 * which may be named otherwise (`127.0.0.1` for `localhost`).
 */
function exchangeFor(runtime: FakeRuntime, request: Request): Exchange {
  const url = new URL(request.url);
  const { basePath } = runtime;
  let { pathname } = url;
  if (basePath && url.origin !== RESEND_ORIGIN && (pathname === basePath || pathname.startsWith(`${basePath}/`)))
    pathname = pathname.slice(basePath.length) || '/';
  return { request, url, pathname, method: request.method.toUpperCase(), note: {} };
}

/**
 * `fake.fetch`: `handle` as a fetch. A URL under none of `baseUrls`, a cut connection and a body
 * already read reject with a `TypeError`, as fetch does for an unreachable host, a dropped
 * connection or a used Request.
 */
function fetchFor(
  handle: (request: Request) => Promise<FakeOutcome>,
  baseUrls: readonly string[],
): (request: Request) => Promise<Response> {
  const offBase = offBaseUrls(baseUrls);
  return async (request) => {
    // A body already read: answered, a retry re-sending the Request looked refused by Resend (400).
    // Copying the Request throws the TypeError fetch throws for it.
    if (request?.bodyUsed) new Request(request);
    // Only here, not in `handle`: the server and msw pass requests on their own addresses.
    const unreachable = notARequest(request) ? undefined : offBase(request.url);
    if (unreachable) throw unreachable;
    const outcome = await handle(request);
    if (outcome.kind === 'response') return outcome.response;
    // A request aborted meanwhile rejects with its signal's reason, as fetch does.
    if (request.signal?.aborted) throw request.signal.reason;
    throw new TypeError('fetch failed', { cause: new Error('The fake cut the connection.') });
  };
}

/** The inbox view of the fake's state, built on first use: most fakes never show it. */
function inboxGetter(state: FakeStateStore, responses: SpecResponses): () => InboxSource {
  let inbox: InboxSource | undefined;
  return () =>
    (inbox ??= createInboxSource(
      state,
      (email) => responses.apiView('GET', '/emails/{email_id}', email),
      () => state.webhookDeliveries.all(),
    ));
}

/** The settings `fake.settings()` reads and `fake.updateSettings()` changes, live on the runtime. */
function settingsHolder(runtime: FakeRuntime, quota: Quota, options: FakeResendOptions): SettingsHolder {
  return {
    get faults() {
      return runtime.faults;
    },
    set faults(next) {
      runtime.faults = next;
    },
    quota,
    rateLimit: runtime.limiter
      ? { requestsPerWindow: options.requestsPerWindow ?? options.rps ?? 5, windowMs: options.windowMs ?? 1000 }
      : null,
  };
}

/** Back to a fresh fake: no deliveries pending, nothing stored or counted, the first seed again. */
function resetFake(runtime: FakeRuntime, quota: Quota): void {
  runtime.dispatcher()?.stop();
  runtime.state.clear();
  runtime.limiter?.reset();
  runtime.idempotency.clear();
  quota.reset();
  runtime.reseed();
}

/** What `fake.receiveEmail()` works with: the fake's state, clock, randomness, events and quota. */
function inboundDeps(runtime: FakeRuntime, quota: Quota): InboundDeps {
  return {
    state: runtime.state,
    random: () => runtime.random,
    now: () => new Date(runtime.now()),
    // Read per email: the runtime may replace its event source.
    get events() {
      return runtime.webhookEvents;
    },
    quota,
  };
}

/**
 * Creates a fake; no work happens until the first request.
 * @throws {@link FakeOptionsError} when an option is out of range or of the wrong kind (e.g. `windowMs: NaN`,
 * `requestsPerWindow: -1`, `rateLimit: 'off'`, options that are not an object) or has a name the fake
 * does not know (`ratelimit: false`, `faults: { errRate: 1 }`), which would leave its default in force.
 */
export function createFakeResend(options: FakeResendOptions = {}): FakeResend {
  checkFakeOptions(options, FAKE_OPTION_NAMES);
  checkWebhookOptions(options.webhooks);
  const runtime = createRuntime({ ...options, rateLimitPerWindow: options.requestsPerWindow ?? options.rps });
  const responses = createSpecResponses(runtime);
  const quota = createQuota(options.quota, runtime.now);
  const run = compose(pipelineStages(runtime, responses, quota));
  const handle = (request: Request) => {
    const refusal = notARequest(request);
    return refusal ? Promise.reject(refusal) : run(exchangeFor(runtime, request));
  };
  const baseUrls = Object.freeze([DEFAULT_BASE, ...(options.baseUrl ? [options.baseUrl] : [])]);
  const { state } = runtime;

  const getInbox = inboxGetter(state, responses);
  const inbound = inboundDeps(runtime, quota);
  const fake: FakeResend = {
    ...createTestApi(() => fake.state.emails, getInbox, settingsHolder(runtime, quota, options)),
    handle,
    fetch: fetchFor(handle, baseUrls),
    baseUrls,
    get inbox() {
      runtime.releaseDue();
      return getInbox();
    },
    get state() {
      runtime.releaseDue();
      return state;
    },
    reset() {
      resetFake(runtime, quota);
    },
    setFaults(next) {
      checkFaults(next);
      runtime.faults = next;
    },
    async settleWebhooks() {
      await runtime.dispatcher()?.settled();
    },
    simulateEmailEvent(emailId, type, data) {
      runtime.releaseDue();
      simulateEmailEvent(state, runtime.webhookEvents, new Date(runtime.now()), { emailId, type, data });
    },
    receiveEmail(email) {
      return receiveEmail(inbound, email);
    },
    get operations() {
      return runtime
        .routing()
        .operations.map(({ method, template, operationId }) => ({ method, template, operationId }));
    },
  };
  // Found again by the bin's `--data` file, which keeps the count across restarts.
  return attachQuota(fake, quota);
}
