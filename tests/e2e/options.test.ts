// The options page: settings persist in storage and take effect at once, without reloading the
// extension or the pages: automatic runs off and on, the language switch (pages, popup, options).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { overlay } from './browser';
import { expectNoPageErrors, useExtension } from './setup';
import { buildReportHtml, carriedOutRaised } from '../fixtures/report-builder';

const env = useExtension(() => ({
  '/nb/wrong-total.html': buildReportHtml({ t3: carriedOutRaised('natural', 5) }),
}));

const stored = () =>
  env.browser.worker.evaluate(async () =>
    (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('settings')).settings,
  );

async function openOptions(): Promise<Page> {
  const page = await env.browser.newPage();
  await page.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
  await page.locator('#auto-run').waitFor();
  return page;
}

describe('options', () => {
  it('turning automatic runs off persists and stops them on government pages; the button still works', async () => {
    const options = await openOptions();
    expect(await options.locator('#auto-run').isChecked()).toBe(true);
    expect(await options.locator('input[name="lang"][value="zh_CN"]').isChecked()).toBe(true);
    await options.locator('#auto-run').uncheck();
    await expect.poll(() => options.locator('[data-testid="status"]').textContent()).toBe('已保存。');
    expect(await stored()).toEqual({ autoRun: false, extraSites: [], lang: 'zh_CN', csvBom: true });
    await options.reload();
    expect(await options.locator('#auto-run').isChecked()).toBe(false);

    const page = await env.browser.newPage();
    await page.goto(env.server.url('/nb/wrong-total.html'));
    await page.waitForTimeout(800);
    expect(await page.locator('nianbao-audit-overlay').count()).toBe(0);
    expect((await env.browser.badge(page)).text).toBe('');
    // The background did not inject the engine: the page carries only the per-page script.
    expect(await env.browser.engineLoaded(page)).toBe(false);

    const popup = await env.browser.clickToolbarButton(page);
    await expect.poll(() => popup.locator('.count-error b').textContent()).toBe('2');
    await expect.poll(() => overlay.marks(page).count()).toBe(8);
    expect(await env.browser.engineLoaded(page)).toBe(true);

    await options.bringToFront();
    await options.locator('#auto-run').check();
    await expect.poll(async () => ((await stored()) as { autoRun: boolean }).autoRun).toBe(true);
  });

  it('rejects a site address that is not one, saying why', async () => {
    const options = await openOptions();
    await options.fill('#site', 'not a host');
    await options.click('#add-site');
    await expect.poll(() => options.locator('[data-testid="status"]').textContent()).toContain('不是有效的网站地址');
    expect(await options.locator('#site').getAttribute('aria-invalid')).toBe('true');
    expect(((await stored()) as { extraSites: string[] }).extraSites).toEqual([]);
  });

  it('switches the language everywhere at once: the open page, the popup and the options page', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('/nb/wrong-total.html'));
    await expect.poll(() => overlay.summary(page).textContent()).toContain('发现 2 个错误');

    const options = await openOptions();
    await options.locator('input[name="lang"][value="en"]').check();
    await expect.poll(() => options.locator('h1').textContent()).toBe('Annual report audit · Settings');
    expect(await options.locator('[data-testid="status"]').textContent()).toBe('Saved.');

    // The page already marked speaks English now, without a reload.
    await expect.poll(() => overlay.summary(page).textContent()).toContain('Errors 2');
    expect(await overlay.findings(page).first().textContent()).toContain('Column “Natural persons”');
    expect(await overlay.marks(page).first().locator('.badge').getAttribute('aria-label')).toMatch(/^Error: Column/);
    await page.bringToFront();
    await page.locator('tr', { hasText: '（七）总计' }).scrollIntoViewIfNeeded();
    await env.browser.screenshot(page, 'overlay-en');

    const popup = await env.browser.clickToolbarButton(page);
    await expect.poll(() => popup.locator('.count-error').textContent()).toContain('Error');
    expect(await popup.locator('[data-testid="format"]').textContent()).toContain('2021 format');
    await popup.screenshot({ path: 'tests/artifacts/popup-en.png' });

    // A page opened now is audited in English from its first drawing, with the strings the
    // background handed over with the engine: the engine asks for none (counted in the worker).
    await env.browser.worker.evaluate(() => {
      type OnMessage = { addListener(listener: (m: { type?: string } | undefined) => void): void };
      const g = globalThis as unknown as { catalogueRequests: number; chrome: { runtime: { onMessage: OnMessage } } };
      g.catalogueRequests = 0;
      g.chrome.runtime.onMessage.addListener((m) => void (m?.type === 'catalogue' && g.catalogueRequests++));
    });
    const fresh = await env.browser.newPage();
    await fresh.goto(env.server.url('/nb/wrong-total.html'));
    await expect.poll(() => overlay.summary(fresh).textContent()).toContain('Errors 2');
    expect(await overlay.findings(fresh).first().textContent()).toContain('Column “Natural persons”');
    expect(await env.browser.worker.evaluate(() => (globalThis as unknown as { catalogueRequests: number }).catalogueRequests)).toBe(0);
    await fresh.close();

    // "Follow the browser": headless Chromium's UI language is en-US.
    await options.bringToFront();
    await options.locator('input[name="lang"][value="browser"]').check();
    await expect.poll(async () => ((await stored()) as { lang: string }).lang).toBe('browser');
    expect(await options.locator('h1').textContent()).toBe('Annual report audit · Settings');

    await options.locator('input[name="lang"][value="zh_CN"]').check();
    await expect.poll(() => overlay.summary(page).textContent()).toContain('发现 2 个错误');
    await env.browser.screenshot(options, 'options-zh');
  });
});

expectNoPageErrors(env);
