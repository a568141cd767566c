/**
 * `baseUrl`'s path is stripped before routing never from requests on `https://api.resend.com`, and
 * only at a `/`. It was stripped from any request whose path started with it: with `baseUrl:
 * 'http://localhost:3000/api'`, `https://api.resend.com/api-keys` answered 404 (routed as `-keys`),
 * with `…/e` every `https://api.resend.com/emails…` route did, and `/api-keys` lost `/api` on any origin.
 */
import { describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { apiRequest, call, email } from './helpers.js';

const at = (url: string) => new Request(url, { headers: apiRequest('GET', '/').headers });

/** The status `fake.handle` answers `url` with (it answers any origin, as the server and msw need). */
async function statusOf(fake: ReturnType<typeof createFakeResend>, url: string): Promise<number> {
  const outcome = await fake.handle(at(url));
  return outcome.kind === 'response' ? outcome.response.status : 0;
}

describe('a baseUrl with a path', () => {
  it('leaves the path of a request on another origin whole, where it broke routes starting like it', async () => {
    const fake = createFakeResend({ rateLimit: false, baseUrl: 'http://localhost:3000/api' });
    expect((await fake.fetch(at('https://api.resend.com/api-keys'))).status).toBe(200);
    expect((await fake.fetch(at('http://localhost:3000/api/api-keys'))).status).toBe(200);
    const short = createFakeResend({ rateLimit: false, baseUrl: 'http://localhost:3000/e' });
    expect((await short.fetch(at('https://api.resend.com/emails'))).status).toBe(200);
    // Any other origin is taken as baseUrl's: the server sees requests on its own address.
    expect(await statusOf(short, 'http://127.0.0.1:4000/e/emails')).toBe(200);
  });

  it('strips it at a `/` only, where `/api-keys` lost `/api` on its own origin too', async () => {
    const fake = createFakeResend({ rateLimit: false, baseUrl: 'http://localhost:3000/api' });
    expect(await statusOf(fake, 'http://localhost:3000/api-keys')).toBe(200);
    expect(await statusOf(fake, 'http://localhost:3000/apidomains')).toBe(404);
    expect(await statusOf(fake, 'http://localhost:3000/api/domains')).toBe(200);
    expect(await statusOf(fake, 'http://localhost:3000/api')).toBe(404);
  });

  it("puts its path in the fake's own links only on its own origin", async () => {
    const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false, baseUrl: 'http://localhost:3000/api' });
    const attachments = [{ filename: 'a.txt', content: 'aGk=' }];
    const sent = await call(fake, 'POST', '/emails', { body: email({ attachments }) });
    const link = async (base: string) => {
      const list = await (await fake.fetch(at(`${base}/emails/${sent.body.id}/attachments`))).json();
      return (list as { data: { download_url: string }[] }).data[0]!.download_url;
    };
    expect(await link('https://api.resend.com')).toMatch(/^https:\/\/api\.resend\.com\/_files\//);
    expect(await link('http://localhost:3000/api')).toMatch(/^http:\/\/localhost:3000\/api\/_files\//);
  });
});
