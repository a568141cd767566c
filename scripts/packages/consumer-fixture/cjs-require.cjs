// CommonJS consumer: every package loads with require(), and the CJS build can send too.
const { createResendClient, VERSION } = require('@resendkit/client');
const { createFakeResend } = require('@resendkit/mock');
const { listen } = require('@resendkit/mock/server');
const pagination = require('@resendkit/pagination');
const types = require('@resendkit/types');
const spec = require('@resendkit/types/openapi.json');
const { signWebhook, verifyWebhook } = require('@resendkit/webhooks');

(async () => {
  const fake = createFakeResend();
  const server = await listen(fake, { host: '127.0.0.1' });
  const baseUrl = server.url;
  try {
    const client = createResendClient({ baseUrl, apiKey: 're_test_consumer_1234567890' });
    const { data } = await client.POST('/emails', {
      body: { from: 'Acme <onboarding@acme.dev>', to: 'delivered@resend.dev', subject: 'Hello from CommonJS', text: 'hi' },
    });
    const secret = `whsec_${Buffer.from('consumer test secret').toString('base64')}`;
    const payload = JSON.stringify({ type: 'email.sent', created_at: new Date().toISOString(), data: {} });
    const event = await verifyWebhook({ payload, headers: await signWebhook({ payload, secret }), secret });
    console.log(JSON.stringify({
      webhookType: event.type,
      version: VERSION,
      paginationExports: Object.keys(pagination).sort(),
      typesIsObject: typeof types === 'object',
      openapi: spec.openapi,
      id: data && data.id,
      recorded: data ? fake.state.emails.size : 0,
    }));
  } finally {
    await server.close();
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
