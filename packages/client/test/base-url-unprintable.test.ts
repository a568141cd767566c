/**
 * A `baseUrl` that cannot be turned into text (a prototype-less object, one whose `toString`
 * throws) is refused as `invalid_base_url`, as any other unusable base URL is, never with a
 * `TypeError` from building the message.
 */
import { describe, expect, it } from 'vitest';
import { ResendConfigError, createResendClient } from '../src/index.js';
import { API_KEY } from './helpers.js';

function refusal(baseUrl: unknown): unknown {
  try {
    createResendClient({ apiKey: API_KEY, baseUrl: baseUrl as string, rateLimit: false });
  } catch (error) {
    return error;
  }
  throw new Error('accepted');
}

describe('a baseUrl with no text', () => {
  it.each([
    ['a prototype-less object', Object.create(null) as object],
    [
      'an object whose toString throws',
      {
        toString() {
          throw new Error('no text');
        },
      },
    ],
  ])('%s is invalid_base_url naming its kind', (_, baseUrl) => {
    const error = refusal(baseUrl);
    expect(error).toBeInstanceOf(ResendConfigError);
    expect(error).toMatchObject({ code: 'invalid_base_url' });
    expect((error as Error).message).toBe('baseUrl must be an absolute https: URL; got "object".');
  });
});
