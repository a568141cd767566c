/** Without `webhooks.fetch`, deliveries go through the global fetch, where msw can answer them. */
import { verifyWebhook } from '@resendkit/webhooks';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { mswHandlers } from '../src/msw.js';
import { HEADERS } from './helpers.js';

it('delivers through the global fetch, so an msw handler for the endpoint receives signed events', async () => {
  const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
  const received: Request[] = [];
  const server = setupServer(
    ...mswHandlers(fake),
    http.post('https://hooks.acme.dev/resend', ({ request }) => {
      received.push(request.clone());
      return HttpResponse.text('ok');
    }),
  );
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const post = (path: string, body: unknown) =>
      fetch(`https://api.resend.com${path}`, {
        method: 'POST',
        headers: { ...HEADERS, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((r) => r.json());
    const hook = (await post('/webhooks', { endpoint: 'https://hooks.acme.dev/resend', events: ['email.sent'] })) as {
      signing_secret: string;
    };
    const sent = (await post('/emails', {
      from: 'a@acme.dev',
      to: 'delivered@resend.dev',
      subject: 'Hi',
      text: 'hi',
    })) as { id: string };
    await fake.settleWebhooks();
    expect(received).toHaveLength(1);
    const event = await verifyWebhook({
      payload: await received[0]!.text(),
      headers: received[0]!.headers,
      secret: hook.signing_secret,
    });
    expect(event).toMatchObject({ type: 'email.sent', data: { email_id: sent.id } });
    expect(fake.state.webhookDeliveries.all()[0]!.attempts[0]).toMatchObject({ http_status_code: 200, response: 'ok' });
  } finally {
    server.close();
    fake.reset();
  }
});
