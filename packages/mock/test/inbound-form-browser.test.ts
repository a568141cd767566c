/** The inbox's "Receive an email" form in a real headless Chromium. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { listen, type FakeServer } from '../src/server.js';
import { launchChromium } from './chromium.js';

const fake = createFakeResend({ rateLimit: false });
let server: FakeServer;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

beforeAll(async () => {
  server = await listen(fake);
  browser = await launchChromium();
  page = await browser.context.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the receive form of the inbox', () => {
  it('delivers the typed email to the fake and shows its ID, or the field at fault', async () => {
    await page.goto(server.inboxUrl);
    await page.waitForSelector('body[data-ready=true]');
    await page.click('details.inbound summary');
    await page.fill('#inbound-form input[name=subject]', 'Typed in the inbox');
    await page.click('#inbound-form button[type=submit]');
    await expect.poll(() => page.locator('#inbound-result').textContent()).toMatch(/^received [0-9a-f-]{36}$/);
    const id = (await page.locator('#inbound-result').textContent())!.slice('received '.length);
    expect(fake.state.receivedEmails.get(id)).toMatchObject({
      subject: 'Typed in the inbox',
      to: ['support@acme.dev'],
      text: 'Hi there',
    });

    await page.fill('#inbound-form input[name=to]', 'nobody');
    await page.click('#inbound-form button[type=submit]');
    await expect.poll(() => page.locator('#inbound-result').textContent()).toContain('to must be an address');
  }, 30_000);
});
