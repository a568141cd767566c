/** msw adapter: request handlers that delegate to the fake's core. */
import { http, HttpResponse, type RequestHandler } from 'msw';
import type { FakeOutcome } from './fake.js';

/** One catch-all handler per base URL; a cut connection becomes a network error. */
export function createMswHandlers(
  handle: (request: Request) => Promise<FakeOutcome>,
  baseUrls: readonly string[],
): RequestHandler[] {
  return [...new Set(baseUrls.map((u) => u.replace(/\/+$/, '')))].map((base) =>
    http.all(`${base}/*`, async ({ request }) => {
      const outcome = await handle(request);
      return outcome.kind === 'cut' ? HttpResponse.error() : outcome.response;
    }),
  );
}
