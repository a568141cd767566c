// A CommonJS TypeScript file: these imports compile to require() and resolve the .d.cts declarations.
import { createResendClient } from '@resendkit/client';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';
import { collect } from '@resendkit/pagination';

export async function main(): Promise<number> {
  const server = await listen(createFakeResend());
  const client = createResendClient({ apiKey: 're_test_consumer_1234567890', baseUrl: server.url });
  const emails = await collect(client, '/emails', {}, { max: 10 });
  await server.close();
  return emails.length;
}
