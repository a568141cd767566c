// Must NOT type-check: only the `exports` map is public, not files inside dist/.
import { createResendClient } from '@resendkit/client/dist/index.js';

export const client = createResendClient;
