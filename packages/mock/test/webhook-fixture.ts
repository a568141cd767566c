/** A fake with a recording webhook receiver, for the tests of the events the fake delivers. */
import { verifyWebhook, type WebhookEvent } from '@resendkit/webhooks';
import { expect, onTestFinished } from 'vitest';
import { createFakeResend, type FakeResendOptions } from '../src/index.js';
import { API, HEADERS } from './helpers.js';

/** A fake whose deliveries land in `received` (raw requests), answered by `answer`; reset when the test ends. */
export function setup(
  answer: (request: Request, n: number) => Response | Promise<Response> = () => new Response('ok'),
  webhooks: FakeResendOptions['webhooks'] = {},
) {
  const received: Request[] = [];
  const fake = createFakeResend({
    domains: ['acme.dev'],
    rateLimit: false,
    validateResponses: true,
    webhooks: { fetch: (r) => answer(r, received.push(r.clone())), ...webhooks },
  });
  // reset() cancels scheduled retries.
  onTestFinished(() => fake.reset());
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fake.fetch(
      new Request(`${API}${path}`, {
        method,
        headers: { ...HEADERS, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    const text = await response.text();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as Record<string, any> };
  };
  const register = async (
    events: string[] = ['email.sent', 'email.delivered', 'email.bounced', 'email.complained'],
    endpoint = 'https://hooks.acme.dev/resend',
  ) => {
    const created = await call('POST', '/webhooks', { endpoint, events });
    expect(created.status).toBe(201);
    return created.body as { id: string; signing_secret: string };
  };
  const send = (to: string | string[], extra: Record<string, unknown> = {}) =>
    call('POST', '/emails', {
      from: 'Acme <onboarding@acme.dev>',
      to,
      subject: 'Hello',
      text: 'hi',
      tags: [{ name: 'category', value: 'welcome' }],
      ...extra,
    });
  return { fake, received, call, register, send };
}

/** The deliveries, verified with the endpoint's secret. */
export async function verified(requests: Request[], secret: string): Promise<WebhookEvent[]> {
  return Promise.all(
    requests.map(async (r) => verifyWebhook({ payload: await r.clone().text(), headers: r.headers, secret })),
  );
}
