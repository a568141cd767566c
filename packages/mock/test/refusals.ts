/** Helpers for tests of what the fake refuses: the error a call threw, and the FakeOptionsError expected. */
import { expect } from 'vitest';
import { isFakeOptionsError } from '../src/index.js';

/** What `run` threw or rejected with (undefined when it did neither). */
export async function refusal(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** Expects `run` to fail with a FakeOptionsError for `option` whose message contains `message`. */
export async function expectRefused(run: () => unknown, option: string, message: string): Promise<void> {
  const error = await refusal(run);
  expect(isFakeOptionsError(error), String(error)).toBe(true);
  expect(error).toMatchObject({ code: 'invalid_option', option });
  expect((error as Error).message).toContain(message);
}

/** Untyped, as a JavaScript caller (or a cast, or a spread of a wider object) would pass it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const loose = (value: unknown): any => value;
