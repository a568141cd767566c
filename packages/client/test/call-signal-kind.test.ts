/**
 * A per-call `signal` of the wrong kind is refused before anything is sent, falsy ones included:
 * `0`, `false` or `''` given to an endpoint method was dropped and the email sent with no way to
 * abort it, while a truthy wrong one (`'stop'`) was refused. `null` and `undefined` mean no signal.
 */
import { describe, expect, it } from 'vitest';
import { email, recordRequests, testClient, useServer } from './helpers.js';

const server = useServer();

describe('per-call signal of the wrong kind', () => {
  it.each([
    ['0', 0, 'number'],
    ['false', false, 'boolean'],
    ['an empty string', '', 'string'],
    ['NaN', NaN, 'number'],
    ['a string', 'stop', 'string'],
  ])('%s resolves as invalid_option through an endpoint method and sends nothing', async (_, signal, kind) => {
    const seen = recordRequests(server);
    const result = await testClient().emails.send(email, { signal: signal as unknown as AbortSignal });
    expect(result.error).toMatchObject({
      name: 'invalid_option',
      statusCode: null,
      message: `signal must be an AbortSignal (got ${kind}), so nothing was sent.`,
    });
    expect(seen).toHaveLength(0);
  });

  it.each([
    ['0', 0],
    ['false', false],
    ['an empty string', ''],
  ])('%s resolves as invalid_option through a path call and sends nothing', async (_, signal) => {
    const seen = recordRequests(server);
    const result = await testClient().POST('/emails', { body: email, signal: signal as unknown as AbortSignal });
    expect(result.error).toMatchObject({ name: 'invalid_option', statusCode: null });
    expect(seen).toHaveLength(0);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
  ])('%s means no signal: the email is sent', async (_, signal) => {
    const seen = recordRequests(server);
    const resend = testClient();
    const sent = await resend.emails.send(email, { signal: signal as unknown as AbortSignal });
    expect(sent.data).toEqual({ object: 'x', id: 'id_1', data: [] });
    const posted = await resend.POST('/emails', { body: email, signal: signal as unknown as AbortSignal });
    expect(posted.error).toBeUndefined();
    expect(seen).toHaveLength(2);
  });
});
