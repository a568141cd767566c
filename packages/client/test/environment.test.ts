/** RESEND_* environment reads never throw: a refused read (Deno's NotCapable) means "not set". */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createResendClient } from '../src/index.js';
import { readEnvironment } from '../src/environment.js';

class NotCapable extends Error {
  override name = 'NotCapable';
}
const refuse = (): never => {
  throw new NotCapable('Requires env access to "RESEND_API_KEY", run again with the --allow-env flag');
};
/** A `process.env` whose every read throws, as Deno's does without --allow-env. */
const throwingEnv = new Proxy({}, { get: refuse, has: refuse, ownKeys: refuse, getOwnPropertyDescriptor: refuse });

describe('readEnvironment', () => {
  it('reads process.env, then Deno.env, and treats empty as unset', () => {
    expect(readEnvironment('RESEND_X', { process: { env: { RESEND_X: 'a' } } })).toBe('a');
    expect(readEnvironment('RESEND_X', { process: { env: { RESEND_X: '' } }, Deno: { env: { get: () => 'b' } } })).toBe(
      'b',
    );
    expect(readEnvironment('RESEND_X', {})).toBeUndefined();
  });

  it('returns undefined when process.env throws on read', () => {
    expect(
      readEnvironment('RESEND_API_KEY', { process: { env: throwingEnv as Record<string, string> } }),
    ).toBeUndefined();
  });

  it('returns undefined when Deno.env.get throws NotCapable, and when `process` itself throws', () => {
    expect(readEnvironment('RESEND_API_KEY', { Deno: { env: { get: refuse } } })).toBeUndefined();
    const hostile = Object.defineProperty({}, 'process', { get: refuse }) as Parameters<typeof readEnvironment>[1];
    expect(readEnvironment('RESEND_API_KEY', hostile)).toBeUndefined();
  });
});

describe('createResendClient where the environment refuses reads', () => {
  const original = Object.getOwnPropertyDescriptor(process, 'env')!;
  // Node loads its fetch implementation lazily, and that load reads process.env: do it first.
  beforeAll(() => void new Request('http://127.0.0.1/'));
  afterEach(() => {
    Object.defineProperty(process, 'env', original);
    vi.unstubAllGlobals();
  });

  it('works from its options when process.env and Deno.env both throw', () => {
    vi.stubGlobal('Deno', { env: { get: refuse } });
    Object.defineProperty(process, 'env', { value: throwingEnv, configurable: true, writable: true });
    const client = createResendClient({ apiKey: 're_test_123456', baseUrl: 'http://127.0.0.1:3000' });
    expect(typeof client.POST).toBe('function');
  });

  it('reports the missing key as a ResendConfigError, not NotCapable', () => {
    Object.defineProperty(process, 'env', { value: throwingEnv, configurable: true, writable: true });
    expect(() => createResendClient()).toThrow(
      expect.objectContaining({ name: 'missing_api_key', code: 'missing_api_key' }),
    );
  });
});
