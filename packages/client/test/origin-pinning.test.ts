import { inspect } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { type Attempt, createResendClient, unwrap, withAuth } from './api.js';
import { API_KEY, BASE_URL, email } from './helpers.js';

/** A client whose fetch records every request it is handed (and answers 200), never touching msw. */
function recordingClient(baseUrl = BASE_URL) {
  const seen: Request[] = [];
  const fetch = vi.fn(async (request: Request) => {
    seen.push(request);
    return new Response(JSON.stringify({ id: 'x' }), { headers: { 'content-type': 'application/json' } });
  });
  const resend = createResendClient({ apiKey: API_KEY, baseUrl, rateLimit: false, retry: { baseDelayMs: 1 }, fetch });
  return { resend, fetch, seen };
}

function expectNoKey(value: unknown) {
  const printed = `${JSON.stringify(value)} ${inspect(value, { depth: 6 })}`;
  expect(printed).not.toContain(API_KEY);
}

describe('every attempt is pinned to the validated baseUrl', () => {
  it.each([
    ['a per-call baseUrl', '/emails', { baseUrl: 'http://evil.example' }],
    ['a per-call https baseUrl', '/emails', { baseUrl: 'https://evil.example/' }],
    ['a path that extends the host', '.evil.example/x', {}],
    ['a path that changes the port', ':8443/x', {}],
    ['a path that turns the host into credentials', '@evil.example/x', {}],
    ['a path that climbs out of the base path', '/../admin', {}],
  ])('refuses %s with a typed error and sends nothing', async (_, path, init) => {
    const { resend, fetch } = recordingClient(`${BASE_URL}/v1`);
    const result = await (resend.POST as (p: string, i: object) => Promise<{ error?: unknown; response: Response }>)(
      path,
      {
        body: email,
        ...init,
      },
    );
    expect(result.error).toMatchObject({ name: 'invalid_url', statusCode: null });
    expect(result.response.status).toBe(400);
    expect(fetch).not.toHaveBeenCalled();
    expectNoKey(result);
    let thrown: unknown;
    try {
      unwrap(result);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ name: 'invalid_url', method: 'POST' });
    expectNoKey(thrown);
    expect(String((thrown as Error).stack)).not.toContain(API_KEY);
  });

  it("still sends calls under the base path, and a per-call baseUrl equal to the client's", async () => {
    const { resend, seen } = recordingClient(`${BASE_URL}/v1`);
    await resend.POST('/emails', { body: email });
    await resend.POST('/emails', { body: email, baseUrl: `${BASE_URL}/v1/` });
    expect(seen.map((r) => r.url)).toEqual([`${BASE_URL}/v1/emails`, `${BASE_URL}/v1/emails`]);
  });

  it('checks each attempt beneath the retries: a Send stack handed a foreign URL never reaches fetch', async () => {
    const below = vi.fn(async (_attempt: Attempt) => new Response('{}'));
    const send = withAuth(below, API_KEY, BASE_URL);
    const attempt = (url: string): Attempt => ({
      url,
      method: 'GET',
      headers: [],
      body: null,
      signal: new AbortController().signal,
    });
    for (const url of [
      'https://evil.example/emails',
      `${BASE_URL}:8443/emails`,
      'http://api.resend.test/emails',
      `${BASE_URL}.evil.example/x`,
    ]) {
      const response = await send(attempt(url));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ name: 'invalid_url' });
    }
    expect(below).not.toHaveBeenCalled();
    await send(attempt(`${BASE_URL}/emails?limit=1`));
    expect(below).toHaveBeenCalledTimes(1);
    expect(below.mock.calls[0]?.[0].headers).toContainEqual(['authorization', `Bearer ${API_KEY}`]);
  });
});
