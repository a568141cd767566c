import { describe, expect, it } from 'vitest';
import { stubbedClient } from './helpers.js';

const client = () => stubbedClient();

type List = (query?: unknown) => ReturnType<ReturnType<typeof client>['resend']['emails']['list']>;

describe("an endpoint method's query of the wrong kind", () => {
  it.each([
    ['a string', 'limit=5', 'string'],
    ['an array', ['a', 'b'], 'array'],
  ])('is refused as invalid_option when the query is %s, nothing sent', async (_, query, kind) => {
    const { resend, sent } = client();
    const result = await (resend.emails.list as List)(query);
    expect(result.error).toMatchObject({ name: 'invalid_option', statusCode: null });
    expect(result.error?.message).toBe(
      `The query of GET /emails must be an object of strings, numbers, booleans or lists of them (got ${kind}); nothing was sent.`,
    );
    expect(sent).toEqual([]);
  });

  it.each([
    ['a Date', { limit: 2, after: new Date(0) }, 'object'],
    ['an object with toString', { after: { toString: () => 'c' } }, 'object'],
    ['a function', { after: () => 'c' }, 'function'],
    ['an object in a list', { after: [{}] }, 'object'],
  ])('is refused as invalid_option when a value is %s', async (_, query, kind) => {
    const { resend, sent } = client();
    const result = await (resend.emails.list as List)(query);
    expect(result.error).toMatchObject({ name: 'invalid_option', statusCode: null });
    expect(result.error?.message).toMatch(
      new RegExp(`^The query of GET /emails must be an object of .* \\(got ${kind}\\)`),
    );
    expect(sent).toEqual([]);
  });

  it('sends a plain query, no query and a null-prototype one', async () => {
    const { resend, sent } = client();
    const bare = Object.assign(Object.create(null) as object, { limit: 3 });
    for (const query of [{ limit: 2, after: 'x' }, undefined, null, bare]) {
      expect((await (resend.emails.list as List)(query)).error).toBeUndefined();
    }
    expect(sent).toEqual([
      'https://api.test/emails?limit=2&after=x',
      'https://api.test/emails',
      'https://api.test/emails',
      'https://api.test/emails?limit=3',
    ]);
  });
});
