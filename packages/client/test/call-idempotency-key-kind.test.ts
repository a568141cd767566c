/**
 * A per-call `idempotencyKey` that is not a string is refused before anything is sent. Read as it
 * was, `null` sent under a random key (a re-run would send again) and `true`, `NaN` or `5` became
 * the text of the key, shared by every call given the same value: the second email of another
 * call was answered from the first, not sent.
 */
import { describe, expect, it } from 'vitest';
import { ResendConfigError } from '../src/index.js';
import { email, recordRequests, testClient, useServer } from './helpers.js';

const server = useServer();

describe('per-call idempotencyKey of the wrong kind', () => {
  it.each([
    ['null', null, 'null'],
    ['a boolean', true, 'boolean'],
    ['NaN', NaN, 'number'],
    ['a number', 5, 'number'],
    ['an array', ['k'], 'array'],
  ])('%s rejects with invalid_option and sends nothing', async (_, key, kind) => {
    const seen = recordRequests(server);
    const resend = testClient();
    const call = resend.emails.send(email, { idempotencyKey: key as unknown as string });
    await expect(call).rejects.toBeInstanceOf(ResendConfigError);
    await expect(call).rejects.toMatchObject({
      code: 'invalid_option',
      message: `idempotencyKey must be a string (got ${kind}).`,
    });
    expect(seen).toHaveLength(0);
  });

  it('a string is sent as the key', async () => {
    const seen: (string | null)[] = [];
    const resend = testClient({
      fetch: async (request) => {
        seen.push(request.headers.get('idempotency-key'));
        return Response.json({ id: 'e1' });
      },
    });
    expect((await resend.emails.send(email, { idempotencyKey: 'order-7' })).data).toEqual({ id: 'e1' });
    expect(seen).toEqual(['order-7']);
  });
});
