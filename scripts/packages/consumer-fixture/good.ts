// Must type-check under node16 and bundler resolution: the public types of every package.
import {
  createResendClient,
  type EmailInput,
  ResendError,
  type ResendClientOptions,
  type SendEmailRequest,
  unwrap,
} from '@resendkit/client';
import { ResendKitError, isResendKitError } from '@resendkit/client/errors';
import {
  type AcquireResult,
  RateLimiter,
  type RateLimitStore,
  type ReleaseSlot,
  withRetry,
} from '@resendkit/client/compose';
import { createFakeResend, type FakeResend } from '@resendkit/mock';
import { paginate } from '@resendkit/pagination';
import type { Email, ErrorResponse, ListPath, paths } from '@resendkit/types';
import { type NodeRedisLike, RedisStoreError, redisRateLimitStore } from '@resendkit/redis';
import { verifyWebhook, webhookHandler, isWebhookVerificationError, type WebhookEvent } from '@resendkit/webhooks';

const options: ResendClientOptions = { apiKey: 're_test_consumer_1234567890', baseUrl: 'http://127.0.0.1:3000' };
const client = createResendClient(options);
const fake: FakeResend = createFakeResend({ seed: 7 });

export async function send(): Promise<string | undefined> {
  const { data, error } = await client.POST('/emails', {
    body: { from: 'Acme <onboarding@resend.dev>', to: ['delivered@resend.dev'], subject: 'Hi', html: '<p>hi</p>' },
  });
  if (error) {
    const body: ErrorResponse | unknown = error;
    void body;
    return undefined;
  }
  const id: string = data.id;
  return id;
}

export async function firstSubject(): Promise<string | undefined> {
  for await (const email of paginate(client, '/emails')) return email.subject;
  return undefined;
}

export const listPath: ListPath = '/emails';
export type SendBody = paths['/emails']['post']['requestBody'];
export type LastEvent = Email['last_event'];
export const isResendError = (e: unknown): e is ResendError => e instanceof ResendError;
export { fake };

// A shared limit in Redis: any node-redis or ioredis client fits the structural client type.
export function sharedClient(redis: NodeRedisLike) {
  const store = redisRateLimitStore(redis, { key: 'resend:acme', onUnavailable: 'fail' });
  const code: RedisStoreError['code'] | undefined = undefined;
  void code;
  return createResendClient({ ...options, rateLimit: { store } });
}
// Endpoint methods with the named types, and the building blocks at /compose.
export async function viaMethods(body: EmailInput<SendEmailRequest>): Promise<string> {
  const sent = await unwrap(client.emails.send(body, { idempotencyKey: 'order-1' }));
  const email: Email = await unwrap(client.emails.get(sent.id));
  return email.id;
}
export const store: RateLimitStore = { tryAcquire: (): AcquireResult => ({ slot: 1 }), release() {}, pauseUntil() {} };
export const limiter = new RateLimiter({ store });
export const release: ReleaseSlot = () => undefined;
export const wrap = withRetry;
export async function bounceReason(payload: string, headers: Headers): Promise<string | undefined> {
  try {
    const event: WebhookEvent = await verifyWebhook({ payload, headers, secret: 'whsec_c2VjcmV0' });
    return event.type === 'email.bounced' ? event.data.bounce.message : undefined;
  } catch (error) {
    if (isWebhookVerificationError(error)) return error.code;
    throw error;
  }
}
export const POST: (request: Request) => Promise<Response> = webhookHandler('whsec_c2VjcmV0', {
  'email.bounced': (event) => void event.data.bounce.subType,
});
// One error base from the tiny /errors entry: every package's error extends it, codes are typed.
export function describeError(error: unknown): string {
  if (isWebhookVerificationError(error)) {
    const code: 'invalid_signature' | 'missing_header' | (string & {}) = error.code;
    return code;
  }
  if (error instanceof ResendError) return `${error.code} ${error.method ?? '-'} ${error.path ?? '-'}`;
  if (isResendKitError(error)) {
    const base: ResendKitError = error;
    return JSON.stringify(base.toJSON());
  }
  return String(error);
}
