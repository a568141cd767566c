// A CommonJS TypeScript file: these imports compile to require() and resolve the .d.cts declarations.
import { createResendClient } from '@resendkit/client';
import { createFakeResend } from '@resendkit/mock';
import { collect } from '@resendkit/pagination';

export async function main(): Promise<number> {
  const fake = createFakeResend();
  const client = createResendClient({ apiKey: 're_test_consumer_1234567890', baseUrl: await fake.listen() });
  const emails = await collect(client, '/emails', {}, { max: 10 });
  await fake.close();
  return emails.length;
}
