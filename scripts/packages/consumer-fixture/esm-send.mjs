// ESM consumer: a real send through @resendkit/client against @resendkit/mock's local server.
import { createResendClient } from '@resendkit/client';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import { collect } from '@resendkit/pagination';

const fake = createFakeResend();
const server = await listen(fake, { host: '127.0.0.1' });
const baseUrl = server.url;
try {
  const client = createResendClient({ baseUrl, apiKey: 're_test_consumer_1234567890' });
  const { data, error } = await client.POST('/emails', {
    body: { from: 'Acme <onboarding@acme.dev>', to: ['delivered@resend.dev'], subject: 'Hello from the consumer test', html: '<p>hi</p>' },
  });
  const listed = await collect(client, '/emails');
  console.log(JSON.stringify({ id: data?.id, error, recorded: fake.state.emails.get(data?.id ?? '')?.id, listed: listed.map((e) => e.id) }));
} finally {
  await server.close();
}
