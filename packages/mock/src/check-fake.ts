/** The adapters' (msw handlers, local server) check of the fake they are handed. */
import { kindOf } from '@resendkit/client/shared';
import { FakeOptionsError } from './options-error.js';

/**
 * Throws a {@link FakeOptionsError} (option `fake`) unless `fake` looks like what `createFakeResend()`
 * returns: without it `listen(undefined)` would start a server whose every answer is a 500, and
 * `mswHandlers()` would fail with a bare `TypeError`.
 */
export function checkFake(adapter: string, fake: unknown): void {
  const f = fake as { baseUrls?: unknown; handle?: unknown } | null | undefined;
  if (Array.isArray(f?.baseUrls) && typeof f.handle === 'function') return;
  const got = kindOf(fake) === 'object' ? 'an object without baseUrls and handle' : kindOf(fake);
  throw new FakeOptionsError('fake', `${adapter} takes a fake made by createFakeResend() (got ${got}).`);
}
