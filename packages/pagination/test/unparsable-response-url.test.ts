/**
 * An API error met through a custom client whose response carries a `url` that does not parse: the
 * URL only names the failed call, so the walk rejects with the API's `ResendError`, named by the
 * list path, never with the bare `TypeError` of `new URL`.
 */
import { isResendError } from '@resendkit/client';
import { expect, it } from 'vitest';
import { type PaginationClient, paginate } from '../src/index.js';
import { rejection } from './rejection.js';

/** A client answering every request with a 500 whose response reports `url`. */
function failingClient(url: string): PaginationClient {
  const error = { statusCode: 500, name: 'application_error', message: 'Boom.' };
  return {
    GET: async () => {
      const response = Response.json(error, { status: 500 });
      Object.defineProperty(response, 'url', { value: url });
      return { error, response };
    },
  } as unknown as PaginationClient;
}

it.each(['not a url', 'http://', '//emails'])(
  'names an API error by the list path when the response URL %j does not parse',
  async (url) => {
    const error = await rejection(paginate(failingClient(url), '/emails'));
    expect(isResendError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'application_error', method: 'GET', path: '/emails' });
  },
);

it('still names an API error by the path of a response URL that parses', async () => {
  const error = await rejection(paginate(failingClient('https://api.resend.com/emails?limit=2'), '/emails'));
  expect(error).toMatchObject({ code: 'application_error', method: 'GET', path: '/emails' });
  const other = await rejection(paginate(failingClient('https://proxy.example/v1/emails'), '/emails'));
  expect(other).toMatchObject({ path: '/v1/emails' });
});
