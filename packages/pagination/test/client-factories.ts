import { createResendClient } from '@resendkit/client';
import type { paths } from '@resendkit/types';
import createClient from 'openapi-fetch';
import type { PaginationClient } from '../src/index.js';
import { BASE_URL } from './list-api.js';

/** The clients every walk is tested with: a plain openapi-fetch client and resendkit's own. */
export const clients: [name: string, make: () => PaginationClient][] = [
  ['openapi-fetch createClient', () => createClient<paths>({ baseUrl: BASE_URL })],
  // Limiter and retries off, so request counts are the walk's own and no test waits on a clock.
  [
    '@resendkit/client createResendClient',
    () => createResendClient({ apiKey: 're_test_123', rateLimit: false, retry: false }),
  ],
];
