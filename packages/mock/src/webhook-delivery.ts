/**
 * Delivers the fake's webhook events like Resend does: signed with the endpoint's secret (both
 * secrets during a rotation), first attempt at once, retries with backoff on a non-2xx answer or a
 * timeout, every attempt recorded. A receiver's answer is read up to 4 KB (never whole), and a
 * redirect is a failed attempt that is never followed. Runs on Web Crypto and `fetch` only, so it
 * works in workers.
 */
import { kindOf } from '@resendkit/client/shared';
import { checkElement, checkNumber, NUMBER_RULES } from './check-options.js';
import { checkNames } from './check-names.js';
import { FakeOptionsError } from './options-error.js';
import type { Random } from './random.js';
import type { FakeStateStore, StoredRecord } from './state.js';
import type { StoredWebhookDelivery } from './webhook-records.js';
import { sendAttempt } from './webhook-send.js';

export type { StoredWebhookDelivery, WebhookAttemptRecord } from './webhook-records.js';

/** How the fake delivers webhooks (another name is refused); see the mock README, "Webhooks". */
export interface WebhookDeliveryOptions {
  /**
   * Sends one delivery. Defaults to the global `fetch`, looked up at send time so msw can intercept
   * it. Pass a function (for example a `webhookHandler` from `@resendkit/webhooks`) to receive
   * deliveries in-process without any server.
   * @defaultValue `globalThis.fetch`
   */
  fetch?: (request: Request) => Promise<Response> | Response;
  /**
   * Waits before each retry, in ms; one retry per entry. Shrink it to scale time down in tests.
   * @defaultValue Resend's: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h
   */
  retryDelaysMs?: readonly number[];
  /**
   * How long an attempt may take before it counts as failed, in ms.
   * @defaultValue 15 000
   */
  timeoutMs?: number;
}

/** Every delivery option (`test/option-names.test.ts` holds it to {@link WebhookDeliveryOptions}). */
export const WEBHOOK_OPTION_NAMES = [
  'fetch',
  'retryDelaysMs',
  'timeoutMs',
] as const satisfies readonly (keyof WebhookDeliveryOptions)[];

/** Resend's retry schedule after the first, immediate attempt. */
export const RESEND_RETRY_DELAYS_MS: readonly number[] = [5e3, 3e5, 18e5, 72e5, 18e6, 36e6, 36e6];
/** How long the previous secret keeps signing after a rotation. */
const SECRET_OVERLAP_MS = 24 * 60 * 60 * 1000;

/** Name and range checks for the `webhooks` option, run at construction. */
export function checkWebhookOptions(options: WebhookDeliveryOptions | undefined): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new FakeOptionsError('webhooks', `webhooks must be an object of delivery options (got ${kindOf(options)}).`);
  checkNames(options, WEBHOOK_OPTION_NAMES, 'webhooks', 'webhooks.');
  if (options.fetch !== undefined && typeof options.fetch !== 'function')
    throw new FakeOptionsError('webhooks.fetch', 'webhooks.fetch must be a function from Request to Response.');
  const delays = options.retryDelaysMs;
  if (delays !== undefined && !Array.isArray(delays))
    throw new FakeOptionsError('webhooks.retryDelaysMs', 'webhooks.retryDelaysMs must be an array of delays in ms.');
  delays?.forEach((delay, i) =>
    checkElement('webhooks.retryDelaysMs', `webhooks.retryDelaysMs[${i}]`, delay, NUMBER_RULES.delay),
  );
  checkNumber('webhooks.timeoutMs', options.timeoutMs, NUMBER_RULES.window);
}

/** Plain `http:` is delivered to loopback only, as Resend allows no plain-text endpoints. */
export function endpointProblem(endpoint: unknown): string | undefined {
  let url: URL;
  try {
    url = new URL(String(endpoint));
  } catch {
    return 'Invalid `endpoint` field: expected an absolute URL.';
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) return undefined;
  return 'Invalid `endpoint` field: use an `https:` URL (plain `http:` is accepted for loopback only: 127.0.0.1, localhost, [::1]).';
}

/** What the dispatcher needs from the fake. */
export interface DeliveryDeps {
  state: FakeStateStore;
  random: () => Random;
  now: () => number;
  timestamp: (ms: number) => string;
  options: WebhookDeliveryOptions;
}

