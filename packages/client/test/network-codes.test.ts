/**
 * A network failure names its code (`ECONNREFUSED`, `ECONNRESET`, …) on every runtime. Node and Bun
 * put the code on the error (Node on its `cause`); Deno puts none anywhere, only the operating
 * system's words inside the cause's message. The client reads the code from those words, so a
 * refused connection on Deno is known not to have been sent, as it is on Node and Bun.
 */
import { describe, expect, it } from 'vitest';
import { unwrap } from './api.js';
import { email, testClient } from './helpers.js';

/** What Deno's `fetch` rejects with when a connection fails: a code-less TypeError with a code-less cause. */
function denoFailure(detail: string): TypeError {
  const cause = new Error(`error sending request for url (http://127.0.0.1:4010/emails): ${detail}`);
  return new TypeError('fetch failed', { cause });
}

/** The error `unwrap()` throws for a send whose `fetch` rejects with `error`. */
async function sendFailing(error: Error) {
  const resend = testClient({ baseUrl: 'http://127.0.0.1:4010', retry: false, fetch: () => Promise.reject(error) });
  const thrown: unknown = await unwrap(resend.emails.send(email)).catch((failure: unknown) => failure);
  return thrown as { name: string; message: string; maybeSent: boolean; cause?: unknown } | undefined;
}

describe('a network failure on Deno, whose error carries no code', () => {
  it('names ECONNREFUSED, host and port for a refused connection, and says it was not sent', async () => {
    const thrown = denoFailure('client error (Connect): tcp connect error: Connection refused (os error 111)');
    const error = await sendFailing(thrown);
    expect(error).toMatchObject({ name: 'network_error', maybeSent: false });
    expect(error?.message).toContain('127.0.0.1:4010');
    expect(error?.message).toContain('ECONNREFUSED');
    // The platform's error stays the cause (a copy with any key scrubbed), its words intact.
    expect(error?.cause).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
    expect(((error?.cause as Error).cause as Error).message).toBe((thrown.cause as Error).message);
  });

  it('names ECONNRESET for a reset connection, which may have been sent', async () => {
    const error = await sendFailing(
      denoFailure('client error (Connect): tcp connect error: Connection reset by peer (os error 104)'),
    );
    expect(error).toMatchObject({ name: 'network_error', maybeSent: true });
    expect(error?.message).toContain('ECONNRESET');
  });

  it('names ENOTFOUND for a name that does not resolve, which was not sent', async () => {
    const error = await sendFailing(
      denoFailure('client error (Connect): dns error: failed to lookup address information: Name or service not known'),
    );
    expect(error).toMatchObject({ name: 'network_error', maybeSent: false });
    expect(error?.message).toContain('ENOTFOUND');
  });

  it('names ETIMEDOUT for a connect that timed out, and ECONNRESET for a connection closed mid-answer', async () => {
    const timedOut = await sendFailing(
      denoFailure('client error (Connect): tcp connect error: Connection timed out (os error 110)'),
    );
    expect(timedOut?.message).toContain('ETIMEDOUT');
    const closed = await sendFailing(
      denoFailure('client error (SendRequest): connection closed before message completed'),
    );
    expect(closed).toMatchObject({ maybeSent: true });
    expect(closed?.message).toContain('ECONNRESET');
  });

  it('keeps a code the error itself carries, and adds none to a failure whose words name no code', async () => {
    const coded = Object.assign(new TypeError('Unable to connect. Connection refused?'), { code: 'EHOSTUNREACH' });
    expect((await sendFailing(coded))?.message).toContain('EHOSTUNREACH');
    const plain = await sendFailing(denoFailure('client error (Connect): invalid peer certificate: UnknownIssuer'));
    expect(plain?.message).not.toMatch(/\(E[A-Z]+\)/);
    expect(plain).toMatchObject({ maybeSent: true });
  });
});
