// Must NOT type-check: POST /emails requires `subject`.
import { createResendClient } from '@resendkit/client';

const client = createResendClient({ apiKey: 're_test_consumer_1234567890' });
export const result = client.POST('/emails', {
  body: { from: 'Acme <onboarding@acme.dev>', to: 'a@example.com', html: '<p>hi</p>' },
});
