// What needs real input from a window system, so Chromium runs headed on Xvfb and xdotool types:
// the keyboard shortcut and the context-menu item (each grants activeTab on a host the extension
// has no permission for), and the permission prompt of a site added in the options.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { markAddresses, overlay, OTHER_HOST } from './browser';
import { expectNoPageErrors, useExtension } from './setup';
import { startDisplay, type Display } from './xvfb';
import { buildReportHtml, carriedOutRaised } from '../fixtures/report-builder';

let display!: Display;
afterAll(() => display?.close()); // registered first, so it runs after the browser has closed
const env = useExtension(() => ({
  '/nb/wrong-total.html': buildReportHtml({ t3: carriedOutRaised('natural', 5) }),
}), async () => {
  display = await startDisplay();
  return { display: display.name };
});

/** One tab only, in front, focused by the window system: keys and clicks go to it. */
async function soleTab(path: string, host = OTHER_HOST): Promise<Page> {
  const page = await env.browser.newPage();
  for (const p of env.browser.context.pages()) if (p !== page) await p.close();
  await page.goto(env.server.url(path, host));
  await page.bringToFront();
  display.focusBrowser();
  return page;
}

// 四 raised in 自然人 and 总计: the corner identity fails in those two columns (carriedOutRaised).
const expected = ['natural', 'total'].flatMap((col) => ['carriedIn', 'carriedOut', 'new', 'total'].map((r) => `t3 ${r} ${col} t3-balance error`)).sort();

describe('on demand, with real input', () => {
  it('the shortcut Alt+Shift+K is bound and audits the page, opening the panel', async () => {
    const commands = await env.browser.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name: string; shortcut: string }[]> } } }).chrome.commands.getAll(),
    );
    expect(commands.find((c) => c.name === 'audit-page')?.shortcut).toBe('Alt+Shift+K');

    const page = await soleTab('/nb/wrong-total.html');
    await page.waitForTimeout(300);
    expect(await page.locator('nianbao-audit-overlay').count()).toBe(0); // not automatic on this host
    display.key('alt+shift+k');
    await expect.poll(() => overlay.marks(page).count()).toBe(8);
    expect(await markAddresses(overlay.marks(page))).toEqual(expected);
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className ?? '')).toContain('finding');
    expect((await env.browser.badge(page)).text).toBe('2');
  });

  it('the context-menu item “审查此页” audits the page', async () => {
    const page = await soleTab('/nb/wrong-total.html');
    await page.waitForTimeout(300);
    expect(await page.locator('nianbao-audit-overlay').count()).toBe(0);
    const box = (await page.locator('h1').boundingBox())!;
    const [x, y] = await page.evaluate(() => [screenX + outerWidth - innerWidth, screenY + outerHeight - innerHeight]);
    display.click(x! + box.x + 10, y! + box.y + 10, 3);
    await page.waitForTimeout(400);
    // The extension's item sits third from the bottom (above "View page source" and "Inspect").
    for (const key of ['Up', 'Up', 'Up', 'Return']) {
      display.key(key);
      await page.waitForTimeout(120);
    }
    await expect.poll(() => overlay.marks(page).count()).toBe(8);
    expect(await markAddresses(overlay.marks(page))).toEqual(expected);
  });
});

describe('a site added in the options', () => {
  it('asks for its permission, then audits its report pages by itself; removing it stops that', async () => {
    const options = await env.browser.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    display.focusBrowser();
    await options.fill('#site', `http://${OTHER_HOST}/nb/`);
    await options.click('#add-site');
    await options.waitForTimeout(600);
    // The browser's prompt: focus starts on "Deny"; Tab moves to "Allow".
    display.key('Tab');
    display.key('Return');
    await expect.poll(() => options.locator('[data-testid="status"]').textContent()).toBe(`已添加 ${OTHER_HOST}。`);
    expect(await options.locator(`[data-site="${OTHER_HOST}"]`).count()).toBe(1);

    const page = await env.browser.newPage();
    await page.goto(env.server.url('/nb/wrong-total.html', OTHER_HOST));
    await expect.poll(() => overlay.marks(page).count(), { timeout: 10_000 }).toBe(8);

    await options.bringToFront();
    await options.locator(`[data-site="${OTHER_HOST}"] button`).click();
    await expect.poll(() => options.locator('[data-testid="status"]').textContent()).toBe(`已移除 ${OTHER_HOST}。`);
    await options.waitForTimeout(300);
    const again = await env.browser.newPage();
    await again.goto(env.server.url('/nb/wrong-total.html', OTHER_HOST));
    await again.waitForTimeout(800);
    expect(await again.locator('nianbao-audit-overlay').count()).toBe(0);
  });
});

expectNoPageErrors(env);
