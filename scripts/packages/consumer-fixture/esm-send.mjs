// ESM consumer: a real send through @resendkit/client against @resendkit/mock's local server.
import { createResendClient } from '@resendkit/client';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import { collect } from '@resendkit/pagination';
import { webhookHandler } from '@resendkit/webhooks';

// Webhook deliveries go in-process to a webhookHandler once the endpoint is registered.
let receive = async () => new Response('not ready', { status: 503 });
const received = [];
const fake = createFakeResend({ webhooks: { fetch: (request) => receive(request) } });
const server = await listen(fake, { host: '127.0.0.1' });
const baseUrl = server.url;
try {
  const client = createResendClient({ baseUrl, apiKey: 're_test_consumer_1234567890' });
  const hook = await client.POST('/webhooks', {
    body: { endpoint: 'https://app.acme.dev/hooks', events: ['email.delivered'] },
  });
  receive = webhookHandler(hook.data.signing_secret, {
    'email.delivered': (event) => void received.push(event.data.email_id),
  });
  const { data, error } = await client.POST('/emails', {
    body: {
      from: 'Acme <onboarding@resend.dev>',
      to: ['delivered@resend.dev'],
      subject: 'Hello from the consumer test',
      html: '<p>hi</p>',
    },
  });
  const listed = await collect(client, '/emails');
  await fake.settleWebhooks();
  console.log(
    JSON.stringify({
      id: data?.id,
      error,
      recorded: fake.state.emails.get(data?.id ?? '')?.id,
      listed: listed.map((e) => e.id),
      delivered: received,
    }),
  );
} finally {
  await server.close();
}
