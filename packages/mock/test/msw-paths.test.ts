/** The msw handlers answer what the server answers for the same path, and leave other hosts alone. */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { mswHandlers } from '../src/msw.js';
import { listen } from '../src/server.js';
import { HEADERS } from './helpers.js';

const options = { domains: ['acme.dev'], rateLimit: false, baseUrl: 'https://resend.internal/proxy' } as const;
const msw = setupServer(
  ...mswHandlers(createFakeResend(options)),
  // A pattern, not a path: msw's path matching would decode the test's malformed escapes itself.
  http.get(/^https:\/\/app\.test\//, ({ request }) => HttpResponse.text(`app ${new URL(request.url).pathname}`)),
);
const answer = async (url: string) => {
  const response = await fetch(url, { headers: HEADERS });
  return [response.status, await response.text()];
};

const MALFORMED = ['/domains/%E0%A4%A', '/emails/%', '/contacts/%zz/segments'];
/** What the server answers for each malformed path, read before msw intercepts `fetch`. */
const fromServer = new Map<string, unknown[]>();
beforeAll(async () => {
  const server = await listen(createFakeResend(options));
  for (const path of MALFORMED) fromServer.set(path, await answer(`${server.url}${path}`));
  await server.close();
  msw.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => msw.close());

it('answers a path with a malformed percent-escape as the server does, not with an msw exception', async () => {
  for (const path of MALFORMED) {
    expect(fromServer.get(path)?.[0]).toBe(404);
    expect(await answer(`https://api.resend.com${path}`)).toEqual(fromServer.get(path));
    expect(await answer(`https://resend.internal/proxy${path}`)).toEqual(fromServer.get(path));
  }
});

it('matches only its own base URLs: other hosts and paths beside the prefix reach their own handlers', async () => {
  expect(await answer('https://app.test/emails/%E0%A4%A')).toEqual([200, 'app /emails/%E0%A4%A']);
  await expect(fetch('https://api.resend.com.app.test/emails', { headers: HEADERS })).rejects.toThrow();
  await expect(fetch('https://resend.internal/proxyx/emails', { headers: HEADERS })).rejects.toThrow();
  expect((await answer('https://API.Resend.com/emails'))[0]).toBe(200);
});