/** The delivery engine of one fake. */
export interface WebhookDispatcher {
  /** Queues `payload` for every enabled webhook subscribed to its type. */
  emit(type: string, payload: Record<string, unknown>): void;
  /** One extra attempt now; the retry schedule is left as it is. */
  replay(deliveryId: string): void;
  /** Remembers a rotated-out secret so it keeps signing for the overlap. */
  rotated(webhookId: string, previousSecret: string): void;
  /** Resolves once no attempt is running or scheduled. */
  settled(): Promise<void>;
  /** Cancels scheduled retries and queued attempts, and aborts those in flight (they record and schedule nothing). */
  stop(): void;
}

/** What one dispatcher keeps between events. */
interface DispatchState {
  deps: DeliveryDeps;
  state: FakeStateStore;
  now: () => number;
  timers: Set<ReturnType<typeof setTimeout>>;
  running: Set<Promise<void>>;
  previous: Map<string, { secret: string; until: number }>;
  /** Per endpoint, first attempts go out in event order, so `email.sent` arrives before `email.bounced`. */
  queues: Map<string, Promise<void>>;
  /** Bumped by `stop()`, so retries scheduled before it never run. */
  generation: number;
  /** Aborted (and replaced) by `stop()`, ending the attempts in flight. */
  stopping: AbortController;
}

/**
 * Keeps `work` counted until it ends, so `settled()` waits for it, and returns it unable to reject:
 * a rejection was unhandled (ending the bin) and left the endpoint's queue rejected, so none of its
 * later events went out. Work that throws anyway leaves its delivery `failed`, not `pending` forever.
 */
function track(d: DispatchState, work: Promise<void>, delivery: StoredWebhookDelivery): Promise<void> {
  const guarded = work.catch(() => {
    if (delivery.status !== 'success') Object.assign(delivery, { status: 'failed', next_attempt_at: null });
  });
  d.running.add(guarded);
  void guarded.finally(() => d.running.delete(guarded));
  return guarded;
}

/** The current secret, plus the rotated-out one while its overlap lasts. */
function secretsFor(d: DispatchState, webhook: StoredRecord): string[] {
  const { now } = d;
  const old = d.previous.get(webhook.id);
  const current = String(webhook.signing_secret);
  return old && old.until > now() ? [current, old.secret] : [current];
}

/**
 * Makes one attempt and records it; a failed first attempt or retry schedules the next retry.
 * `born` is the generation the work was queued in: after a `stop()` (a reset) the work is dropped,
 * since the reseeded fake gives the next webhook the old one's ID and it would get stale events.
 */
async function attempt(
  d: DispatchState,
  delivery: StoredWebhookDelivery,
  retryIndex: number,
  replay: boolean,
  born: number,
): Promise<void> {
  const { deps, now } = d;
  if (born !== d.generation) return;
  const webhook = d.state.webhooks.get(delivery.webhook_id);
  if (!webhook || (webhook.status === 'disabled' && !replay)) {
    if (!replay) Object.assign(delivery, { status: 'failed', next_attempt_at: null });
    return;
  }
  const started = now();
  const result = await sendAttempt(delivery, secretsFor(d, webhook), deps.options, d.stopping.signal);
  if (born !== d.generation) return;
  delivery.attempts.push({
    id: `atmpt_${deps.random().alphanumeric(24)}`,
    http_status_code: result.status,
    response: result.response,
    sent_at: deps.timestamp(started),
    replay,
  });
  const ok = result.status >= 200 && result.status < 300;
  if (replay) {
    if (ok && delivery.status === 'failed') delivery.status = 'success';
    return;
  }
  if (ok) return void Object.assign(delivery, { status: 'success', next_attempt_at: null });
  retryLater(d, delivery, retryIndex, born);
}

/** After a failed attempt: the next retry of the schedule, or `failed` when none is left. */
function retryLater(d: DispatchState, delivery: StoredWebhookDelivery, retryIndex: number, born: number): void {
  const { deps, now } = d;
  const delays = deps.options.retryDelaysMs ?? RESEND_RETRY_DELAYS_MS;
  const delay = delays[retryIndex];
  if (delay === undefined) return void Object.assign(delivery, { status: 'failed', next_attempt_at: null });
  Object.assign(delivery, { status: 'attempting', next_attempt_at: deps.timestamp(now() + delay) });
  schedule(d, delivery, retryIndex + 1, delay, born);
}

