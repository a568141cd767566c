/**
 * The inbox in a real headless Chromium: live arrival, rendering, search, hostile emails, the
 * request log, keyboard use, contrast, and the load time with 10 000 stored emails.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createResendClient } from '@resendkit/client';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeResend } from '../src/index.js';
import { listen, type FakeServer } from '../src/server.js';
import { launchChromium } from './chromium.js';

const ARTIFACTS = new URL('../test-artifacts/', import.meta.url);
const DOCS_SCREENSHOT = new URL('../docs/inbox.png', import.meta.url);

// Webhook deliveries are received in-process, so the Webhooks tab has something to show.
const fake = createFakeResend({
  domains: ['acme.dev'],
  rateLimit: false,
  webhooks: { fetch: async () => new Response('ok') },
});
let server: FakeServer;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
let client: ReturnType<typeof createResendClient>;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await listen(fake);
  browser = await launchChromium();
  page = await browser.context.newPage();
  client = createResendClient({ apiKey: 're_browser_test_key_9876', baseUrl: server.url, retry: { retries: 0 } });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const rows = () => page.locator('#emails .row');
const frameBody = () => page.frameLocator('#email-html iframe').locator('body');

async function open(url = server.inboxUrl): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready=true]');
  await page.waitForSelector('#live:text("live")');
}

describe('the inbox in Chromium', () => {
  it('shows three emails sent through @resendkit/client as they arrive, without a reload', async () => {
    await open();
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await expect.poll(() => rows().count()).toBe(0);
    const subjects = ['Welcome, Ann', 'Your invoice #42', 'Password reset'];
    const recipients = ['ann@example.org', 'bob@example.org', 'cy@example.org'];
    for (let i = 0; i < 3; i++) {
      const { error } = await client.POST('/emails', {
        body: {
          from: 'Acme <hello@acme.dev>',
          to: recipients[i]!,
          subject: subjects[i]!,
          html: `<h1 style="color:#0550ae">Hello ${i + 1}</h1><p>Body of email ${i + 1}</p>`,
          tags: [{ name: 'kind', value: i === 1 ? 'billing' : 'account' }],
        },
      });
      expect(error).toBeUndefined();
    }
    await expect.poll(() => rows().count(), { timeout: 5000 }).toBe(3);
    expect(await rows().locator('.subject').allTextContents()).toEqual([...subjects].reverse());
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await page.screenshot({ path: new URL('inbox.png', ARTIFACTS).pathname });
  }, 30_000);

  it('opens an email and renders its HTML in a frame sandboxed with sandbox=""', async () => {
    await rows().filter({ hasText: 'Your invoice #42' }).click();
    await expect.poll(() => page.locator('#email-subject').textContent()).toBe('Your invoice #42');
    expect(await page.locator('#email-html iframe').getAttribute('sandbox')).toBe('');
    await expect.poll(() => frameBody().locator('h1').textContent()).toBe('Hello 2');
    expect(
      await frameBody()
        .locator('h1')
        .evaluate((h) => getComputedStyle(h).color),
    ).toBe('rgb(5, 80, 174)');
    expect(await page.locator('#email-text').textContent()).toContain('Body of email 2');
    expect(JSON.parse((await page.locator('#email-json').textContent())!)).toMatchObject({
      object: 'email',
      subject: 'Your invoice #42',
    });
    await page.screenshot({ path: new URL('email.png', ARTIFACTS).pathname });
    if (process.env.UPDATE_INBOX_SCREENSHOT) {
      mkdirSync(new URL('.', DOCS_SCREENSHOT), { recursive: true });
      writeFileSync(DOCS_SCREENSHOT, await page.screenshot());
    }
  }, 30_000);

  it('narrows the list as the search is typed (recipient, sender, tag)', async () => {
    await page.fill('#q', 'bob@');
    await expect.poll(() => rows().locator('.subject').allTextContents()).toEqual(['Your invoice #42']);
    await page.fill('#q', 'kind:account');
    await expect.poll(() => rows().count()).toBe(2);
    await page.fill('#q', 'nobody-matches-this');
    await expect.poll(() => rows().count()).toBe(0);
    await page.fill('#q', '');
    await expect.poll(() => rows().count()).toBe(3);
  }, 30_000);

  it('runs nothing from a hostile email, in the frame or in the page', async () => {
    const hostileSubject =
      '</iframe><script>window.pwned="subject"</script><img src=x onerror="window.pwned=\'subject-img\'">';
    const html = [
      '<script>window.pwned="frame"; parent.pwned="frame-parent"; document.title="pwned"</script>',
      '<img id="i" src="x" onerror="document.body.setAttribute(\'data-pwned\',\'img\'); parent.pwned=\'img\'">',
      "<body onload=\"document.body.setAttribute('data-pwned','onload')\">",
      "<a id=\"js\" href=\"javascript:parent.pwned='link';document.body.setAttribute('data-pwned','link')\">click me</a>",
      '<img id="remote" src="https://images.example.invalid/pixel.png">',
      '<form action="javascript:parent.pwned=\'form\'"><button id="submit">go</button></form>',
    ].join('');
    const { error } = await client.POST('/emails', {
      body: {
        from: '" onfocus="window.pwned=\'from\'" autofocus x=" <evil@acme.dev>',
        to: 'victim@example.org',
        subject: hostileSubject,
        html,
        text: '<script>window.pwned="text"</script>',
        tags: [{ name: 'x', value: 'onload' }],
        headers: { 'X-Evil': "<svg onload=window.pwned='header'>" },
        attachments: [
          { filename: "<img src=x onerror=window.pwned='file'>.txt", content: Buffer.from('hi').toString('base64') },
        ],
      },
    });
    expect(error).toBeUndefined();
    await page.fill('#q', 'victim@');
    await expect.poll(() => rows().count()).toBe(1);
    await rows().first().click();
    await expect.poll(() => page.locator('#email-subject').textContent()).toBe(hostileSubject);
    await expect.poll(() => frameBody().locator('#js').textContent()).toBe('click me');
    await frameBody().locator('#js').click();
    await frameBody().locator('#submit').click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned)).toBeUndefined();
    expect(await frameBody().getAttribute('data-pwned')).toBeNull();
    // The remote image is blocked by the frame's policy until the toggle is used.
    expect(
      await frameBody()
        .locator('#remote')
        .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth === 0),
    ).toBe(true);
    // The page's own two scripts (app.js and inbound.js), nothing the email brought.
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('#email-detail img, #emails img, #email-detail svg').count()).toBe(0);
    expect(await page.locator('#email-detail').textContent()).toContain("<svg onload=window.pwned='header'>");
    await page.check('#images');
    expect(
      (await page.locator('#email-html iframe').getAttribute('srcdoc'))!.startsWith(
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; font-src data:; img-src * data:">',
      ),
    ).toBe(true);
    await page.uncheck('#images');
    expect(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned)).toBeUndefined();
    await page.fill('#q', '');
  }, 30_000);

  it('shows a 422 in the request log with its message, and the API key only as re_… and its last 4', async () => {
    const { error } = await client.POST('/emails', {
      body: { from: 'not-an-address', to: 'x@example.org', subject: 'bad', text: 'x' },
    });
    expect(error).toBeDefined();
    await page.click('#tab-requests');
    const failed = page.locator('#requests .row').filter({ hasText: '422' }).first();
    await expect.poll(() => failed.textContent()).toContain('validation_error');
    await failed.click();
    await expect.poll(() => page.locator('#request-detail').textContent()).toContain('Invalid `from` field');
    expect(await page.locator('#request-body').textContent()).toContain('not-an-address');
    const detail = (await page.locator('#request-detail').textContent())!;
    expect(detail).toContain('re_…9876');
    expect(await page.content()).not.toContain('re_browser_test_key');
    expect(await page.locator('#requests').textContent()).not.toContain('favicon');
    await page.screenshot({ path: new URL('requests.png', ARTIFACTS).pathname });
  }, 30_000);

  it('is usable from the keyboard and labels its controls', async () => {
    await page.click('#tab-deliveries');
    await expect.poll(() => page.locator('#deliveries').textContent()).toBe('Nothing yet.');
    expect(await page.locator('#count-deliveries').textContent()).toBe('(0)');
    await page.focus('#tab-requests');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-emails');
    expect(await page.locator('#view-emails').isVisible()).toBe(true);
    await rows().first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const second = (await rows().nth(1).locator('.subject').textContent())!;
    await expect.poll(() => page.locator('#email-subject').textContent()).toBe(second);
    expect(await rows().nth(1).getAttribute('aria-current')).toBe('true');
    for (const label of ['Search', 'Status']) expect(await page.getByLabel(label, { exact: true }).count()).toBe(1);
    expect(await page.getByRole('tab').count()).toBe(3);
    expect(await page.getByRole('button', { name: 'Clear' }).count()).toBe(1);
  }, 30_000);

  it('keeps the keyboard focus on its email when the list refreshes for a new one', async () => {
    await page.click('#tab-emails');
    const before = await rows().count();
    await rows().nth(1).focus();
    const focused = await rows().nth(1).getAttribute('data-id');
    const { error } = await client.POST('/emails', {
      body: { from: 'Acme <hello@acme.dev>', to: 'delivered@resend.dev', subject: 'Arrives while reading', text: 'x' },
    });
    expect(error).toBeUndefined();
    await expect.poll(() => rows().count(), { timeout: 5000 }).toBe(before + 1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(focused);
  }, 30_000);

  it('lists webhook deliveries with their status, attempts and payload', async () => {
    const { data: hook } = await client.POST('/webhooks', {
      body: { endpoint: 'https://app.test/hooks', events: ['email.bounced'] },
    });
    expect(hook?.signing_secret).toMatch(/^whsec_/);
    const subject = '<img src=x onerror="window.pwned=\'webhook\'">bounce';
    await client.POST('/emails', {
      body: { from: 'Acme <hello@acme.dev>', to: 'bounced@resend.dev', subject, text: 'x' },
    });
    await fake.settleWebhooks();
    await page.click('#tab-deliveries');
    const delivery = page.locator('#deliveries .row').first();
    await expect.poll(() => delivery.textContent(), { timeout: 5000 }).toContain('email.bounced');
    expect(await delivery.textContent()).toContain('success');
    expect(await delivery.textContent()).toContain('https://app.test/hooks · attempts 1');
    await delivery.click();
    await expect.poll(() => page.locator('#delivery-detail pre').textContent()).toContain('"type": "email.bounced"');
    expect(await page.locator('#delivery-detail pre').textContent()).toContain('onerror=\\"window.pwned');
    expect(await page.locator('#delivery-detail td').nth(1).textContent()).toBe('200');
    expect(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned)).toBeUndefined();
    await page.screenshot({ path: new URL('webhooks.png', ARTIFACTS).pathname });
    await page.click('#tab-emails');
  }, 30_000);

  it('keeps text contrast at 4.5:1 or more', async () => {
    const worst = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: string) => {
        const [r, g, b] = rgb(c).map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const background = (el: Element | null): string => {
        for (; el; el = el.parentElement) {
          const bg = getComputedStyle(el).backgroundColor;
          if (bg && !bg.startsWith('rgba(0, 0, 0, 0)') && bg !== 'transparent') return bg;
        }
        return 'rgb(255, 255, 255)';
      };
      const results: { text: string; ratio: number }[] = [];
      for (const el of document.querySelectorAll('body *')) {
        if (!(el instanceof HTMLElement) || el.closest('iframe') || el.offsetParent === null) continue;
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
        if (!own) continue;
        const [a, b] = [lum(getComputedStyle(el).color), lum(background(el))];
        results.push({
          text: el.textContent!.trim().slice(0, 40),
          ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
        });
      }
      return results.sort((x, y) => x.ratio - y.ratio).slice(0, 3);
    });
    expect(worst.length).toBeGreaterThan(0);
    expect(worst[0]!.ratio, JSON.stringify(worst)).toBeGreaterThanOrEqual(4.5);
  }, 30_000);

  it('loads fast with 10 000 emails stored (paged list)', async () => {
    const started = performance.now();
    for (let b = 0; b < 100; b++) {
      const batch = Array.from({ length: 100 }, (_, i) => ({
        from: 'bulk@acme.dev',
        to: `user${b * 100 + i}@example.org`,
        subject: `Bulk #${b * 100 + i}`,
        text: 'x',
      }));
      // Straight to the fake, not over HTTP: only the page load is measured.
      const response = await fake.fetch(
        new Request('https://api.resend.com/emails/batch', {
          method: 'POST',
          headers: {
            authorization: 'Bearer re_bulk_loader_0000',
            'user-agent': 'bulk',
            'content-type': 'application/json',
          },
          body: JSON.stringify(batch),
        }),
      );
      expect(response.status).toBe(200);
    }
    const storeMs = performance.now() - started;
    expect(fake.state.emails.size).toBeGreaterThanOrEqual(10_000);
    const t0 = performance.now();
    await page.goto(server.inboxUrl);
    await page.waitForSelector('body[data-ready=true]');
    const loadMs = performance.now() - t0;
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { domContentLoaded: nav.domContentLoadedEventEnd, firstRows: performance.now() };
    });
    expect(await rows().count()).toBe(50);
    expect(await page.locator('#emails-range').textContent()).toMatch(/^1–50 of 10\d{3}$/);
    const t1 = performance.now();
    await page.click('#emails-next');
    await expect.poll(() => page.locator('#emails-range').textContent()).toMatch(/^51–100 of/);
    const nextPageMs = performance.now() - t1;
    const t2 = performance.now();
    await page.fill('#q', 'user9999@');
    await expect.poll(() => rows().count()).toBe(1);
    const searchMs = performance.now() - t2;
    const figures = {
      storeMs,
      loadMs,
      domContentLoadedMs: timing.domContentLoaded,
      firstRowsMs: timing.firstRows,
      nextPageMs,
      searchMs,
    };
    console.log(
      `inbox with 10 000 emails: ${JSON.stringify(Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Math.round(v)])))}`,
    );
    writeFileSync(new URL('timings-10k.json', ARTIFACTS), JSON.stringify(figures, null, 2));
    expect(timing.firstRows).toBeLessThan(3000);
    await page.screenshot({ path: new URL('inbox-10k.png', ARTIFACTS).pathname });
  }, 60_000);
});
