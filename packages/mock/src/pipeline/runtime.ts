/**
 * What the stages share for the life of one fake: its options, clock, state and the parts `reset()`
 * renews (the seeded random streams). Built once by `createFakeResend`.
 */
import { sleep } from '@resendkit/client/shared';
import { createAuth } from '../auth.js';
import { checkElement, NUMBER_RULES } from '../check-options.js';
import type { FaultOptions } from '../faults.js';
import { createIdempotencyStore } from '../idempotency.js';
import { createRandom, type Random } from '../random.js';
import { createRateWindow, type RateWindow } from '../rate-limit.js';
import { createdKey } from '../resources/api-keys.js';
import { issuedToken } from '../resources/oauth.js';
import type { ResourceRoute } from '../resources/context.js';
import { resourceRoutes } from '../resources/index.js';
import { createRouter, type Router } from '../router.js';
import { bundledSpec, listOperations, type OpenApiDocument, type Operation } from '../spec.js';
import { releaseDue } from '../scheduled-release.js';
import { FakeStateStore } from '../state.js';
import { createValidator, type SpecValidator } from '../validate.js';
import { createWebhookDispatcher, type WebhookDeliveryOptions, type WebhookDispatcher } from '../webhook-delivery.js';
import { createWebhookEventSource, type WebhookEventSource } from '../webhook-events.js';
import type { ApiKeyOption } from '../auth.js';
import { seedDomains, type SendingRulesMode, type SendingSettings } from '../sending-rules.js';

/** The options the runtime reads (the public option object is a superset). */
export interface RuntimeOptions {
  baseUrl?: string;
  apiKeys?: readonly ApiKeyOption[];
  rateLimitPerWindow?: number;
  windowMs?: number;
  rateLimit?: boolean;
  seed?: number;
  faults?: FaultOptions;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  validateResponses?: boolean;
  webhooks?: WebhookDeliveryOptions;
  domains?: readonly string[];
  sendingRules?: SendingRulesMode;
  accountEmail?: string;
}

/** The operation list, router and handler table, built on first use. */
export interface Routing {
  operations: Operation[];
  router: Router;
  handlers: Map<string, ResourceRoute>;
}

/** Shared by every stage of one fake. */
export interface FakeRuntime {
  readonly options: RuntimeOptions;
  readonly doc: OpenApiDocument;
  readonly now: () => number;
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly state: FakeStateStore;
  readonly limiter: RateWindow | undefined;
  readonly idempotency: ReturnType<typeof createIdempotencyStore>;
  readonly validator: SpecValidator;
  readonly auth: ReturnType<typeof createAuth>;
  readonly webhookEvents: WebhookEventSource;
  /** The path prefix of `baseUrl`, stripped before routing. */
  readonly basePath: string;
  random: Random;
  faultRandom: Random;
  faults: FaultOptions | undefined;
  /** The team's sending setup the handlers check sends against. */
  readonly settings: SendingSettings;
  routing(): Routing;
  /** The webhook dispatcher, if one was ever needed. */
  dispatcher(): WebhookDispatcher | undefined;
  /** Renews the seeded streams and the team's seeded domains (state is cleared by the caller). */
  reseed(): void;
  /** Sends the scheduled emails and broadcasts due by now (see `scheduled-release.ts`). */
  releaseDue(): void;
}

/**
 * Resend's timestamp form: `2026-04-03 22:13:42.674000+00`.
 * @throws `FakeOptionsError` (option `ms`) for anything but a number of ms a `Date` can hold.
 */
export function resendTimestamp(ms: number): string {
  const date = new Date(ms);
  // A string would be parsed as a date ("5" is the year 2005), null read as 0 and NaN end in a bare
  // `RangeError`. A `Date` (a `now` clock returning `new Date()`) is read as its time, as it always was.
  if ((typeof ms !== 'number' && !((ms as unknown) instanceof Date)) || Number.isNaN(date.getTime()))
    checkElement('ms', 'resendTimestamp: ms', ms, NUMBER_RULES.time);
  return date.toISOString().replace('T', ' ').replace('Z', '000+00');
}

const FAULT_SEED_MIX = 0x5bd1e995;

/**
 * The default `sleep` of injected latency: `ms`, or less when `signal` (the request's) aborts. The
 * caller has left then (aborted, hung up, the server closed), and a timer left running would keep
 * the process alive for the rest of the latency.
 */
const latency = (ms: number, signal?: AbortSignal) => sleep(ms, signal, 'resolve');

/** Requests per window the team may make (0: no limit), as the sending rules report it. */
function rateLimitOf(options: RuntimeOptions): number {
  const limit = options.rateLimitPerWindow;
  return options.rateLimit === false || limit === 0 || limit === Number.POSITIVE_INFINITY ? 0 : (limit ?? 5);
}

/** The auth check: the configured keys, the keys created through the API and the OAuth access tokens issued. */
function authOf(options: RuntimeOptions, state: FakeStateStore, now: () => number) {
  return createAuth(
    options.apiKeys,
    (token) => createdKey(state, token, resendTimestamp(now())),
    (token) => issuedToken(state, token, now()),
  );
}

/** Builds the runtime; options were checked by the caller. */
export function createRuntime(options: RuntimeOptions): FakeRuntime {
  const doc = bundledSpec;
  const now = options.now ?? Date.now;
  const seed = options.seed ?? 1;
  const state = new FakeStateStore();
  let dispatcher: WebhookDispatcher | undefined;
  let routing: Routing | undefined;
  const runtime: FakeRuntime = {
    options,
    doc,
    now,
    sleep: options.sleep ?? latency,
    state,
    limiter:
      options.rateLimit === false
        ? undefined
        : createRateWindow(options.rateLimitPerWindow ?? 5, options.windowMs ?? 1000),
    idempotency: createIdempotencyStore(),
    validator: createValidator(doc),
    auth: authOf(options, state, now),
    webhookEvents: createWebhookEventSource(
      doc,
      () => getDispatcher(),
      () => new Date(now()),
    ),
    basePath: options.baseUrl ? new URL(options.baseUrl).pathname.replace(/\/$/, '') : '',
    random: createRandom(seed, (id) => state.holds(id)),
    faultRandom: createRandom(seed ^ FAULT_SEED_MIX),
    faults: options.faults,
    settings: {
      sendingRules: options.sendingRules ?? 'resend',
      accountEmail: options.accountEmail,
      rateLimit: { limit: rateLimitOf(options), windowMs: options.windowMs ?? 1000 },
    },
    routing: () =>
      (routing ??= (() => {
        const operations = listOperations(doc);
        const handlers = new Map(resourceRoutes.map((r) => [`${r.method} ${r.path}`, r]));
        return { operations, router: createRouter(operations), handlers };
      })()),
    dispatcher: () => dispatcher,
    reseed() {
      runtime.random = createRandom(seed, (id) => state.holds(id));
      runtime.faultRandom = createRandom(seed ^ FAULT_SEED_MIX);
      seedTeamDomains();
    },
    releaseDue: () => releaseDue(runtime, now(), resendTimestamp),
  };
  const seedTeamDomains = () =>
    seedDomains(state, options.domains ?? [], () => runtime.random.uuid(), resendTimestamp(now()));
  seedTeamDomains();
  const getDispatcher = () =>
    (dispatcher ??= createWebhookDispatcher({
      state,
      random: () => runtime.random,
      now,
      timestamp: resendTimestamp,
      options: options.webhooks ?? {},
    }));
  return runtime;
}