/**
 * Runs a retry after `delay`, unless the dispatcher was stopped in between or its fake is gone. The
 * timer holds the dispatcher weakly: Resend's schedule runs ~28 h, and a fake dropped without
 * `reset()` (one per test) was kept whole until then, its retries later sent through whatever
 * `fetch` was in place (200 such fakes held 68 MB). A fake still held by anything (a client, msw
 * handlers, a server) keeps its dispatcher, so its retries go out.
 */
function schedule(
  d: DispatchState,
  delivery: StoredWebhookDelivery,
  retryIndex: number,
  delay: number,
  born: number,
): void {
  const dispatcher = new WeakRef(d);
  const timer = setTimeout(() => {
    const live = dispatcher.deref();
    live?.timers.delete(timer);
    if (live && born === live.generation) track(live, attempt(live, delivery, retryIndex, false, born), delivery);
  }, delay);
  // A retry due hours later must not keep a test process alive.
  (timer as { unref?: () => void }).unref?.();
  d.timers.add(timer);
}

/** Stores a pending delivery of `payload` to `webhook` and queues its first attempt behind the endpoint's earlier ones. */
function enqueue(d: DispatchState, webhook: StoredRecord, type: string, payload: Record<string, unknown>): void {
  const { deps, now } = d;
  let id: string;
  // Never a stored delivery's ID (see `createRandom`): inserted under it, the new one replaced it.
  do id = `msg_${deps.random().alphanumeric(24)}`;
  while (d.state.webhookDeliveries.get(id));
  const delivery: StoredWebhookDelivery = {
    id,
    webhook_id: webhook.id,
    endpoint: String(webhook.endpoint),
    type,
    created_at: deps.timestamp(now()),
    payload,
    status: 'pending',
    next_attempt_at: null,
    attempts: [],
  };
  d.state.webhookDeliveries.insert(delivery);
  const born = d.generation;
  const previous = d.queues.get(webhook.id) ?? Promise.resolve();
  d.queues.set(
    webhook.id,
    track(
      d,
      previous.then(() => attempt(d, delivery, 0, false, born)),
      delivery,
    ),
  );
}

/** Waits until no attempt is running and no retry is scheduled. */
async function settle(d: DispatchState): Promise<void> {
  while (d.running.size > 0 || d.timers.size > 0) {
    if (d.running.size > 0) await Promise.allSettled([...d.running]);
    else await new Promise((r) => setTimeout(r, 5));
  }
}

/** Cancels scheduled retries, aborts the attempts in flight and forgets queues and rotated secrets. */
function stopAll(d: DispatchState): void {
  d.generation++;
  d.stopping.abort();
  d.stopping = new AbortController();
  for (const timer of d.timers) clearTimeout(timer);
  d.timers.clear();
  d.queues.clear();
  d.previous.clear();
}

/** Creates the dispatcher; nothing runs until the first event. */
export function createWebhookDispatcher(deps: DeliveryDeps): WebhookDispatcher {
  const { state, now } = deps;
  const d: DispatchState = {
    deps,
    state,
    now,
    timers: new Set(),
    running: new Set(),
    previous: new Map(),
    queues: new Map(),
    generation: 0,
    stopping: new AbortController(),
  };
  return {
    emit(type, payload) {
      for (const webhook of state.webhooks) {
        const events = webhook.events as string[] | null;
        if (webhook.status === 'disabled' || (events && !events.includes(type))) continue;
        enqueue(d, webhook, type, payload);
      }
    },
    replay(deliveryId) {
      const delivery = state.webhookDeliveries.get(deliveryId);
      if (delivery) track(d, attempt(d, delivery, 0, true, d.generation), delivery);
    },
    rotated(webhookId, previousSecret) {
      d.previous.set(webhookId, { secret: previousSecret, until: now() + SECRET_OVERLAP_MS });
    },
    settled: () => settle(d),
    stop: () => stopAll(d),
  };
}
