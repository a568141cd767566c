// Must NOT type-check: '/emailz' is not a path of the Resend API.
import { createResendClient } from '@resendkit/client';

const client = createResendClient({ apiKey: 're_test_consumer_1234567890' });
export const result = client.GET('/emailz', {});
