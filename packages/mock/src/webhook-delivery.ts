/**
 * Delivers the fake's webhook events like Resend does: signed with the endpoint's secret (both
 * secrets during a rotation), first attempt at once, retries with backoff on a non-2xx answer or a
 * timeout, every attempt recorded. A receiver's answer is read up to 4 KB (never whole), and a
 * redirect is a failed attempt that is never followed. Runs on Web Crypto and `fetch` only, so it
 * works in workers.
 */
import { signWebhook } from '@resendkit/webhooks';
import { checkElement, checkNumber, NUMBER_RULES } from './check-options.js';
import { FakeOptionsError } from './options-error.js';
import { readCapped } from './read-capped.js';
import type { Random } from './random.js';
import type { FakeStateStore, StoredRecord } from './state.js';
import type { StoredWebhookDelivery } from './webhook-records.js';

export type { StoredWebhookDelivery, WebhookAttemptRecord } from './webhook-records.js';

/** How the fake delivers webhooks; see the mock README, "Webhooks". */
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

/** Resend's retry schedule after the first, immediate attempt. */
export const RESEND_RETRY_DELAYS_MS: readonly number[] = [5e3, 3e5, 18e5, 72e5, 18e6, 36e6, 36e6];
/** How long the previous secret keeps signing after a rotation. */
const SECRET_OVERLAP_MS = 24 * 60 * 60 * 1000;
const MAX_RESPONSE_CHARS = 1000;
/** Bytes of a receiver's answer read at most (the record keeps {@link MAX_RESPONSE_CHARS} characters of them). */
const MAX_RESPONSE_BYTES = 4096;

/** Range checks for the `webhooks` option, run at construction. */
export function checkWebhookOptions(options: WebhookDeliveryOptions | undefined): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object')
    throw new FakeOptionsError('webhooks', 'webhooks must be an object of delivery options.');
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
  /** Cancels scheduled retries (pending attempts finish but schedule nothing). */
  stop(): void;
}

/** Creates the dispatcher; nothing runs until the first event. */
export function createWebhookDispatcher(deps: DeliveryDeps): WebhookDispatcher {
  const { state, now } = deps;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const running = new Set<Promise<void>>();
  const previous = new Map<string, { secret: string; until: number }>();
  // Per endpoint, first attempts go out in event order, so `email.sent` arrives before `email.bounced`.
  const queues = new Map<string, Promise<void>>();
  let generation = 0;

  const track = (work: Promise<void>) => {
    running.add(work);
    void work.finally(() => running.delete(work));
  };

  function secretsFor(webhook: StoredRecord): string[] {
    const old = previous.get(webhook.id);
    const current = String(webhook.signing_secret);
    return old && old.until > now() ? [current, old.secret] : [current];
  }

  async function send(
    delivery: StoredWebhookDelivery,
    webhook: StoredRecord,
  ): Promise<{ status: number; response: string }> {
    const body = JSON.stringify(delivery.payload);
    const headers = await signWebhook({
      payload: body,
      secret: secretsFor(webhook),
      id: delivery.id,
      timestamp: new Date(now()),
    });
    const controller = new AbortController();
    const timeoutMs = deps.options.timeoutMs ?? 15_000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new Error(`no answer within ${timeoutMs} ms`));
      }, timeoutMs);
    });
    try {
      const request = new Request(delivery.endpoint, {
        method: 'POST',
        body,
        headers: { ...headers, 'content-type': 'application/json', 'user-agent': 'resendkit-mock (webhooks)' },
        signal: controller.signal,
        redirect: 'manual',
      });
      const send = deps.options.fetch ?? ((r: Request) => globalThis.fetch(r));
      const response = await Promise.race([Promise.resolve(send(request)), timeout]);
      // A redirect is a failed attempt, as at Resend: the fake never follows it to another host.
      if (response.status >= 300 && response.status < 400) {
        void response.body?.cancel().catch(() => undefined);
        return {
          status: response.status,
          response: `Redirect not followed (location: ${response.headers.get('location') ?? 'none'})`.slice(
            0,
            MAX_RESPONSE_CHARS,
          ),
        };
      }
      const text = await Promise.race([readCapped(response, MAX_RESPONSE_BYTES), timeout]);
      return { status: response.status, response: text.slice(0, MAX_RESPONSE_CHARS) };
    } catch (error) {
      return {
        status: 0,
        response: `No answer: ${error instanceof Error ? error.message : String(error)}`.slice(0, MAX_RESPONSE_CHARS),
      };
    } finally {
      clearTimeout(timer);
    }
  }

  async function attempt(delivery: StoredWebhookDelivery, retryIndex: number, replay: boolean): Promise<void> {
    const webhook = state.webhooks.get(delivery.webhook_id);
    if (!webhook || (webhook.status === 'disabled' && !replay)) {
      if (!replay) Object.assign(delivery, { status: 'failed', next_attempt_at: null });
      return;
    }
    const started = now();
    const result = await send(delivery, webhook);
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
    const delays = deps.options.retryDelaysMs ?? RESEND_RETRY_DELAYS_MS;
    const delay = delays[retryIndex];
    if (delay === undefined) return void Object.assign(delivery, { status: 'failed', next_attempt_at: null });
    Object.assign(delivery, { status: 'attempting', next_attempt_at: deps.timestamp(now() + delay) });
    schedule(delivery, retryIndex + 1, delay);
  }

  function schedule(delivery: StoredWebhookDelivery, retryIndex: number, delay: number): void {
    const born = generation;
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (born === generation) track(attempt(delivery, retryIndex, false));
    }, delay);
    // A retry due hours later must not keep a test process alive.
    (timer as { unref?: () => void }).unref?.();
    timers.add(timer);
  }

  return {
    emit(type, payload) {
      for (const webhook of state.webhooks) {
        const events = webhook.events as string[] | null;
        if (webhook.status === 'disabled' || (events && !events.includes(type))) continue;
        const delivery: StoredWebhookDelivery = {
          id: `msg_${deps.random().alphanumeric(24)}`,
          webhook_id: webhook.id,
          endpoint: String(webhook.endpoint),
          type,
          created_at: deps.timestamp(now()),
          payload,
          status: 'pending',
          next_attempt_at: null,
          attempts: [],
        };
        state.webhookDeliveries.insert(delivery);
        const next = (queues.get(webhook.id) ?? Promise.resolve()).then(() => attempt(delivery, 0, false));
        queues.set(webhook.id, next);
        track(next);
      }
    },
    replay(deliveryId) {
      const delivery = state.webhookDeliveries.get(deliveryId);
      if (delivery) track(attempt(delivery, 0, true));
    },
    rotated(webhookId, previousSecret) {
      previous.set(webhookId, { secret: previousSecret, until: now() + SECRET_OVERLAP_MS });
    },
    async settled() {
      while (running.size > 0 || timers.size > 0) {
        if (running.size > 0) await Promise.allSettled([...running]);
        else await new Promise((r) => setTimeout(r, 5));
      }
    },
    stop() {
      generation++;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      queues.clear();
      previous.clear();
    },
  };
}
