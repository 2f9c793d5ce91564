// Hostile pages (tests/fixtures/stress-pages.ts) on a government host in Chromium, audited by the
// built extension on its own: the panel shows, nothing from the page's text runs, and neither the
// page nor the content script raises an error, even on a page that rewrites itself meanwhile.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { overlay } from './browser';
import { expectNoPageErrors, useExtension } from './setup';
import { AuditReplySchema } from '../../lib/messages';
import {
  HOSTILE_MARKUP, clobberingPage, hugeSpansPage, hundredThousandCellsPage, invisibleCharsPage, markupTextPage, nestedTablesPage, selfRewritingPage,
} from '../fixtures/stress-pages';

/** The part of the extension API evaluated in the service worker. */
declare const chrome: {
  tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>; sendMessage(tabId: number, msg: unknown): Promise<unknown> };
};

const env = useExtension(() => ({
  '/nb/spans.html': hugeSpansPage(),
  '/nb/cells.html': hundredThousandCellsPage(),
  '/nb/nested.html': nestedTablesPage(100),
  '/nb/markup.html': markupTextPage(),
  '/nb/invisible.html': invisibleCharsPage(),
  '/nb/rewrites.html': selfRewritingPage(3000),
  '/nb/clobbering.html': clobberingPage(),
}));

/** Errors the content script logged in the page's console (uncaught ones land there too). */
function extensionConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && m.location().url.startsWith('chrome-extension://')) errors.push(m.text());
  });
  return errors;
}

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await env.browser.newPage();
  const errors = extensionConsoleErrors(page);
  await page.goto(env.server.url(path));
  return { page, errors };
}

describe('hostile pages in Chromium', () => {
  it.each([['/nb/spans.html'], ['/nb/cells.html'], ['/nb/nested.html'], ['/nb/invisible.html']])('%s: audited and marked, without an error', async (path) => {
    const { page, errors } = await open(path);
    await expect.poll(() => overlay.panel(page).count(), { timeout: 30_000 }).toBe(1);
    expect((await env.browser.badge(page)).text).not.toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('audits a page whose elements are named "browser" and "chrome", automatically and from the toolbar', async () => {
    const { page, errors } = await open('/nb/clobbering.html');
    await expect.poll(() => overlay.panel(page).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { browser: Element }).browser.tagName)).toBe('FORM');
    const popup = await env.browser.clickToolbarButton(page);
    await expect.poll(() => popup.locator('[data-testid="counts"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('shows markup and script from the page as text, and runs none of it', async () => {
    const { page, errors } = await open('/nb/markup.html');
    await expect.poll(() => overlay.panel(page).count(), { timeout: 30_000 }).toBe(1);
    // Every finding opened, so every message that may quote the page is rendered.
    const findings = overlay.findings(page);
    for (let i = 0; i < (await findings.count()); i++) await findings.nth(i).focus();
    await page.waitForTimeout(500); // an <img onerror> would have fired by now
    const shown = await page.evaluate(() => {
      const shadow = document.querySelector('nianbao-audit-overlay')!.shadowRoot!;
      return { text: shadow.textContent ?? '', elements: shadow.querySelectorAll('img, script, iframe, object').length };
    });
    expect(shown.text).toContain(HOSTILE_MARKUP);
    expect(shown.elements).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __nbPwned?: number }).__nbPwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('survives a page that rewrites itself and removes the overlay while it is audited', async () => {
    const { page, errors } = await open('/nb/rewrites.html');
    // Audit again and again while the page churns: each answers, none throws into the page.
    await page.bringToFront();
    for (let i = 0; i < 5; i++) {
      const reply = await env.browser.worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        try {
          return await chrome.tabs.sendMessage(tab!.id!, { type: 'audit' });
        } catch {
          return null; // not injected yet
        }
      });
      if (reply !== null) expect(AuditReplySchema.parse(reply).ok).toBe(true);
      await page.waitForTimeout(300);
    }
    await page.waitForTimeout(1500); // past the page's own rewriting
    expect(errors).toEqual([]);
    // The page still works, and a last audit marks it once it is calm.
    expect(await page.locator('.TRS_Editor table').count()).toBe(3);
    const last = await env.browser.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.tabs.sendMessage(tab!.id!, { type: 'audit' });
    });
    expect(AuditReplySchema.parse(last)).toMatchObject({ ok: true, result: { detection: { kind: 'report' } } });
    await expect.poll(() => overlay.panel(page).count()).toBe(1);
    await page.close();
  });
});

expectNoPageErrors(env);
