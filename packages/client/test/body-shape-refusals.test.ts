import { describe, expect, it } from 'vitest';
import { createResendClient } from '../src/client.js';

/** A client that records every request and answers each with a send's id. */
function recording() {
  const seen: string[] = [];
  const fetch = async (request: Request) => {
    seen.push(`${request.method} ${new URL(request.url).pathname}`);
    return new Response(JSON.stringify({ id: 'x', data: [{ id: 'x' }] }), {
      headers: { 'content-type': 'application/json' },
    });
  };
  const resend = createResendClient({
    apiKey: 're_test_123456',
    baseUrl: 'https://api.test',
    rateLimit: false,
    retry: false,
    timeoutMs: 200,
    fetch,
  });
  return { resend, seen };
}

const email = { from: 'Acme <hi@acme.dev>', to: 'ada@example.com', subject: 'Hi', text: 'Hello' };

describe('bodies of the wrong shape are refused before sending', () => {
  it.each([
    ['emails.send(undefined)', (r: Refuser) => r.emails.send(undefined as never), /POST \/emails .*got undefined/],
    ['emails.send([])', (r: Refuser) => r.emails.send([] as never), /POST \/emails .*an object.*got array/],
    ['emails.send([email])', (r: Refuser) => r.emails.send([email] as never), /POST \/emails .*got array/],
    ['batch.send({})', (r: Refuser) => r.batch.send({} as never), /POST \/emails\/batch .*an array.*got object/],
    ['batch.send(undefined)', (r: Refuser) => r.batch.send(undefined as never), /POST \/emails\/batch .*got undefined/],
    ['domains.create()', (r: Refuser) => r.domains.create(undefined as never), /POST \/domains .*got undefined/],
    ['domains.update(id, [])', (r: Refuser) => r.domains.update('d1', [] as never), /PATCH \/domains\/\{domain_id\}/],
  ])('refuses %s as invalid_option, nothing sent', async (_, call, message) => {
    const { resend, seen } = recording();
    const result = (await call(resend)) as { error?: { name: string; message: string; statusCode: unknown } };
    expect(result.error).toMatchObject({ name: 'invalid_option', statusCode: null });
    expect(result.error?.message).toMatch(message);
    expect(result.error?.message).toMatch(/nothing was sent/);
    expect(seen).toEqual([]);
  });

  it('still sends a batch array, a body left out where the spec makes it optional, and either shape where it allows both', async () => {
    const { resend, seen } = recording();
    expect((await resend.batch.send([email])).error).toBeUndefined();
    expect((await resend.emails.share('e1')).error).toBeUndefined();
    expect((await resend.broadcasts.send('b1')).error).toBeUndefined();
    const topic = { id: 't1', subscription: 'opt_in' as const };
    expect((await resend.contacts.topics.update('c1', [topic] as never)).error).toBeUndefined();
    expect((await resend.contacts.topics.update('c1', { topics: [topic] } as never)).error).toBeUndefined();
    expect(seen).toEqual([
      'POST /emails/batch',
      'POST /emails/e1/share',
      'POST /broadcasts/b1/send',
      'PATCH /contacts/c1/topics',
      'PATCH /contacts/c1/topics',
    ]);
  });
});

type Refuser = ReturnType<typeof recording>['resend'];
