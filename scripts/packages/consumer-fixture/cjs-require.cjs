// CommonJS consumer: every package loads with require(), and the CJS build can send too.
const { createResendClient, VERSION, ResendKitError } = require('@resendkit/client');
const compose = require('@resendkit/client/compose');
const errors = require('@resendkit/client/errors');
const { createFakeResend } = require('@resendkit/mock');
const { listen } = require('@resendkit/mock/server');
const pagination = require('@resendkit/pagination');
const redis = require('@resendkit/redis');
const types = require('@resendkit/types');
const spec = require('@resendkit/types/openapi.json');
const { signWebhook, verifyWebhook } = require('@resendkit/webhooks');

(async () => {
  const fake = createFakeResend();
  const server = await listen(fake, { host: '127.0.0.1' });
  const baseUrl = server.url;
  try {
    const client = createResendClient({ baseUrl, apiKey: 're_test_consumer_1234567890' });
    const { data } = await client.emails.send({
      from: 'Acme <onboarding@resend.dev>',
      to: 'delivered@resend.dev',
      subject: 'Hello from CommonJS',
      text: 'hi',
    });
    const secret = `whsec_${Buffer.from('consumer test secret').toString('base64')}`;
    const payload = JSON.stringify({ type: 'email.sent', created_at: new Date().toISOString(), data: {} });
    const event = await verifyWebhook({ payload, headers: await signWebhook({ payload, secret }), secret });
    console.log(
      JSON.stringify({
        webhookType: event.type,
        version: VERSION,
        paginationExports: Object.keys(pagination).sort(),
        redisExports: Object.keys(redis).sort(),
        composeExports: Object.keys(compose).sort(),
        errorsExports: Object.keys(errors).sort(),
        oneBaseClass: ResendKitError === errors.ResendKitError,
        // Another package's error extends the one base of @resendkit/client/errors (a single installed copy).
        webhookErrorIsBase: await verifyWebhook({ payload, headers: {}, secret }).catch(
          (error) =>
            error instanceof errors.ResendKitError && errors.isResendKitError(error, 'WebhookVerificationError'),
        ),
        typesIsObject: typeof types === 'object',
        openapi: spec.openapi,
        id: data && data.id,
        recorded: data ? fake.state.emails.size : 0,
      }),
    );
  } finally {
    await server.close();
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
