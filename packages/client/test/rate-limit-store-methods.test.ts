/**
 * A `rateLimit.store` without a method the limiter calls is refused when the client is made. Taken
 * as it was, the client was built and then every call resolved `rate_limit_store_unavailable`
 * ("tryAcquire is not a function"): a mistake made once at start-up failed each send at run time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  MemoryRateLimitStore,
  RateLimiter,
  type RateLimitStore,
  ResendConfigError,
  createResendClient,
  resetSharedRateLimiters,
} from './api.js';
import { API_KEY } from './helpers.js';

afterEach(() => resetSharedRateLimiters());

/** A store with every method but `missing`. */
function storeWithout(missing: string): RateLimitStore {
  const memory = new MemoryRateLimitStore();
  const store: Record<string, unknown> = {
    tryAcquire: memory.tryAcquire.bind(memory),
    release: memory.release.bind(memory),
    pauseUntil: memory.pauseUntil.bind(memory),
  };
  delete store[missing];
  return store as unknown as RateLimitStore;
}

describe('a rateLimit.store missing a method the limiter calls', () => {
  it('an empty object is refused at construction, naming rateLimit.store and tryAcquire', () => {
    const build = () =>
      createResendClient({
        apiKey: API_KEY,
        fetch: async () => Response.json({ id: 'e1' }),
        rateLimit: { store: {} as RateLimitStore, team: 'store-methods-empty' },
      });
    expect(build).toThrow(ResendConfigError);
    expect(build).toThrow('rateLimit.store.tryAcquire must be a function (got undefined).');
    try {
      build();
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid_option' });
      expect(String((error as Error).message)).not.toContain(API_KEY);
    }
  });

  it.each(['tryAcquire', 'release', 'pauseUntil'])(
    'a store without %s is refused by the RateLimiter itself',
    (name) => {
      const build = () => new RateLimiter({ store: storeWithout(name) });
      expect(build).toThrow(ResendConfigError);
      expect(build).toThrow(`rateLimit.store.${name} must be a function (got undefined).`);
    },
  );

  it('a method that is there but not a function is refused too', () => {
    const store = { ...storeWithout('release'), release: 'later' } as unknown as RateLimitStore;
    expect(() => new RateLimiter({ store })).toThrow('rateLimit.store.release must be a function (got string).');
  });

  it('a store without the optional setLimit, or a class instance with its methods inherited, still works', async () => {
    const plain = createResendClient({
      apiKey: API_KEY,
      fetch: async () => Response.json({ id: 'e1' }),
      rateLimit: { store: storeWithout('setLimit'), team: 'store-methods-plain' },
    });
    expect((await plain.emails.get('e1')).data).toEqual({ id: 'e1' });
    class Subclassed extends MemoryRateLimitStore {}
    const inherited = createResendClient({
      apiKey: API_KEY,
      fetch: async () => Response.json({ id: 'e2' }),
      rateLimit: { store: new Subclassed(), team: 'store-methods-class' },
    });
    expect((await inherited.emails.get('e2')).data).toEqual({ id: 'e2' });
  });
});
