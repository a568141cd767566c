/**
 * The demo's webhook endpoint: a 127.0.0.1 server whose `webhookHandler` counts the events it
 * verified, registered through the demo's client (so the registration waits its turn in the rate
 * limit like every other call) so every accepted email comes back as a signed event.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webhookHandler, type WebhookEventType } from '@resendkit/webhooks';

/** A running receiver. */
export interface WebhookReceiver {
  /** Verified events by type. */
  readonly verified: Partial<Record<WebhookEventType, number>>;
  /** Deliveries refused (bad signature, stale…); 0 unless something is wrong. */
  readonly refused: number;
  close(): Promise<void>;
}

/** The event types the demo subscribes to: one per accepted email. */
export const DEMO_WEBHOOK_EVENTS = ['email.delivered'] as const;

/** Registers `endpoint` for `events` and resolves with its signing secret. */
export type RegisterWebhook = (endpoint: string, events: WebhookEventType[]) => Promise<string>;

/** Starts the endpoint and registers it with `register`. */
export async function startWebhookReceiver(register: RegisterWebhook): Promise<WebhookReceiver> {
  const verified: Partial<Record<WebhookEventType, number>> = {};
  let refused = 0;
  let handle = webhookHandler(undefined, {});
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
      const request = new Request(`http://127.0.0.1${req.url ?? '/'}`, {
        method: req.method,
        headers,
        body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
      });
      void handle(request).then(async (response) => {
        if (response.status === 400) refused++;
        res.writeHead(response.status, { 'content-type': 'text/plain' }).end(await response.text());
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/resend`;
  const secret = await register(endpoint, [...DEMO_WEBHOOK_EVENTS]);
  const count = (type: WebhookEventType) => () => void (verified[type] = (verified[type] ?? 0) + 1);
  handle = webhookHandler(secret, Object.fromEntries(DEMO_WEBHOOK_EVENTS.map((type) => [type, count(type)])));
  return {
    verified,
    get refused() {
      return refused;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
