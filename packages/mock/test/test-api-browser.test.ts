/**
 * The test API from a real browser (headless Chromium through playwright-core), as a Playwright
 * suite uses it: the page long-polls the running server for the email its sign-in form caused,
 * then follows the magic link the test API found in it.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { listen, type FakeServer } from '../src/server.js';
import { launchChromium } from './chromium.js';

const fake = createFakeResend({ domains: ['acme.dev'], rateLimit: false });
let server: FakeServer;
let browser: { context: BrowserContext; close(): Promise<void> };

beforeAll(async () => {
  server = await listen(fake);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the test API in Chromium', () => {
  it('long-polls from the page and reads the code and the link of the email', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.inboxUrl);
    const polled = page.evaluate(async () => {
      const response = await fetch('/_inbox/api/emails?to=grace@acme.dev&subject=sign&wait=15000');
      return (await response.json()) as { data: { codes: string[]; links: string[] }[] };
    });
    // What the app under test would do when the form is submitted: send the sign-in email.
    await fake.fetch(
      new Request('https://api.resend.com/emails', {
        method: 'POST',
        headers: { authorization: 'Bearer re_browser_123456', 'user-agent': 'app', 'content-type': 'application/json' },
        body: JSON.stringify({
          from: 'login@acme.dev',
          to: 'grace@acme.dev',
          subject: 'Sign in',
          html: `<p>Code <b>604112</b> or <a href="${server.inboxUrl}#signed-in">sign in</a></p>`,
        }),
      }),
    );
    const { data } = await polled;
    expect(data[0]!.codes).toEqual(['604112']);
    await page.goto(data[0]!.links[0]!);
    expect(new URL(page.url()).hash).toBe('#signed-in');
    await page.close();
  }, 30_000);
});
