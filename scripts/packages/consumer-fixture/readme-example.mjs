// Runs a README's first example (compiled to JavaScript, path in argv[2]) as a reader would, against
// the packed fake: the examples read their key and base URL from the environment, and those written
// for the real API name its URL, so both lead here. With `--sigterm` the runner then stops its own
// server and sends the process SIGTERM: only the example's own handler may end it.
import { pathToFileURL } from 'node:url';
import { createFakeResend } from '@resendkit/mock';
import { listen } from '@resendkit/mock/server';

const fake = createFakeResend({ domains: ['acme.dev'] });
const server = await listen(fake, { host: '127.0.0.1' });
process.env.RESEND_BASE_URL = server.url;
process.env.RESEND_API_KEY = 're_test_readme_1234567890';
const platformFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const request = new Request(input, init);
  return platformFetch(new Request(request.url.replace('https://api.resend.com', server.url), request));
};
// An example that handles an API error by logging it has not worked.
const errors = [];
console.error = (...args) => void errors.push(args.map(String).join(' '));

let thrown;
try {
  await import(pathToFileURL(process.argv[2]).href);
} catch (error) {
  thrown = String(error);
}
// Queued examples send after their module has run.
for (let i = 0; i < 100 && process.argv.includes('--sigterm') && fake.state.emails.size === 0; i++)
  await new Promise((resolve) => setTimeout(resolve, 50));
const subjects = fake.state.emails.all().map((email) => email.subject);
process.stdout.write(`${JSON.stringify({ thrown, errors, subjects })}\n`);
await server.close();
if (process.argv.includes('--sigterm')) process.kill(process.pid, 'SIGTERM');
