/**
 * The inbox on a 390 px wide phone screen, and the Requests tab's rate chart: requests per second
 * against the limit, 429s marked. Headless Chromium through playwright-core.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { listen, type FakeServer } from '../src/server.js';
import { launchChromium } from './chromium.js';
import { call, email } from './helpers.js';

const ARTIFACTS = new URL('../test-artifacts/', import.meta.url);
const fake = createFakeResend({ domains: ['acme.dev'], requestsPerWindow: 3, windowMs: 1000 });
let server: FakeServer;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await listen(fake);
  browser = await launchChromium({ width: 390, height: 844 });
  page = await browser.context.newPage();
  // A burst over the limit: 3 accepted, the rest answered 429.
  for (let i = 0; i < 6; i++)
    await call(fake, 'POST', '/emails', {
      body: email({ subject: `Narrow screen email number ${i} with a long subject line` }),
    });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Widest element's right edge beyond the viewport, in px (0 when nothing sticks out sideways). */
const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('the inbox at 390 px', () => {
  it('shows emails and an open email without sideways scrolling', async () => {
    await page.goto(server.inboxUrl);
    await page.waitForSelector('body[data-ready=true]');
    await page.locator('#emails .row').first().click();
    await page.waitForSelector('#email-detail h2');
    expect(await overflow()).toBeLessThanOrEqual(0);
    const shot = await page.screenshot({ path: fileURLToPath(new URL('inbox-390.png', ARTIFACTS)), fullPage: true });
    expect(shot.readUInt32BE(16)).toBe(390);
  }, 30_000);

  it('draws requests per second against the limit on the Requests tab, 429s marked', async () => {
    await page.locator('#tab-requests').click();
    await page.waitForSelector('#rate-svg');
    expect(await page.locator('#rate-svg rect.bar-429').count()).toBeGreaterThan(0);
    expect(await page.locator('#rate-svg line.limit').count()).toBe(1);
    await expect.poll(() => page.locator('#rate-caption').textContent()).toMatch(/limit 3\/s .* 429s 3/);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: fileURLToPath(new URL('inbox-390-requests.png', ARTIFACTS)), fullPage: true });
  }, 30_000);
});
