/**
 * `@resendkit/mock/msw`: msw 2 request handlers that delegate to a fake's core. This is the only
 * entry that imports msw (an optional peer dependency), so the core runs where msw cannot.
 * @module @resendkit/mock/msw
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import { checkFake } from './check-fake.js';
import type { FakeResend } from './fake.js';

/**
 * Everything under `base`, as a pattern without groups: msw percent-decodes what a path pattern
 * (`${base}/*`) captures, and a malformed escape (`/emails/%`) then threw inside msw (a 500 with its
 * stack, or an unhandled request) where the server answers the fake's 404. Case-insensitive, as msw
 * matches paths.
 */
function basePattern(base: string): RegExp {
  return new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`, 'i');
}

/**
 * msw handlers answering `https://api.resend.com/*` (and the fake's `baseUrl/*` when it has one)
 * with `fake`. A cut connection (fault injection) becomes `HttpResponse.error()`, a network error.
 * Throws a `FakeOptionsError` (option `fake`) when `fake` is not a fake from `createFakeResend()`.
 *
 * @example
 * ```ts
 * const server = setupServer(...mswHandlers(createFakeResend()));
 * ```
 */
export function mswHandlers(fake: FakeResend): RequestHandler[] {
  checkFake('mswHandlers', fake);
  return [...new Set(fake.baseUrls.map((u) => u.replace(/\/+$/, '')))].map((base) =>
    http.all(basePattern(base), async ({ request }) => {
      const outcome = await fake.handle(request);
      return outcome.kind === 'cut' ? HttpResponse.error() : outcome.response;
    }),
  );
}
