/**
 * `sendAll` takes `signal: null` as no signal, as every call does; it was refused as
 * `invalid_option`. Any other value that is no AbortSignal is still refused by name.
 */
import { describe, expect, it } from 'vitest';
import { sendAll } from '../src/index.js';
import { email, testClient } from './helpers.js';

describe('sendAll with signal: null', () => {
  it('sends as with no signal', async () => {
    const seen: (AbortSignal | null | undefined)[] = [];
    const fetch = async (input: Request | string, init?: RequestInit) => {
      seen.push(input instanceof Request ? input.signal : init?.signal);
      return new Response(JSON.stringify({ data: [{ id: 'e-1' }, { id: 'e-2' }] }), {
        headers: { 'content-type': 'application/json' },
      });
    };
    const report = await sendAll(testClient({ fetch }), [email, { ...email, to: 'bo@example.com' }], {
      signal: null as never,
    });
    expect(report).toMatchObject({ sent: 2, aborted: false, results: [{ id: 'e-1' }, { id: 'e-2' }] });
    expect(seen).toHaveLength(1);
  });

  it.each([0, false, '', {}])('still refuses %j by name before sending anything', async (signal) => {
    let requests = 0;
    const fetch = async () => {
      requests++;
      return new Response('{}');
    };
    await expect(sendAll(testClient({ fetch }), [email], { signal: signal as never })).rejects.toMatchObject({
      problem: 'invalid_option',
      message: expect.stringMatching(/^signal must be an AbortSignal/),
    });
    expect(requests).toBe(0);
  });
});
