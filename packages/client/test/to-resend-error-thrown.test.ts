/**
 * `toResendError` takes "anything thrown by a call" too. What a call throws is its refusal of an
 * option (a `ResendConfigError`: nothing was sent) or an abort (the request may have left). Both
 * came back as a `network_error` that was not sent: code that retries network errors retried a
 * refused option for ever, and code that resends what was not sent sent an aborted email twice.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../../mock/src/index.js';
import { createResendClient, isResendError, toResendError } from '../src/index.js';

const email = { from: 'news@acme.dev', to: 'delivered@resend.dev', subject: 'Hi', text: 'Hi' };

function setup() {
  const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
  const resend = createResendClient({
    apiKey: 're_test_1234567890abcdef',
    fetch: fake.fetch,
    rateLimit: false,
    retry: false,
  });
  return { fake, resend };
}

describe('toResendError of what a call throws', () => {
  it('keeps the code of a refused option (invalid_option), not sent, instead of calling it a network_error', async () => {
    const { fake, resend } = setup();
    const thrown = await resend.emails.send(email, { timeoutMs: -1 }).catch((e: unknown) => e);
    const error = toResendError(thrown, undefined);
    expect(isResendError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'invalid_option', code: 'invalid_option', statusCode: null, maybeSent: false });
    expect(error.message).toContain('timeoutMs');
    expect(error.cause).toBe(thrown);
    expect(fake.state.emails.size).toBe(0);
  });

  it('says an abort of a request in flight may have been sent, as it was', async () => {
    const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
    const controller = new AbortController();
    // The abort comes once the request reached the server, which carries it out.
    const fetch = async (request: Request) => {
      const answer = fake.fetch(request);
      controller.abort();
      return answer;
    };
    const resend = createResendClient({ apiKey: 're_test_1234567890abcdef', fetch, rateLimit: false, retry: false });
    const thrown = await resend.emails.send(email, { signal: controller.signal }).catch((e: unknown) => e);
    const error = toResendError(thrown, undefined);
    expect(fake.state.emails.size).toBe(1);
    expect(error).toMatchObject({ name: 'network_error', maybeSent: true });
    expect(JSON.stringify(error) + String(error)).not.toContain('re_test_1234567890abcdef');
  });

  it('says a call stopped with a reason that is no Error (an abort with a string) may have been sent', async () => {
    const fake = createFakeResend({ rateLimit: false, domains: ['acme.dev'] });
    const controller = new AbortController();
    const fetch = async (request: Request) => {
      const answer = fake.fetch(request);
      controller.abort('user cancelled');
      return answer;
    };
    const resend = createResendClient({ apiKey: 're_test_1234567890abcdef', fetch, rateLimit: false, retry: false });
    const thrown = await resend.emails.send(email, { signal: controller.signal }).catch((e: unknown) => e);
    expect(thrown).toBe('user cancelled');
    const error = toResendError(thrown, undefined);
    expect(fake.state.emails.size).toBe(1);
    expect(error).toMatchObject({ name: 'network_error', statusCode: null, maybeSent: true });
    expect(error.message).toBe('The call was stopped: user cancelled.');
    expect(error.cause).toBe('user cancelled');
  });
});
