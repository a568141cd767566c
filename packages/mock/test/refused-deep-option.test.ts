/**
 * An option refused for its kind is shown in the refusal's message. A value nested deep (the test
 * API takes settings from any HTTP client) is refused like any other: showing it whole overflowed
 * the stack, and `PUT /_inbox/api/settings` answered a 500 instead of naming the option.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeResend, isFakeOptionsError } from '../src/index.js';
import { listen, type FakeServer } from '../src/server.js';

/** `[[[…[]…]]]`, `depth` arrays deep, built without recursion. */
function nested(depth: number): unknown[] {
  let value: unknown[] = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

let server: FakeServer;
beforeAll(async () => {
  server = await listen(createFakeResend());
});
afterAll(() => server.close());

describe('an option refused with a value nested deep', () => {
  it('is a FakeOptionsError naming the option', () => {
    let refusal: unknown;
    try {
      createFakeResend({ faults: nested(30_000) as never });
    } catch (error) {
      refusal = error;
    }
    expect(isFakeOptionsError(refusal) && refusal.option).toBe('faults');
  });

  it('still shows a value nested two levels whole', () => {
    expect(() => createFakeResend({ faults: { latencyMs: [[1, 2], 3, 4] as never } })).toThrow(
      /got \[\[1, 2\], 3, 4\]\./,
    );
  });

  it('answers the test API settings route with a 422 naming the option', async () => {
    const response = await fetch(`${server.inboxUrl}api/settings`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: `{"faults":${'['.repeat(30_000)}${']'.repeat(30_000)}}`,
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ option: 'faults' });
  });
});
