// A CommonJS TypeScript consumer of the mock, type-checked with skipLibCheck: false and without msw
// installed: the core and server entries' declarations must stand on their own.
import { createFakeResend, FakeOptionsError, type FakeResend, type FakeResendOptions } from '@resendkit/mock';
import { listen, type FakeServer, type ListenOptions } from '@resendkit/mock/server';

const options: FakeResendOptions = { rps: 10, seed: 3 };
const fake: FakeResend = createFakeResend(options);
const listenOptions: ListenOptions = { host: '127.0.0.1', port: 0 };

export async function start(): Promise<FakeServer> {
  const response = await fake.fetch(
    new Request('https://api.resend.com/emails', { headers: { 'user-agent': 'consumer/1.0' } }),
  );
  if (response.status === 0) throw new FakeOptionsError('rps', 'never');
  return listen(fake, listenOptions);
}
