/**
 * `pnpm --filter @resendkit/demo traces`: prints the OpenTelemetry spans of a few calls against the
 * fake in-process, as the SDK's ConsoleSpanExporter writes them: a send, a send that meets one 503
 * and is retried, and a list read page by page. No address, subject or key appears in them.
 */
import { BasicTracerProvider, ConsoleSpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { createResendClient } from '@resendkit/client';
import { createFakeResend } from '@resendkit/mock';
import { collect } from '@resendkit/pagination';

const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });

/** The fake's answer; the first injected 503 also switches fault injection off, so the retry succeeds. */
async function fakeFetch(request: Request): Promise<Response> {
  const response = await fake.fetch(request);
  if (response.status === 503) fake.setFaults(undefined);
  return response;
}

const tracerProvider = new BasicTracerProvider({
  spanProcessors: [new SimpleSpanProcessor(new ConsoleSpanExporter())],
});
const resend = createResendClient({
  apiKey: 're_traces_example_0123456789',
  fetch: fakeFetch,
  retry: { baseDelayMs: 10, maxDelayMs: 50 },
  telemetry: { tracerProvider },
});

const email = { from: 'Acme <hello@acme.dev>', to: ['delivered+ada@resend.dev'], text: 'Hello Ada' };

async function step(title: string, call: () => Promise<{ error?: { name: string; message: string } }>) {
  console.log(`\n# ${title}`);
  const { error } = await call();
  if (error) throw new Error(`${title}: ${error.name}: ${error.message}`);
}

await step('emails.send', () => resend.emails.send({ ...email, subject: 'Welcome' }));
fake.setFaults({ errorRate: 1, statuses: [503] });
await step('emails.send, answered 503 once and retried', () =>
  resend.emails.send({ ...email, subject: 'Your receipt' }),
);
console.log('\n# collect(GET /emails), one email per page');
await collect(resend, '/emails', { params: { query: { limit: 1 } } });
await tracerProvider.shutdown();
