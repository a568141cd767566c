import { describe, expect, it } from 'vitest';
import { stubbedClient } from './helpers.js';

/** Half of an emoji: a string cut through a surrogate pair, which `encodeURIComponent` throws on. */
const CUT = '😀'.slice(0, 1);

const client = (withMiddleware: boolean) => stubbedClient(undefined, withMiddleware);

describe('a path or query parameter holding a lone UTF-16 surrogate', () => {
  for (const withMiddleware of [false, true]) {
    const via = withMiddleware ? ' (through openapi-fetch)' : '';

    it(`is refused as invalid_path_parameter, naming the parameter and not its value${via}`, async () => {
      const { resend, sent } = client(withMiddleware);
      const secret = `secret-${CUT}`;
      for (const result of [
        await resend.emails.get(secret),
        await resend.GET('/emails/{email_id}', { params: { path: { email_id: secret } } }),
        await resend.contacts.get({ email: `ada${CUT}@acme.dev` }),
      ]) {
        expect(result.error).toMatchObject({ name: 'invalid_path_parameter', statusCode: null });
        expect(result.error?.message).toMatch(/Path parameter "\w+" holds a lone UTF-16 surrogate/);
        expect(result.error?.message).not.toContain('secret');
        expect(result.response.status).toBe(400);
      }
      expect(sent).toEqual([]);
    });

    it(`is refused as invalid_option for a query value (a list cursor)${via}`, async () => {
      const { resend, sent } = client(withMiddleware);
      for (const result of [
        await resend.emails.list({ after: `x${CUT}` }),
        await resend.GET('/emails', { params: { query: { after: CUT } } }),
      ]) {
        expect(result.error).toMatchObject({ name: 'invalid_option', statusCode: null });
        expect(result.error?.message).toMatch(/Query parameter "after" holds a lone UTF-16 surrogate/);
      }
      expect(sent).toEqual([]);
    });
  }

  it('keeps a whole surrogate pair (an emoji) as it is', async () => {
    const { resend, sent } = client(false);
    const result = await resend.GET('/emails', { params: { query: { after: '😀' } } });
    expect(result.error).toBeUndefined();
    expect(sent).toEqual(['https://api.test/emails?after=%F0%9F%98%80']);
  });
});
